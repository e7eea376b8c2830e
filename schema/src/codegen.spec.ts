import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { CLIENT_OUTPUT } from '../codegen.js';

const schemaDir = fileURLToPath(new URL('..', import.meta.url));

interface Output {
  filename: string;
  content: string;
}

/** Runs the generator on codegen.ts (optionally on another schema) without writing anything. */
async function run(schema?: string, only?: string): Promise<Output[]> {
  const generates = only ? { [only]: config.generates[only]! } : config.generates;
  return (await generate({ ...config, ...(schema ? { schema } : {}), generates, cwd: schemaDir, silent: true }, false)) as Output[];
}

/** The generator's error text: its own message and those of the errors it gathered. */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    const parts: string[] = [];
    const walk = (x: unknown): void => {
      if (!x || typeof x !== 'object') return;
      const err = x as { message?: unknown; errors?: unknown[]; details?: unknown };
      if (typeof err.message === 'string') parts.push(err.message);
      if (typeof err.details === 'string') parts.push(err.details);
      for (const inner of err.errors ?? []) walk(inner);
    };
    walk(e);
    return parts.join('\n');
  }
  throw new Error('the generator succeeded');
}

// Loading the schema and the client's documents takes a few seconds on a busy machine.
const GENERATE_MS = 60_000;

describe('generated types', () => {
  it('match what the schema and the client documents generate now (else: run npm run codegen)', async () => {
    const outputs = await run();
    expect(outputs.length).toBeGreaterThan(1);
    for (const { filename, content } of outputs) {
      const committed = await readFile(resolve(schemaDir, filename), 'utf8').catch(() => null);
      expect(committed, `${filename} is out of date: run npm run codegen`).toBe(content);
    }
    // No file is left over from documents that are gone.
    const clientDir = resolve(schemaDir, CLIENT_OUTPUT);
    const expected = outputs.map((o) => resolve(schemaDir, o.filename)).filter((f) => f.startsWith(clientDir));
    const present = (await readdir(clientDir)).map((f) => join(clientDir, f));
    expect(present.sort(), `${CLIENT_OUTPUT} has files the generator no longer writes: run npm run codegen`).toEqual(expected.sort());
  }, GENERATE_MS);
});

describe('a schema change that breaks a client document', { timeout: GENERATE_MS }, () => {
  let dir: string;
  let sdl: string;
  let count = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trellis-codegen-'));
    sdl = await readFile(join(schemaDir, 'schema.graphql'), 'utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** The schema with one line of a type's body replaced. */
  async function changed(type: string, line: RegExp, replacement: string): Promise<string> {
    const start = sdl.indexOf(`\ntype ${type} {`);
    const end = sdl.indexOf('\n}', start);
    expect(start).toBeGreaterThan(0);
    const body = sdl.slice(start, end);
    expect(body).toMatch(line);
    const file = join(dir, `schema-${++count}.graphql`);
    await writeFile(file, sdl.slice(0, start) + body.replace(line, replacement) + sdl.slice(end));
    return file;
  }

  it('fails the generator when a field the client selects is removed, naming the field', async () => {
    const schema = await changed('Task', /\n {2}wbsCode: String!/, '');
    expect(await failure(run(schema, CLIENT_OUTPUT))).toMatch(/Cannot query field "wbsCode" on type "Task"/);
  });

  it('fails the generator when a field the client selects is renamed', async () => {
    const schema = await changed('Board', /\n {2}lateTasks: /, '\n  overdueTasks: ');
    expect(await failure(run(schema, CLIENT_OUTPUT))).toMatch(/Cannot query field "lateTasks" on type "Board"/);
  });

  it('generates the changed type when a field changes type, for the type check to catch', async () => {
    const schema = await changed('Task', /\n {2}name: String!/, '\n  name: String');
    const outputs = await run(schema, CLIENT_OUTPUT);
    const types = outputs.find((o) => o.filename.endsWith('graphql.ts'))!.content;
    expect(types).toMatch(/export type TaskFieldsFragment = \{ id: string, key: string, wbsCode: string, name: string \| null,/);
  });
});
