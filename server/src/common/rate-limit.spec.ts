import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { authAttempts, RateLimit, rateKey } from './rate-limit.js';

describe('authAttempts', () => {
  it('counts each signIn and signUp of the operation that runs, through aliases and fragments', () => {
    const doc = parse(`
      mutation Guess { a: signIn(input: $i) { user { id } } b: signIn(input: $i) { user { id } } ... on Mutation { signUp(input: $j) { user { id } } } ...F }
      mutation Other { signOut }
      query Q { viewer { id } }
      fragment F on Mutation { c: signIn(input: $i) { user { id } } ...F }
    `);
    expect(authAttempts(doc, 'Guess')).toBe(4);
    expect(authAttempts(doc, 'Other')).toBe(0);
    expect(authAttempts(doc, 'Q')).toBe(0);
    // Without an operation name a document of several operations runs none.
    expect(authAttempts(doc)).toBe(0);
    expect(authAttempts(parse(`mutation { signIn(input: $i) { user { id } } }`))).toBe(1);
  });
});

describe('RateLimit', () => {
  it('answers with the seconds until the budget renews once past the limit', async () => {
    const limit = new RateLimit(2, 'slow down');
    try {
      expect(await limit.take('k')).toBeNull();
      expect(await limit.take('k')).toBeNull();
      const over = await limit.take('k');
      expect(over).toMatchObject({ message: 'slow down' });
      expect(over!.retryAfter).toBeGreaterThan(0);
      expect(over!.retryAfter).toBeLessThanOrEqual(60);
      expect(await limit.take('other', 2)).toBeNull();
      expect(await limit.take('third', 3)).not.toBeNull();
    } finally {
      limit.close();
    }
    const off = new RateLimit(0, 'never');
    for (let i = 0; i < 5; i++) expect(await off.take('k')).toBeNull();
    off.close();
  });

  it('keys a person by their id whatever credential they use, others by address', () => {
    expect(rateKey({ kind: 'user', userId: 'u1', via: 'session', sessionTokenHash: 'a' }, '10.0.0.1')).toBe('user:u1');
    expect(rateKey({ kind: 'user', userId: 'u1', via: 'token' }, '10.0.0.2')).toBe('user:u1');
    expect(rateKey({ kind: 'board', projectId: 'p', tokenId: 't' }, '10.0.0.1')).toBe('board:t');
    expect(rateKey({ kind: 'anonymous' }, '10.0.0.1')).toBe('ip:10.0.0.1');
    // One budget per IPv6 /56.
    expect(rateKey(undefined, '2001:db8:1:100::1')).toBe(rateKey(undefined, '2001:db8:1:1ff::2'));
  });
});
