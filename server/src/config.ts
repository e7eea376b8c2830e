import { z } from 'zod';

/** Everything the server reads from its environment, parsed once and validated as a whole. */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** External PostgreSQL; when absent an embedded server is started under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Redis for events between instances; without it they travel through PostgreSQL NOTIFY. */
  redisUrl: string | undefined;
  /** Where the built client lives; served at `/` when it exists. */
  clientDir: string | undefined;
  publicUrl: string | undefined;
  /**
   * Origins (scheme://host[:port]) whose pages may open the websockets, besides the server's own host
   * and PUBLIC_URL. A socket without an Origin header (scripts, reporting tools) is not a browser's.
   */
  allowedOrigins: string[];
  introspection: boolean;
  sessionDays: number;
  /** How long an invitation link can be accepted. */
  invitationDays: number;
  cookieSecure: boolean;
  seedDemo: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    maxBodyBytes: number;
    /** GraphQL operations per minute per person (or per address when anonymous), HTTP and websocket together; 0 = off. */
    ratePerMinute: number;
    /** `signIn` and `signUp` attempts per minute per address, HTTP and websocket together; 0 = off. */
    authRatePerMinute: number;
    /** Subscriptions open at once on one websocket, and for one person over all their sockets. */
    subscriptionsPerSocket: number;
    subscriptionsPerPerson: number;
    /** How often open websockets' sessions and tokens are checked again against the database (seconds). */
    credentialRecheckSeconds: number;
  };
  /** Signs collab tickets; when absent a secret is created once in the database and shared by every instance. */
  collabSecret: string | undefined;
  collab: { maxFrameBytes: number; maxDocumentBytes: number };
  /**
   * Outgoing mail: the SMTP server (smtp://user:pass@host:587, smtps://… for TLS from the start); without
   * it messages are kept in each project's outbox, marked as not sent. `from` is the sender address.
   * The delivery worker runs every `intervalSeconds` (0: never, for tests and the command line). Messages
   * done with (sent, given up or held) are deleted `retentionDays` after their last attempt (0: kept for ever).
   */
  mail: { smtpUrl: string | undefined; from: string; intervalSeconds: number; retentionDays: number };
  /** Express `trust proxy` (e.g. `1` behind one reverse proxy), so client addresses are right. */
  trustProxy: boolean | number | string;
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: int(0, 65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  CLIENT_DIR: z.string().min(1).optional(),
  PUBLIC_URL: z.url().optional(),
  ALLOWED_ORIGINS: z
    .string()
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin)))
    .optional(),
  GRAPHQL_INTROSPECTION: bool.optional(),
  SESSION_DAYS: int(1, 365).default(30),
  INVITATION_DAYS: int(1, 90).default(7),
  COOKIE_SECURE: bool.optional(),
  SEED_DEMO: bool.default(true),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  GRAPHQL_MAX_DEPTH: int(2, 100).default(12),
  GRAPHQL_MAX_ALIASES: int(0, 1000).default(30),
  GRAPHQL_MAX_COST: int(100, 10_000_000).default(200_000),
  GRAPHQL_MAX_BODY_BYTES: int(1024, 50_000_000).default(1_000_000),
  GRAPHQL_RATE_LIMIT_PER_MINUTE: int(0, 1_000_000).default(1200),
  GRAPHQL_AUTH_RATE_LIMIT_PER_MINUTE: int(0, 1_000_000).default(20),
  GRAPHQL_WS_MAX_SUBSCRIPTIONS_PER_SOCKET: int(1, 100_000).default(100),
  GRAPHQL_WS_MAX_SUBSCRIPTIONS_PER_PERSON: int(1, 1_000_000).default(500),
  GRAPHQL_WS_RECHECK_SECONDS: int(1, 86_400).default(60),
  TRUST_PROXY: z.string().min(1).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/\s]+/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).regex(/@/, 'must contain an email address').default('Trellis <trellis@localhost>'),
  MAIL_INTERVAL_SECONDS: int(0, 86_400).default(30),
  MAIL_RETENTION_DAYS: int(0, 36_500).default(90),
  COLLAB_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  COLLAB_MAX_FRAME_BYTES: int(1024, 100_000_000).default(1_048_576),
  COLLAB_MAX_DOCUMENT_BYTES: int(1024, 1_000_000_000).default(8 * 1_048_576),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws one ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(blankless);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    redisUrl: e.REDIS_URL,
    clientDir: e.CLIENT_DIR,
    publicUrl: e.PUBLIC_URL,
    allowedOrigins: e.ALLOWED_ORIGINS ?? [],
    introspection: e.GRAPHQL_INTROSPECTION ?? !production,
    sessionDays: e.SESSION_DAYS,
    invitationDays: e.INVITATION_DAYS,
    cookieSecure: e.COOKIE_SECURE ?? production,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    limits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxCost: e.GRAPHQL_MAX_COST,
      maxBodyBytes: e.GRAPHQL_MAX_BODY_BYTES,
      ratePerMinute: e.GRAPHQL_RATE_LIMIT_PER_MINUTE,
      authRatePerMinute: e.GRAPHQL_AUTH_RATE_LIMIT_PER_MINUTE,
      subscriptionsPerSocket: e.GRAPHQL_WS_MAX_SUBSCRIPTIONS_PER_SOCKET,
      subscriptionsPerPerson: e.GRAPHQL_WS_MAX_SUBSCRIPTIONS_PER_PERSON,
      credentialRecheckSeconds: e.GRAPHQL_WS_RECHECK_SECONDS,
    },
    collabSecret: e.COLLAB_SECRET,
    collab: { maxFrameBytes: e.COLLAB_MAX_FRAME_BYTES, maxDocumentBytes: e.COLLAB_MAX_DOCUMENT_BYTES },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, intervalSeconds: e.MAIL_INTERVAL_SECONDS, retentionDays: e.MAIL_RETENTION_DAYS },
    trustProxy:
      e.TRUST_PROXY === undefined || e.TRUST_PROXY === 'false'
        ? false
        : e.TRUST_PROXY === 'true'
          ? true
          : /^\d+$/.test(e.TRUST_PROXY)
            ? Number(e.TRUST_PROXY)
            : e.TRUST_PROXY,
  };
}
