#!/usr/bin/env node
/**
 * The `trellis` command line: compute a schedule from a plan file, and import or export a
 * project's plan. `schedule` is pure (no database); `import` and `export` use DATABASE_URL, or
 * the embedded database under DATA_DIR (.data/) as `npm start` does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exitWhenWritten } from './common/exit.js';
import { CycleError, PlanInputError } from './planning/errors.js';
import { importMspdi, MspdiError } from './planning/mspdi/index.js';
import { parsePlanDocument, PlanDocumentError, type PlanDocument } from './planning/plan-document.js';
import { computeSchedule } from './planning/schedule.js';
// The pure files only: `schedule` needs no database, no schema and no module (see withServices).
import { lineOfPath } from './modules/planning/json-locate.js';
import { planInput } from './modules/planning/plan-input.js';

const USAGE = `Usage:
  trellis schedule FILE                      print the computed schedule of an MS Project XML (.xml) or
                                             Trellis plan (.json) file as JSON
  trellis import FILE --project KEY          import the file into project KEY (everything or nothing)
  trellis export --project KEY [--format mspdi|json|csv] [--out FILE]
                                             write project KEY's plan (default: Trellis JSON to stdout)

import and export use DATABASE_URL, or the embedded database in DATA_DIR (default .data/).
Exit codes: 0 done, 1 failed (bad file, unknown project, database error), 2 wrong usage.`;

/** A failure the user can act on: printed without a stack trace. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

type FileFormat = 'MSPDI' | 'TRELLIS_JSON';

function formatOf(file: string): FileFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xml') return 'MSPDI';
  if (ext === '.json') return 'TRELLIS_JSON';
  throw new CliError(`${file}: unknown file type "${ext || '(none)'}"; give an MS Project XML (.xml) or a Trellis plan (.json) file`, 2);
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
}

/** Reads a plan file without a database; errors name the line (XML) or the JSON path. */
function readPlan(file: string): PlanDocument {
  const format = formatOf(file);
  const text = readText(file);
  try {
    if (format === 'MSPDI') return importMspdi(text).plan;
    return parsePlanDocument(JSON.parse(text));
  } catch (err) {
    if (err instanceof MspdiError) throw new CliError(`${file}: ${err.message}`);
    if (err instanceof PlanDocumentError) {
      const line = err.issues[0] ? lineOfPath(text, err.issues[0].path) : null;
      throw new CliError(`${file}${line ? `:${line}` : ''}: ${err.message}`);
    }
    if (err instanceof SyntaxError) throw new CliError(`${file}: not valid JSON: ${err.message}`);
    throw err;
  }
}

