import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from './harness.js';

/**
 * An MS Project file that tries to make the server read a file or make a request, or to exhaust it
 * (entities of entities, nesting 50,000 deep), is refused with BAD_USER_INPUT naming the line; no
 * file is read, no request is made, nothing is written.
 */
let h: Harness;
let owner: TestUser;
let projectId: string;
let server: Server;
let requests = 0;
let baseUrl: string;
let dir: string;
let secretFile: string;
const SECRET = 'secret-marker-7f3a';

const IMPORT = `mutation($i: ProjectImportInput!) { projectImport(input: $i) { created } }`;

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++;
    res.end(`<!ENTITY leaked "${SECRET}">`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(path.join(tmpdir(), 'trellis-xxe-'));
  secretFile = path.join(dir, 'secret.txt');
  writeFileSync(secretFile, SECRET);
  h = await startHarness();
  owner = await h.user('Xena External');
  const p = await h.gql(`mutation { projectCreate(input: { key: "XXE", name: "Entities" }) { project { id } } }`, {}, owner);
  projectId = p.data!.projectCreate.project.id;
});

afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const project = (doctype: string, name: string) => `<?xml version="1.0"?>
<!DOCTYPE Project [
${doctype}
]>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>${name}</Name>
  <StartDate>2026-03-02T08:00:00</StartDate>
  <Tasks><Task><UID>1</UID><ID>1</ID><Name>${name}</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task></Tasks>
</Project>`;

describe('MSPDI import of hostile XML', () => {
  it('is refused with BAD_USER_INPUT naming the line, reading no file and making no request', async () => {
    const laughs = ['<!ENTITY l0 "lol-lol-lol">', ...Array.from({ length: 8 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('\n');
    const cases: [string, string, RegExp, number][] = [
      ['external file entity', project(`<!ENTITY x SYSTEM "file://${secretFile}">`, '&x;'), /external entities are not allowed/i, 3],
      ['external URL entity', project(`<!ENTITY x SYSTEM "${baseUrl}/entity">`, '&x;'), /external entities are not allowed/i, 3],
      ['public entity', project(`<!ENTITY x PUBLIC "-//T//EN" "${baseUrl}/public">`, '&x;'), /external entities are not allowed/i, 3],
      ['parameter entity', project(`<!ENTITY % p SYSTEM "${baseUrl}/dtd">\n%p;`, '&leaked;'), /parameter entities are not allowed/i, 3],
      ['external DTD', `<?xml version="1.0"?>\n<!DOCTYPE Project SYSTEM "${baseUrl}/project.dtd">\n<Project><Name>x</Name></Project>`, /external DTDs are not allowed/i, 2],
      ['entity expansion', project(laughs, '&l8;'), /expand past 100,000 characters/, 14],
      ['deep nesting', `<?xml version="1.0"?>\n<Project>${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}</Project>`, /nested more than 64 levels/, 2],
    ];
    for (const [what, content, message, line] of cases) {
      const r = await h.gql(IMPORT, { i: { projectId, format: 'MSPDI', content } }, owner);
      const error = r.errors?.[0];
      expect(error?.extensions, `${what}: ${JSON.stringify(r.errors)}`).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content', line });
      expect(error?.message, what).toMatch(message);
      expect(JSON.stringify(r)).not.toContain(SECRET);
    }
    expect(requests).toBe(0);
    const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM tasks WHERE project_id = $1`, [projectId]);
    expect(n).toBe(0);
  });
});
