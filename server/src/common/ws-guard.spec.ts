import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { credentialOf, originAllowed, trustedOrigins } from './ws-guard.js';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('originAllowed', () => {
  const trusted = trustedOrigins({ publicUrl: 'https://trellis.example.com/base', allowedOrigins: ['https://intranet.example.com'] });

  it('lets in clients without Origin, the host asked, PUBLIC_URL and ALLOWED_ORIGINS', () => {
    expect(originAllowed(req({ host: 'internal:4000' }), trusted)).toBe(true);
    expect(originAllowed(req({ host: 'localhost:4000', origin: 'http://localhost:4000' }), trusted)).toBe(true);
    expect(originAllowed(req({ host: 'trellis.example.com', origin: 'https://trellis.example.com' }), trusted)).toBe(true);
    expect(originAllowed(req({ host: 'trellis.example.com:443', origin: 'https://trellis.example.com' }), trusted)).toBe(true);
    expect(originAllowed(req({ host: 'server-a:4000', origin: 'https://trellis.example.com' }), trusted)).toBe(true);
    expect(originAllowed(req({ host: 'server-a:4000', origin: 'https://intranet.example.com' }), trusted)).toBe(true);
    expect(originAllowed(req({ host: 'server-a:4000', 'x-forwarded-host': 'app.example.org, proxy', origin: 'https://app.example.org' }), trusted)).toBe(true);
  });

  it('refuses any other page', () => {
    expect(originAllowed(req({ host: 'localhost:4000', origin: 'http://localhost:4001' }), trusted)).toBe(false);
    expect(originAllowed(req({ host: 'trellis.example.com', origin: 'https://trellis.example.com.evil.test' }), trusted)).toBe(false);
    expect(originAllowed(req({ host: 'localhost:4000', origin: 'null' }), trusted)).toBe(false);
    expect(originAllowed(req({ host: 'localhost:4000', origin: 'chrome-extension://abc' }), trusted)).toBe(false);
    expect(originAllowed(req({ host: 'localhost:4000', origin: 'http://intranet.example.com' }), trusted)).toBe(false);
  });
});

describe('credentialOf', () => {
  it('follows a session by its stored hash and a token by the hash of the bearer secret', () => {
    expect(credentialOf({ kind: 'user', userId: 'u', via: 'session', sessionTokenHash: 'abc' }, undefined)).toEqual({ kind: 'session', hash: 'abc' });
    expect(credentialOf({ kind: 'user', userId: 'u', via: 'token' }, ' bearer trl_pat_x ')).toEqual({
      kind: 'token',
      hash: createHash('sha256').update('trl_pat_x').digest('hex'),
    });
    expect(credentialOf({ kind: 'anonymous' }, undefined)).toBeNull();
    expect(credentialOf({ kind: 'board', projectId: 'p', tokenId: 't' }, 'Bearer trl_wall_x')).toBeNull();
  });
});
