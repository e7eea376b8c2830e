import 'reflect-metadata';
import { DataSource, type Logger as TypeOrmLogger, type QueryRunner } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import type { Logger } from '../common/logger.js';

/** Counts statements; tests use it to prove a query runs a constant number of SQL statements. */
export class QueryCounter {
  count = 0;
  reset(): void {
    this.count = 0;
  }
}

class CountingLogger implements TypeOrmLogger {
  constructor(
    private readonly counter: QueryCounter,
    private readonly logger?: Logger,
  ) {}
  logQuery(query: string): void {
    this.counter.count++;
    this.logger?.debug('sql', { query });
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger?.debug('sql error', { query, error: String(error) });
  }
  logQuerySlow(time: number, query: string): void {
    this.logger?.warn('slow sql', { time, query: query.slice(0, 500) });
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger?.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown, _qr?: QueryRunner): void {
    if (level === 'warn') this.logger?.warn(String(message));
  }
}

export interface DataSourceOptions {
  url: string;
  logger?: Logger;
  counter?: QueryCounter;
  poolSize?: number;
}

/** One DataSource definition for the app, the CLI and the tests. `synchronize` is never used. */
export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logging: ['query', 'error', 'warn', 'migration'],
    maxQueryExecutionTime: 1000,
    logger: new CountingLogger(opts.counter ?? new QueryCounter(), opts.logger),
    extra: { max: opts.poolSize ?? 10 },
  });
}

const MIGRATION_LOCK = 727_001;

/** Runs pending migrations under a session advisory lock, so several instances can boot at once. */
export async function runMigrations(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
