import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, startHarness, type Harness, type TestUser } from './harness.js';

/**
 * U+0000 cannot be stored by PostgreSQL. Wherever it arrives in a GraphQL argument, the answer is
 * BAD_USER_INPUT naming the argument, never an internal error, and nothing is written.
 */
let h: Harness;
let owner: TestUser;
let projectId: string;

const codeAndField = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => ({ code: r.errors?.[0]?.extensions?.code, field: r.errors?.[0]?.extensions?.field });

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Nora Null');
  const p = await h.gql(`mutation { projectCreate(input: { key: "NUL", name: "Null bytes" }) { project { id } } }`, {}, owner);
  projectId = p.data!.projectCreate.project.id;
});

afterAll(async () => {
  await h?.close();
});

describe('U+0000 in a GraphQL argument', () => {
  it('is refused with BAD_USER_INPUT naming the field, in inputs, nested filters and plain arguments', async () => {
    const cases: [string, Record<string, unknown>, string, boolean?][] = [
      [`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'a\u0000b' } }, 'input.name'],
      [`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'ok', description: 'x\u0000' } }, 'input.description'],
      [`mutation($i: CharterUpdateInput!) { charterUpdate(input: $i) { charter { purpose } } }`, { i: { projectId, version: 1, purpose: '\u0000' } }, 'input.purpose'],
      [`mutation($i: CharterUpdateInput!) { charterUpdate(input: $i) { charter { purpose } } }`, { i: { projectId, version: 1, objectives: ['fine', 'bad\u0000'] } }, 'input.objectives[1]'],
      [`mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { project { id } } }`, { i: { key: 'NULX', name: 'P\u0000' } }, 'input.name'],
      [`query($k: String!) { project(key: $k) { id } }`, { k: 'NUL\u0000' }, 'key'],
      [`query($id: UUID!, $s: String!) { project(id: $id) { tasks(filter: { search: $s }) { nodes { id } } } }`, { id: projectId, s: 'find\u0000me' }, 'filter.search'],
      [`mutation($i: ProjectImportInput!) { projectImport(input: $i) { created } }`, { i: { projectId, format: 'MSPDI', content: '<Project>\u0000</Project>' } }, 'input.content'],
      [`mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, { i: { email: 'nul@example.test', name: 'Eve\u0000', password: 'long enough password' } }, 'input.name', true],
    ];
    for (const [query, variables, field, anonymous] of cases) {
      const r = await h.gql(query, variables, anonymous ? undefined : owner);
      expect(codeAndField(r), `${query} ${field}`).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    // Nothing was written.
    const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM tasks WHERE project_id = $1`, [projectId]);
    expect(n).toBe(0);
    const [{ u }] = await h.app.dataSource.query(`SELECT count(*)::int AS u FROM users WHERE email = 'nul@example.test'`);
    expect(u).toBe(0);
  });

  it('is refused the same way over the websocket', async () => {
    const sub = collect(h.ws(owner), `subscription($p: UUID!) { taskUpdated(projectId: $p) { action } }`, { p: `${projectId}\u0000` });
    const events = await sub.until((e) => e.length > 0 || sub.done);
    const errors = (events[0]?.errors ?? (sub.error as { extensions?: unknown }[] | null) ?? []) as { extensions?: Record<string, unknown> }[];
    expect(errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
  });
});

describe('U+0000 inside an imported plan', () => {
  it('written as \\u0000 in a JSON plan is refused naming the element, and nothing is written', async () => {
    const doc = {
      format: 'trellis-plan', version: 1, project: { name: 'Plan', start: '2026-03-02T08:00' }, calendars: [],
      tasks: [
        { id: 'a', name: 'Fine', order: 0, kind: 'TASK', durationDays: 1 },
        { id: 'b', name: 'Bro\u0000ken', order: 1, kind: 'TASK', durationDays: 1 },
      ],
      links: [], resources: [], assignments: [], baselines: [], costEntries: [],
    };
    const content = JSON.stringify(doc, null, 1);
    expect(content).toContain('\\u0000');
    const r = await h.gql(`mutation($i: ProjectImportInput!) { projectImport(input: $i) { created } }`, { i: { projectId, format: 'TRELLIS_JSON', content } }, owner);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content', element: 'tasks[1].name', line: expect.any(Number) });
    const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM tasks WHERE project_id = $1`, [projectId]);
    expect(n).toBe(0);
  });
});
