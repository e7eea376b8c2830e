import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dropTestDatabase } from '../../server/test/db.js';
import { type Client, connect, covers, docName, eventually, SECRET, synced } from './helpers.js';
import * as Y from 'yjs';

/**
 * The standalone service (the built `collab/dist/main.js`) killed with SIGKILL: no shutdown hook
 * runs, so only what was committed survives. Every update sent at least a second before the kill
 * must be there after a restart.
 */
const collabDir = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const distMain = path.join(collabDir, 'dist', 'main.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the package when dist is missing or older than the sources (`npm test` builds first anyway). */
function ensureBuilt(): void {
  if (existsSync(distMain) && statSync(distMain).mtimeMs >= newestMtime(path.join(collabDir, 'src'))) return;
  const tsc = path.resolve(collabDir, '..', 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(collabDir, 'tsconfig.build.json')], { stdio: 'inherit' });
}

interface Standalone {
  child: ChildProcess;
  url: string;
}

async function startStandalone(databaseUrl: string): Promise<Standalone> {
  const child = spawn(process.execPath, [distMain], {
    env: { ...process.env, DATABASE_URL: databaseUrl, COLLAB_TICKET_SECRET: SECRET, COLLAB_PORT: '0', COLLAB_HOST: '127.0.0.1', REDIS_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines = readline.createInterface({ input: child.stderr! });
  const port = await new Promise<number>((resolve, reject) => {
    const output: string[] = [];
    lines.on('line', (line) => {
      output.push(line);
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'collab: listening') resolve(entry.port);
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`standalone exited with ${code}:\n${output.join('\n')}`)));
  });
  return { child, url: `ws://127.0.0.1:${port}/collab` };
}

async function kill9(s: Standalone): Promise<void> {
  const exited = new Promise((resolve) => s.child.once('exit', resolve));
  s.child.kill('SIGKILL');
  await exited;
}

describe('crash safety', () => {
  let dbUrl: string;
  const children: ChildProcess[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    ensureBuilt();
    dbUrl = await createTestDatabase();
  }, 120_000);

  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    if (dbUrl) await dropTestDatabase(dbUrl);
  });

  it('keeps every update sent at least one second before a SIGKILL', async () => {
    const name = docName();
    const first = await startStandalone(dbUrl);
    children.push(first.child);
    const writer = connect(first.url, name);
    clients.push(writer);
    await synced(writer);

    const text = writer.doc.getText('body');
    const fields = writer.doc.getMap('fields');
    for (let i = 0; i < 40; i++) {
      text.insert(text.length, `edit ${i}; `);
      fields.set(`k${i % 7}`, i);
      await new Promise((resolve) => setTimeout(resolve, 10)); // typing pace, not a synchronisation
    }
    const sent = { text: text.toString(), fields: fields.toJSON(), vector: Y.encodeStateVector(writer.doc) };
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the guarantee under test: one second
    await kill9(first);
    writer.provider.disconnect();

    const second = await startStandalone(dbUrl);
    children.push(second.child);
    const reader = connect(second.url, name);
    clients.push(reader);
    await synced(reader);
    expect(reader.doc.getText('body').toString()).toBe(sent.text);
    expect(reader.doc.getMap('fields').toJSON()).toEqual(sent.fields);
    expect(covers(Y.encodeStateVector(reader.doc), sent.vector)).toBe(true);
    // And the writer had been told so before the crash.
    expect(writer.saved.some((sv) => covers(sv, sent.vector))).toBe(true);

    // The restarted service keeps working.
    reader.doc.getText('body').insert(0, 'after restart: ');
    await eventually(() => expect(reader.saved.some((sv) => covers(sv, Y.encodeStateVector(reader.doc)))).toBe(true));
    second.child.kill('SIGTERM');
  }, 60_000);
});
