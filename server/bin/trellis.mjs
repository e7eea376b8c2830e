#!/usr/bin/env node
// `npx trellis ...` from the repository: runs the built command line (server/dist/trellis.js),
// building the server first when it has not been built yet.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(serverDir, 'dist', 'trellis.js');
if (!existsSync(entry)) {
  process.stderr.write('Building Trellis first (npm run build)…\n');
  execFileSync('npm', ['run', 'build', '--prefix', path.resolve(serverDir, '..')], { stdio: ['ignore', 2, 2] });
}
await import(entry);
