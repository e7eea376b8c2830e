import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/harness.js';
import { argon2Passwords, AuthService, type PasswordHasher } from './auth.service.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

async function post(query: string, variables: Record<string, unknown>, cookie?: string) {
  const res = await fetch(`${h.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { res, body: (await res.json()) as { data?: any; errors: any[] } };
}

describe('accounts', () => {
  it('signs up, gets an HTTP-only session cookie, signs out', async () => {
    const { res, body } = await post(`mutation($i: SignUpInput!) { signUp(input: $i) { user { email name } } }`, {
      i: { email: ' Grace@Example.TEST ', name: 'Grace Hopper', password: 'cobol-forever' },
    });
    expect(body.data.signUp.user).toEqual({ email: 'grace@example.test', name: 'Grace Hopper' });
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^trellis_session=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0]!;
    expect((await post(`{ viewer { name } }`, {}, cookie)).body.data.viewer.name).toBe('Grace Hopper');
    const out = await post(`mutation { signOut }`, {}, cookie);
    expect(out.res.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await post(`{ viewer { name } }`, {}, cookie)).body.data.viewer).toBeNull();
  });

  it('never exposes the password hash and stores argon2id', async () => {
    const r = await post(`{ __type(name: "User") { fields { name } } }`, {});
    expect(r.body.data.__type.fields.map((f: { name: string }) => f.name)).not.toContain('passwordHash');
    const [row] = await h.app.dataSource.query(`SELECT password_hash FROM users WHERE email = 'grace@example.test'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password, a duplicate email and a short password, each with a clear message', async () => {
    const wrong = await post(`mutation { signIn(input: { email: "grace@example.test", password: "nope-nope" }) { user { id } } }`, {});
    expect(wrong.body.errors[0]).toMatchObject({ message: 'Email or password is incorrect', extensions: { code: 'UNAUTHENTICATED' } });
    const dup = await post(`mutation { signUp(input: { email: "grace@example.test", name: "G", password: "12345678" }) { user { id } } }`, {});
    expect(dup.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    const short = await post(`mutation { signUp(input: { email: "x@example.test", name: "X", password: "short" }) { user { id } } }`, {});
    expect(short.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const email = await post(`mutation { signUp(input: { email: "not-an-email", name: "X", password: "long enough" }) { user { id } } }`, {});
    expect(email.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('signing up with an invited address (in any case) claims nothing: only the link does', async () => {
    const owner = await h.user('Inviter');
    const p = await h.gql(`mutation { projectCreate(input: { key: "INV", name: "Invites" }) { project { id } } }`, {}, owner);
    const projectId = p.data!.projectCreate.project.id;
    const invite = await h.gql(`mutation($p: UUID!) { memberInvite(input: { projectId: $p, email: "newbie@example.test", role: MANAGER }) { token } }`, { p: projectId }, owner);
    expect(invite.errors).toBeUndefined();
    const { res } = await post(`mutation { signUp(input: { email: "NEWBIE@Example.TEST", name: "Newbie", password: "welcome-aboard" }) { user { id } } }`, {});
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    expect((await post(`{ projects { nodes { key } } }`, {}, cookie)).body.data.projects.nodes).toEqual([]);
    const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM project_members WHERE project_id = $1`, [projectId]);
    expect(n).toBe(1);
  });

  it('a person kept without an account (as the demo team is) keeps their memberships when someone signs up with the address', async () => {
    const owner = await h.user('Planner');
    const p = await h.gql(`mutation { projectCreate(input: { key: "TEAM", name: "Team" }) { project { id } } }`, {}, owner);
    const projectId = p.data!.projectCreate.project.id;
    const [kept] = await h.app.dataSource.query(`INSERT INTO users (email, name) VALUES ('dev.kept@example.test', 'Dev Kept') RETURNING id`);
    await h.app.dataSource.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [projectId, kept.id]);
    const { res, body } = await post(`mutation { signUp(input: { email: "Dev.Kept@example.test", name: "Stranger", password: "not dev at all" }) { user { id email } } }`, {});
    expect(body.errors).toBeUndefined();
    expect(body.data.signUp.user.id).not.toBe(kept.id);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    expect((await post(`{ projects { nodes { key } } }`, {}, cookie)).body.data.projects.nodes).toEqual([]);
    const [row] = await h.app.dataSource.query(`SELECT u.name, m.role FROM project_members m JOIN users u ON u.id = m.user_id WHERE m.user_id = $1`, [kept.id]);
    expect(row).toEqual({ name: 'Dev Kept', role: 'MEMBER' });
  });

  it('sign-up does not say that an address has an account', async () => {
    const taken = await post(`mutation { signUp(input: { email: "grace@example.test", name: "Not Grace", password: "12345678" }) { user { id } } }`, {});
    expect(taken.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(taken.body.errors[0].message).not.toMatch(/already exists|has an account|is registered/i);
  });

  it('sign-in checks a password just the same for an unknown address, a known one and an account-less person', async () => {
    const calls: string[] = [];
    const counting: PasswordHasher = {
      hash: (p) => (calls.push('hash'), argon2Passwords.hash(p)),
      verify: (hh, p) => (calls.push('verify'), argon2Passwords.verify(hh, p)),
    };
    const auth = new AuthService(h.app.dataSource, { sessionDays: 1, cookieSecure: false, passwords: counting });
    await h.app.dataSource.query(`INSERT INTO users (email, name) VALUES ('no.password@example.test', 'No Password') ON CONFLICT DO NOTHING`);
    const attempt = async (email: string) => {
      calls.length = 0;
      const err = await auth.signIn({ email, password: 'wrong password' }).catch((e: Error) => e);
      expect(err).toMatchObject({ message: 'Email or password is incorrect', extensions: { code: 'UNAUTHENTICATED' } });
      return calls.filter((c) => c === 'verify').length;
    };
    expect(await attempt('grace@example.test')).toBe(1);
    expect(await attempt('nobody.here@example.test')).toBe(1);
    expect(await attempt('no.password@example.test')).toBe(1);
  });

  it('limits the length of a name', async () => {
    const long = 'N'.repeat(101);
    const r = await post(`mutation($n: String!) { signUp(input: { email: "long.name@example.test", name: $n, password: "long enough" }) { user { id } } }`, { n: long });
    expect(r.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const ok = await post(`mutation($n: String!) { signUp(input: { email: "long.name@example.test", name: $n, password: "long enough" }) { user { name } } }`, { n: 'N'.repeat(100) });
    expect(ok.body.data.signUp.user.name).toHaveLength(100);
  });

  it('personal access tokens are listed without their secret and stop working when revoked', async () => {
    const u = await h.user('Reporter');
    const c = await h.gql(`mutation { accessTokenCreate(input: { name: "Nightly report" }) { token accessToken { id name prefix } } }`, {}, u);
    const { token, accessToken } = c.data!.accessTokenCreate;
    expect(token.startsWith(accessToken.prefix)).toBe(true);
    const list = await h.gql(`{ accessTokens { name prefix } }`, {}, u);
    expect(list.data!.accessTokens).toEqual([{ name: 'Nightly report', prefix: accessToken.prefix }]);
    await h.gql(`mutation($id: UUID!) { accessTokenRevoke(id: $id) { accessToken { revokedAt } } }`, { id: accessToken.id }, u);
    const after = await h.gql(`{ viewer { id } }`, {}, { bearer: token });
    expect(after.status).toBe(401);
    const other = await h.user('Other');
    expect((await h.gql(`mutation($id: UUID!) { accessTokenRevoke(id: $id) { accessToken { id } } }`, { id: accessToken.id }, other)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