function schedule(file: string): void {
  const doc = readPlan(file);
  let result;
  try {
    result = computeSchedule(planInput(doc));
  } catch (err) {
    if (err instanceof CycleError || err instanceof PlanInputError) throw new CliError(`${file}: the plan cannot be scheduled: ${err.message}`);
    throw err;
  }
  const names = new Map(doc.tasks.map((t) => [t.id, t.name]));
  const out = {
    project: doc.project.name,
    start: result.start,
    finish: result.finish,
    criticalPaths: result.criticalPaths,
    tasks: result.tasks.map((t) => ({
      id: t.id,
      name: names.get(t.id) ?? '',
      start: t.start,
      finish: t.finish,
      totalFloatDays: t.totalFloatDays,
      freeFloatDays: t.freeFloatDays,
      critical: t.critical,
    })),
    warnings: result.warnings,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

/** Opens the database, runs pending migrations and builds the services; `run` gets them, then all is closed. */
async function withServices<T>(run: (s: import('./composition.js').Services, ds: import('typeorm').DataSource) => Promise<T>): Promise<T> {
  await import('reflect-metadata');
  const [{ loadConfig }, { openDatabase }, { createLogger }, { createDataSource, runMigrations }, { createServices }] = await Promise.all([
    import('./config.js'),
    import('./bootstrap.js'),
    import('./common/logger.js'),
    import('./database/data-source.js'),
    import('./composition.js'),
  ]);
  const config = loadConfig();
  // Only problems on stderr: stdout may carry the exported file.
  const logger = createLogger(config.logLevel === 'debug' ? 'debug' : 'warn');
  const running = config.databaseUrl ? null : runningEmbeddedUrl(config.dataDir);
  const db = running ? { url: running, embedded: null } : await openDatabase(config, logger);
  const ds = createDataSource({ url: db.url, logger });
  try {
    await ds.initialize();
    await runMigrations(ds);
    return await run(createServices(ds, { sessionDays: config.sessionDays, cookieSecure: config.cookieSecure, logger }), ds);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await db.embedded?.stop();
  }
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // Someone else's process (PostgreSQL runs as its own user under root) is alive too.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The URL of the embedded PostgreSQL of a running server (`npm start`) on the same data folder.
 * Starting another one there would stop the server's, so the command connects to it instead.
 */
function runningEmbeddedUrl(dataDir: string): string | null {
  const dir = path.resolve(dataDir);
  try {
    // The cluster is in DATA_DIR/pg, or where pg.json says (root keeps it elsewhere when DATA_DIR is private).
    const creds = JSON.parse(readFileSync(path.join(dir, 'pg.json'), 'utf8')) as { user: string; password: string; dataDir?: string };
    const [pid, , , port] = readFileSync(path.join(creds.dataDir ?? path.join(dir, 'pg'), 'postmaster.pid'), 'utf8').split('\n');
    if (!processAlive(Number(pid))) return null;
    return `postgres://${encodeURIComponent(creds.user)}:${encodeURIComponent(creds.password)}@127.0.0.1:${Number(port)}/trellis`;
  } catch {
    return null;
  }
}

async function projectIdOf(ds: import('typeorm').DataSource, key: string): Promise<string> {
  const rows: { id: string }[] = await ds.query('SELECT id FROM projects WHERE key = $1', [key.toUpperCase()]);
  if (!rows[0]) throw new CliError(`no project with the key ${key.toUpperCase()}`);
  return rows[0].id;
}

/** A user-facing error from the services (GraphQL errors carry a code and maybe a line). */
function userError(err: unknown, file?: string): never {
  const e = err as { message?: string; extensions?: { code?: string; line?: number | null; element?: string | null } };
  if (e?.extensions?.code && e.extensions.code !== 'INTERNAL_SERVER_ERROR') {
    const where = [e.extensions.element, e.extensions.line ? `line ${e.extensions.line}` : null].filter(Boolean).join(', ');
    throw new CliError(`${file ? `${file}: ` : ''}${e.message}${where && !e.message?.includes(where) ? ` (${where})` : ''}`);
  }
  throw err;
}

async function importFile(file: string, key: string): Promise<void> {
  const format = formatOf(file);
  const content = readText(file);
  const { parsePlanFile, preparePlan } = await withImports();
  const { ImportFormat } = await import('./modules/planning/planning.enums.js');
  let parsed;
  try {
    parsed = preparePlan(parsePlanFile(format === 'MSPDI' ? ImportFormat.MSPDI : ImportFormat.TRELLIS_JSON, content));
  } catch (err) {
    userError(err, file);
  }
  const { default: cliProgress } = await import('cli-progress');
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'importing {bar} {percentage}% | {stage}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  const report = await withServices(async (s, ds) => {
    const projectId = await projectIdOf(ds, key);
    try {
      // The command acts as Trellis itself: its work is recorded under no one.
      const { systemActorFor } = await import('./composition.js');
      return await s.planning.exchange.importInto(systemActorFor(ds), projectId, parsed, (done, total, stage) => {
        if (!bar) return;
        if (done === 0) bar.start(total, 0, { stage });
        else bar.update(done, { stage });
      });
    } catch (err) {
      userError(err, file);
    } finally {
      bar?.stop();
    }
  });
  process.stdout.write(
    `imported into ${key.toUpperCase()}: ${report.created} tasks, ${report.links} links, ${report.calendars} calendars, ${report.resources} resources, ` +
      `${report.assignments} assignments, ${report.baselines} baselines, ${report.costEntries} cost entries\n`,
  );
  for (const u of report.unmapped) process.stdout.write(`  not imported: ${u.element}${u.line ? ` (line ${u.line})` : ''}: ${u.reason}\n`);
}

const withImports = () => import('reflect-metadata').then(() => import('./modules/planning/exchange.service.js'));

const EXPORT_FORMATS = { mspdi: 'MSPDI', json: 'TRELLIS_JSON', csv: 'CSV' } as const;

async function exportProject(key: string, format: string, out: string | undefined): Promise<void> {
  const wanted = EXPORT_FORMATS[format.toLowerCase() as keyof typeof EXPORT_FORMATS];
  if (!wanted) throw new CliError(`unknown format "${format}"; use mspdi, json or csv`, 2);
  await import('reflect-metadata');
  const { ExportFormat } = await import('./modules/planning/planning.enums.js');
  const text = await withServices(async (s, ds) => {
    const projectId = await projectIdOf(ds, key);
    try {
      return await s.planning.exchange.exportProject(projectId, ExportFormat[wanted]);
    } catch (err) {
      userError(err);
    }
  });
  if (out) {
    writeFileSync(out, text);
    process.stderr.write(`wrote ${out}\n`);
  } else {
    process.stdout.write(text);
  }
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        project: { type: 'string', short: 'p' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new CliError(`${(err as Error).message}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const needFile = () => {
    if (!file || extra.length) throw new CliError(`give exactly one file: trellis ${command} FILE\n\n${USAGE}`, 2);
    return file;
  };
  const needProject = () => {
    if (!values.project) throw new CliError(`give the project: --project KEY\n\n${USAGE}`, 2);
    return values.project;
  };
  switch (command) {
    case 'schedule':
      return schedule(needFile());
    case 'import':
      return importFile(needFile(), needProject());
    case 'export':
      if (file) throw new CliError(`export takes no file argument; use --out FILE\n\n${USAGE}`, 2);
      return exportProject(needProject(), values.format ?? 'json', values.out);
    default:
      throw new CliError(`unknown command "${command}"\n\n${USAGE}`, 2);
  }
}

main(process.argv.slice(2)).then(
  // Everything written reaches a pipe before the process ends; pools and timers of the services
  // must not keep a finished command alive.
  () => exitWhenWritten(typeof process.exitCode === 'number' ? process.exitCode : 0),
  (err: unknown) => {
    if (err instanceof CliError) {
      process.stderr.write(`trellis: ${err.message}\n`);
      exitWhenWritten(err.exitCode);
      return;
    }
    process.stderr.write(`trellis: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    exitWhenWritten(1);
  },
);
