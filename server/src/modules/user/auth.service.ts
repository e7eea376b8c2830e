import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { parse as parseCookie, serialize as serializeCookie } from 'cookie';
import { IsNull, LessThan, type DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { TokenScope, type Viewer } from '../../common/roles.js';
import { requireUser } from '../../common/access.js';
import { BadUserInputError, ConflictError, NotFoundError, UnauthenticatedError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { AccessToken } from './access-token.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export const SESSION_COOKIE = 'trellis_session';

/** A new session: the person, and the secret the browser keeps (in a cookie) for so long. */
export interface SignedIn {
  user: User;
  session: { secret: string; maxAgeSeconds: number };
}
export const PAT_PREFIX = 'trl_pat_';
export const BOARD_PREFIX = 'trl_wall_';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const newSecret = (prefix: string) => prefix + randomBytes(24).toString('base64url');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string, field = 'input.email'): string {
  const e = email.trim().toLowerCase();
  if (!EMAIL.test(e) || e.length > 254) throw new BadUserInputError('Enter a valid email address', field);
  return e;
}

function checkPassword(password: string): void {
  if (password.length < 8) throw new BadUserInputError('Password must be at least 8 characters', 'input.password');
  if (password.length > 256) throw new BadUserInputError('Password must be at most 256 characters', 'input.password');
}

/** People's names (accounts and invitations), like the other names the product keeps. */
export const PERSON_NAME_MAX = 100;

/** A person's name trimmed; required unless `optional`, at most PERSON_NAME_MAX characters. */
export function checkPersonName(name: string | null | undefined, field: string, optional = false): string | null {
  const n = (name ?? '').trim();
  if (!n) {
    if (optional) return null;
    throw new BadUserInputError('Name is required', field);
  }
  if (n.length > PERSON_NAME_MAX) throw new BadUserInputError(`Name must be at most ${PERSON_NAME_MAX} characters`, field);
  return n;
}

export const hashPassword = (password: string) => hash(password);

/** How passwords are hashed and checked (argon2id); a test may count the calls. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hashed: string, password: string): Promise<boolean>;
}
export const argon2Passwords: PasswordHasher = { hash: (p) => hash(p), verify: (h, p) => verify(h, p) };

/** Sign-up refuses a taken address with this, and with the same work as a free one. */
/** The furthest a personal access token's expiry may be set. */
export const MAX_TOKEN_DAYS = 366;

export const SIGN_UP_REFUSED = 'This email address cannot be used to sign up. If you already have an account, sign in instead.';

export interface AuthOptions {
  sessionDays: number;
  cookieSecure: boolean;
  passwords?: PasswordHasher;
}

/** Accounts, sessions and tokens; also turns request credentials into a Viewer. */
export class AuthService {
  private readonly passwords: PasswordHasher;
  /**
   * A hash of no one's password, made once at start: an unknown address is checked against it, so
   * it costs the same time as a known one (the first attempt included).
   */
  private readonly dummyHash: Promise<string>;

  constructor(
    private readonly ds: DataSource,
    private readonly opts: AuthOptions,
  ) {
    this.passwords = opts.passwords ?? argon2Passwords;
    this.dummyHash = this.passwords.hash(randomBytes(16).toString('base64url'));
  }

  /** Cookie first (browsers), then `Authorization: Bearer` (personal access token or board token). */
  async viewerFromRequest(headers: { cookie?: string; authorization?: string }): Promise<Viewer> {
    const auth = headers.authorization;
    if (auth) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth.trim());
      if (!m) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
      return this.viewerFromToken(m[1]!);
    }
    const cookies = headers.cookie ? parseCookie(headers.cookie) : {};
    const raw = cookies[SESSION_COOKIE];
    if (raw) {
      const tokenHash = sha256(raw);
      const s = await this.ds.getRepository(Session).findOneBy({ tokenHash });
      if (s && s.expiresAt > new Date()) return { kind: 'user', userId: s.userId, via: 'session', sessionTokenHash: tokenHash };
    }
    return { kind: 'anonymous' };
  }

  async viewerFromToken(token: string): Promise<Viewer> {
    const tokenHash = sha256(token);
    if (token.startsWith(PAT_PREFIX)) {
      // An expired token is told apart from an unknown one, so its owner knows to make a new one.
      const [rows]: [{ id: string; user_id: string; scope: TokenScope; expires_at: Date | null }[], number] = await this.ds.query(
        `UPDATE access_tokens SET last_used_at = CASE WHEN expires_at IS NULL OR expires_at > now() THEN now() ELSE last_used_at END
          WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id, user_id, scope, expires_at`,
        [tokenHash],
      );
      const row = rows[0];
      if (row?.expires_at && row.expires_at.getTime() <= Date.now()) {
        throw new UnauthenticatedError(`This access token expired on ${row.expires_at.toISOString().slice(0, 10)}: create a new one on your account page`);
      }
      if (row) return { kind: 'user', userId: row.user_id, via: 'token', scope: row.scope };
    } else if (token.startsWith(BOARD_PREFIX)) {
      const [rows]: [{ id: string; project_id: string }[], number] = await this.ds.query(
        `UPDATE board_tokens SET last_used_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id, project_id`,
        [tokenHash],
      );
      if (rows[0]) return { kind: 'board', projectId: rows[0].project_id, tokenId: rows[0].id };
    }
    throw new UnauthenticatedError('The token is invalid or has been revoked');
  }

  /** The `Set-Cookie` value that carries a session (an empty value and no age end it). */
  sessionCookie(value: string, maxAgeSeconds: number): string {
    return serializeCookie(SESSION_COOKIE, value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.opts.cookieSecure,
      path: '/',
      maxAge: maxAgeSeconds,
    });
  }

  private async startSession(userId: string): Promise<SignedIn['session']> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.opts.sessionDays * 86_400_000);
    await this.ds.getRepository(Session).insert({ tokenHash: sha256(secret), userId, expiresAt });
    // Housekeeping: this person's expired sessions go when they sign in again.
    await this.ds.getRepository(Session).delete({ userId, expiresAt: LessThan(new Date()) });
    return { secret, maxAgeSeconds: this.opts.sessionDays * 86_400 };
  }

  /** Creates an account and a session for it; the caller hands the session to the browser. */
  async signUp(input: { email: string; name: string; password: string }): Promise<SignedIn> {
    const email = normaliseEmail(input.email);
    const name = checkPersonName(input.name, 'input.name')!;
    checkPassword(input.password);
    // Hashed before looking the address up: a taken address costs the same time as a free one.
    const passwordHash = await this.passwords.hash(input.password);
    const user = await this.ds.transaction(async (m) => {
      const existing = await m.getRepository(User).findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
      if (existing?.passwordHash) throw new BadUserInputError(SIGN_UP_REFUSED, 'input.email');
      if (existing) {
        // A person kept without an account (a team member named in the plan, or someone invited
        // before invitations had links): the new account claims nothing of theirs, so that entry
        // lets go of the address and stays as it is under a placeholder one.
        await m.getRepository(User).update({ id: existing.id }, { email: `unclaimed+${existing.id}@trellis.invalid` });
      }
      return m.getRepository(User).save(m.getRepository(User).create({ email, name, passwordHash }));
    });
    return { user, session: await this.startSession(user.id) };
  }

  /** Checks a password and starts a session; the caller hands the session to the browser. */
  async signIn(input: { email: string; password: string }): Promise<SignedIn> {
    const email = input.email.trim().toLowerCase();
    const user = await this.ds.getRepository(User).findOneBy({ email });
    // Without an account the password is still checked, against a dummy hash: the same work and
    // about the same time either way, so the answer's timing does not tell whether the address exists.
    const against = user?.passwordHash ?? (await this.dummyHash);
    const matches = await this.passwords.verify(against, input.password).catch(() => false);
    const ok = !!user?.passwordHash && matches;
    if (!user || !ok) throw new UnauthenticatedError('Email or password is incorrect');
    return { user, session: await this.startSession(user.id) };
  }

  /** Ends the actor's session, if it signed in with one; the caller clears the browser's cookie. */
  async signOut(actor: Actor): Promise<void> {
    if (actor.kind === 'user' && actor.sessionTokenHash) {
      const tokenHash = actor.sessionTokenHash;
      await this.ds.transaction(async (m) => {
        await m.getRepository(Session).delete({ tokenHash });
        // Sockets the session opened end with it, on every instance.
        await publishInTransaction(m, { type: 'credential_revoked', tokenHash });
      });
    }
  }

  async createAccessToken(
    viewer: Actor,
    name: string,
    opts: { scope?: TokenScope | null; expiresAt?: Date | null } = {},
  ): Promise<{ token: string; accessToken: AccessToken }> {
    const userId = requireUser(viewer);
    const clean = name.trim();
    if (!clean || clean.length > 100) throw new BadUserInputError('Give the token a name (1-100 characters)', 'input.name');
    const expiresAt = opts.expiresAt ?? null;
    if (expiresAt && (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now())) {
      throw new BadUserInputError('The expiry must be in the future (or none, to keep the token until it is revoked)', 'input.expiresAt');
    }
    if (expiresAt && expiresAt.getTime() > Date.now() + MAX_TOKEN_DAYS * 86_400_000) {
      throw new BadUserInputError(`The expiry can be at most ${MAX_TOKEN_DAYS} days away`, 'input.expiresAt');
    }
    const scope = opts.scope ?? TokenScope.READ_WRITE;
    const token = newSecret(PAT_PREFIX);
    const repo = this.ds.getRepository(AccessToken);
    const accessToken = await repo.save(
      repo.create({ userId, name: clean, tokenHash: sha256(token), prefix: token.slice(0, PAT_PREFIX.length + 4), scope, expiresAt, lastUsedAt: null, revokedAt: null }),
    );
    return { token, accessToken };
  }

  async listAccessTokens(viewer: Actor): Promise<AccessToken[]> {
    const userId = requireUser(viewer);
    return this.ds.getRepository(AccessToken).find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  async revokeAccessToken(viewer: Actor, id: string): Promise<AccessToken> {
    const userId = requireUser(viewer);
    const repo = this.ds.getRepository(AccessToken);
    const t = /^[0-9a-f-]{36}$/i.test(id) ? await repo.findOneBy({ id, userId }) : null;
    if (!t) throw new NotFoundError('Access token');
    if (t.revokedAt) throw new ConflictError('This token is already revoked');
    t.revokedAt = new Date();
    return this.ds.transaction(async (m) => {
      const saved = await m.getRepository(AccessToken).save(t);
      // Sockets the token opened end with it, on every instance.
      await publishInTransaction(m, { type: 'credential_revoked', tokenHash: t.tokenHash });
      return saved;
    });
  }

  async resetPassword(email: string, password: string): Promise<void> {
    checkPassword(password);
    const res = await this.ds.getRepository(User).update({ email: normaliseEmail(email, 'email') }, { passwordHash: await this.passwords.hash(password) });
    if (!res.affected) throw new NotFoundError('User');
  }
}
