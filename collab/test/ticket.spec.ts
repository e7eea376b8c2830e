import { describe, expect, it } from 'vitest';
import { CollabAccessError, signTicket, verifyTicket } from '../src/index.js';

const doc = 'project/5b0c6a9e-3f0e-4a57-9d7e-2f7f1d1c0a11/charter';

function refusal(fn: () => unknown): { code: number; reason: string } {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CollabAccessError);
    return { code: (err as CollabAccessError).code, reason: (err as CollabAccessError).reason };
  }
  throw new Error('expected a refusal');
}

describe('tickets', () => {
  it('round-trips the claims for the document it was minted for', () => {
    const t = signTicket('s3cret', { doc, sub: 'user-1', uid: 'user-1', name: 'Ada', write: false, ttlSeconds: 30 });
    const claims = verifyTicket('s3cret', t, doc);
    expect(claims).toMatchObject({ doc, sub: 'user-1', uid: 'user-1', name: 'Ada', write: false });
    expect(claims.exp).toBeGreaterThan(Date.now() / 1000);
  });

  it('treats a missing uid as a non-user principal', () => {
    expect(verifyTicket('k', signTicket('k', { doc, sub: 'board-token-7', name: 'Wall', write: false }), doc).uid).toBeNull();
  });

  it('refuses a missing, malformed, forged, tampered, expired or misdirected ticket with 4401', () => {
    const good = signTicket('k', { doc, sub: 'u', name: 'A', write: false });
    const [payload, mac] = good.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), write: true })).toString('base64url');

    expect(refusal(() => verifyTicket('k', null, doc))).toEqual({ code: 4401, reason: 'ticket required' });
    expect(refusal(() => verifyTicket('k', 'garbage', doc)).code).toBe(4401);
    expect(refusal(() => verifyTicket('k', 'a.b.c', doc)).code).toBe(4401);
    expect(refusal(() => verifyTicket('other', good, doc))).toEqual({ code: 4401, reason: 'invalid ticket' });
    expect(refusal(() => verifyTicket('k', `${promoted}.${mac}`, doc))).toEqual({ code: 4401, reason: 'invalid ticket' });
    expect(refusal(() => verifyTicket('k', `${payload}.${mac.slice(0, -2)}`, doc)).code).toBe(4401);
    expect(refusal(() => verifyTicket('k', signTicket('k', { doc, sub: 'u', name: 'A', write: true, ttlSeconds: -5 }), doc))).toEqual({
      code: 4401,
      reason: 'ticket expired',
    });
    expect(refusal(() => verifyTicket('k', good, 'project/other/charter')).reason).toBe('ticket is for another document');
  });

  it('refuses to sign with an empty secret', () => {
    expect(() => signTicket('', { doc, sub: 'u', name: 'A', write: true })).toThrow();
  });
});
