import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

function version(pkg) {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

/** The facts a reader needs to compare two runs of the benchmark. */
export function environment(extra = {}) {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    nodeEnv: process.env.NODE_ENV ?? '(unset)',
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model?.trim() ?? '?',
    cores: os.availableParallelism?.() ?? cpus.length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    loadAverage: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    packages: ['graphql', 'type-graphql', '@apollo/server', '@as-integrations/express5', 'express', 'graphql-ws', 'ws', 'typeorm', 'pg', 'autocannon']
      .map((p) => `${p} ${version(p)}`)
      .join(', '),
    ...extra,
  };
}

export function environmentMarkdown(env) {
  const rows = [
    ['Date', env.date],
    ['Node.js', `${env.node}, NODE_ENV=${env.nodeEnv}`],
    ['OS', env.platform],
    ['CPU', `${env.cpu} (${env.cores} cores available)`],
    ['Memory', env.memory],
    ['Load average at start (1/5/15 min)', env.loadAverage],
    ['PostgreSQL', env.postgres],
    ['Packages', env.packages],
  ];
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}
