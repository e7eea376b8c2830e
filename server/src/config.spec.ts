import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('config', () => {
  it('has safe defaults for a fresh machine', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, databaseUrl: undefined, dataDir: '.data', introspection: true, cookieSecure: false, seedDemo: true });
  });

  it('turns introspection off and secure cookies on in production', () => {
    const c = loadConfig({ NODE_ENV: 'production' });
    expect(c.introspection).toBe(false);
    expect(c.cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('names every bad variable in one error', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', REDIS_URL: 'localhost:6379' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as ConfigError).message;
    expect(msg).toMatch(/PORT/);
    expect(msg).toMatch(/DATABASE_URL: must be a postgres/);
    expect(msg).toMatch(/NODE_ENV/);
    expect(msg).toMatch(/REDIS_URL: must be a redis/);
  });

  it('reads ALLOWED_ORIGINS as a list of origins and refuses anything else', () => {
    expect(loadConfig({}).allowedOrigins).toEqual([]);
    expect(loadConfig({ ALLOWED_ORIGINS: 'https://intranet.example.com/app/, http://localhost:5173' }).allowedOrigins).toEqual([
      'https://intranet.example.com',
      'http://localhost:5173',
    ]);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'https://ok.example.com,intranet' })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'ftp://files.example.com' })).toThrow(/ALLOWED_ORIGINS/);
  });

  it('has the websocket limits', () => {
    expect(loadConfig({}).limits).toMatchObject({ ratePerMinute: 1200, authRatePerMinute: 20, subscriptionsPerSocket: 100, subscriptionsPerPerson: 500, credentialRecheckSeconds: 60 });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(4000);
  });
});
