import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/harness.js';

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

  it('an invited person claims the invitation by signing up with that email', async () => {
    const owner = await h.user('Inviter');
    const p = await h.gql(`mutation { projectCreate(input: { key: "INV", name: "Invites" }) { project { id } } }`, {}, owner);
    const projectId = p.data!.projectCreate.project.id;
    await h.gql(`mutation($p: ID!) { memberInvite(input: { projectId: $p, email: "newbie@example.test", role: MEMBER }) { member { role } } }`, { p: projectId }, owner);
    const { res } = await post(`mutation { signUp(input: { email: "newbie@example.test", name: "Newbie", password: "welcome-aboard" }) { user { id } } }`, {});
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const mine = await post(`{ projects { nodes { key viewerRole } } }`, {}, cookie);
    expect(mine.body.data.projects.nodes).toEqual([{ key: 'INV', viewerRole: 'MEMBER' }]);
  });

  it('personal access tokens are listed without their secret and stop working when revoked', async () => {
    const u = await h.user('Reporter');
    const c = await h.gql(`mutation { accessTokenCreate(input: { name: "Nightly report" }) { token accessToken { id name prefix } } }`, {}, u);
    const { token, accessToken } = c.data!.accessTokenCreate;
    expect(token.startsWith(accessToken.prefix)).toBe(true);
    const list = await h.gql(`{ accessTokens { name prefix } }`, {}, u);
    expect(list.data!.accessTokens).toEqual([{ name: 'Nightly report', prefix: accessToken.prefix }]);
    await h.gql(`mutation($id: ID!) { accessTokenRevoke(id: $id) { accessToken { revokedAt } } }`, { id: accessToken.id }, u);
    const after = await h.gql(`{ viewer { id } }`, {}, { bearer: token });
    expect(after.status).toBe(401);
    const other = await h.user('Other');
    expect((await h.gql(`mutation($id: ID!) { accessTokenRevoke(id: $id) { accessToken { id } } }`, { id: accessToken.id }, other)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
