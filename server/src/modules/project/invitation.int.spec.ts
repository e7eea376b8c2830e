import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

let h: Harness;
let owner: TestUser;
let manager: TestUser;
let projectId: string;
beforeAll(async () => {
  h = await startHarness({ INVITATION_DAYS: '3' });
  owner = await h.user('Olga Owner');
  manager = await h.user('Max Manager');
  projectId = (await h.gql(`mutation { projectCreate(input: { key: "LINK", name: "Links" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
  await h.join(projectId, manager, 'MANAGER', owner);
});
afterAll(() => h?.close());

const INVITE = `mutation($i: MemberInviteInput!) { memberInvite(input: $i) { token invitation { id email name role expiresAt acceptedAt revokedAt } } }`;
const PREVIEW = `query($t: String!) { invitation(token: $t) { projectName projectKey role invitedByName state viewerIsMember } }`;
const ACCEPT = `mutation($t: String!) { invitationAccept(token: $t) { project { key viewerRole } } }`;

async function invite(email: string, role = 'MEMBER', name?: string, as: TestUser = owner) {
  const r = await h.gql(INVITE, { i: { projectId, email, role, name } }, as);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.memberInvite as { token: string; invitation: { id: string; email: string; name: string | null; role: string; expiresAt: string } };
}

describe('invitation links', () => {
  it('the link is shown once, only its hash is kept, and it expires after the configured days', async () => {
    const before = Date.now();
    const { token, invitation } = await invite(' Pat.Ng@Example.TEST ', 'VIEWER', 'Pat Ng');
    expect(token).toMatch(/^trl_inv_[A-Za-z0-9_-]{32}$/);
    expect(invitation).toMatchObject({ email: 'pat.ng@example.test', name: 'Pat Ng', role: 'VIEWER' });
    const days = (Date.parse(invitation.expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(2.99);
    expect(days).toBeLessThan(3.01);
    const rows = await h.app.dataSource.query(`SELECT * FROM project_invitations WHERE id = $1`, [invitation.id]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const listed = await h.gql(`query($id: UUID!) { project(id: $id) { invitations { id email role } } }`, { id: projectId }, manager);
    expect(listed.data!.project.invitations).toContainEqual({ id: invitation.id, email: 'pat.ng@example.test', role: 'VIEWER' });
  });

  it('whoever holds the link sees where it leads; a signed-in person accepts it once', async () => {
    const { token } = await invite('sam.lee@example.test', 'MANAGER', undefined, owner);
    expect((await h.gql(PREVIEW, { t: token })).data!.invitation).toEqual({
      projectName: 'Links',
      projectKey: 'LINK',
      role: 'MANAGER',
      invitedByName: 'Olga Owner',
      state: 'PENDING',
      viewerIsMember: false,
    });
    // Anyone signed in with the link joins; the address it was meant for is only a label.
    const sam = await h.user('Sam Lee');
    expect((await h.gql(ACCEPT, { t: token }, sam)).data!.invitationAccept.project).toEqual({ key: 'LINK', viewerRole: 'MANAGER' });
    expect((await h.gql(PREVIEW, { t: token }, sam)).data!.invitation).toMatchObject({ state: 'ACCEPTED', viewerIsMember: true });
    const again = await h.gql(ACCEPT, { t: token }, await h.user('Second'));
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', state: 'ACCEPTED' });
    const pending = await h.gql(`query($id: UUID!) { project(id: $id) { invitations { email } } }`, { id: projectId }, owner);
    expect(pending.data!.project.invitations.map((i: { email: string }) => i.email)).not.toContain('sam.lee@example.test');
  });

  it('two people accepting one link at the same moment: exactly one joins', async () => {
    for (let round = 0; round < 5; round++) {
      const { token } = await invite(`race.${round}@example.test`);
      const people = [await h.user('Racer A'), await h.user('Racer B')];
      const results = await Promise.all(people.map((p) => h.gql(ACCEPT, { t: token }, p)));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)!.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', state: 'ACCEPTED' });
      const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM project_members WHERE project_id = $1 AND user_id = ANY($2)`, [projectId, people.map((p) => p.id)]);
      expect(n).toBe(1);
    }
  });

  it('refuses a made-up link, an expired link and a withdrawn one', async () => {
    const someone = await h.user('Someone');
    for (const t of ['trl_inv_madeup', 'nonsense', 'x'.repeat(5000)]) {
      expect((await h.gql(ACCEPT, { t }, someone)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
      expect((await h.gql(PREVIEW, { t })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    }
    const expired = await invite('late@example.test');
    await h.app.dataSource.query(`UPDATE project_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.invitation.id]);
    expect((await h.gql(PREVIEW, { t: expired.token })).data!.invitation.state).toBe('EXPIRED');
    const r = await h.gql(ACCEPT, { t: expired.token }, someone);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', state: 'EXPIRED' });
    expect(r.errors![0]!.message).toMatch(/expired/);

    const withdrawn = await invite('withdrawn@example.test');
    const rev = await h.gql(`mutation($id: UUID!) { invitationRevoke(id: $id) { invitation { revokedAt } } }`, { id: withdrawn.invitation.id }, manager);
    expect(rev.data!.invitationRevoke.invitation.revokedAt).toBeTruthy();
    expect((await h.gql(ACCEPT, { t: withdrawn.token }, someone)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', state: 'REVOKED' });
    const mine = await h.gql(`{ projects { nodes { key } } }`, {}, someone);
    expect(mine.data!.projects.nodes).toEqual([]);
  });

  it('answers the same whether the address has an account or not, and never with a person', async () => {
    const other = await h.user('Has An Account');
    const known = await invite(other.email, 'MEMBER', 'Whoever');
    const unknown = await invite('no.account.here@example.test', 'MEMBER', 'Whoever');
    const shape = (r: typeof known) => ({ ...r.invitation, id: typeof r.invitation.id, email: typeof r.invitation.email, expiresAt: typeof r.invitation.expiresAt, token: r.token.length });
    expect(shape(known)).toEqual(shape(unknown));
    expect(known.invitation.name).toBe('Whoever');
    const fields = await h.gql(`{ __type(name: "InvitationCreatePayload") { fields { name } } }`);
    expect(fields.data!.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(['changeNumber', 'invitation', 'token']);
    const inv = await h.gql(`{ __type(name: "Invitation") { fields { name } } }`);
    expect(inv.data!.__type.fields.map((f: { name: string }) => f.name)).not.toContain('user');
  });

  it('checks the invite: owner role only from an owner, a name of at most 100 characters, a valid address', async () => {
    const owners = await h.gql(INVITE, { i: { projectId, email: 'boss@example.test', role: 'OWNER' } }, manager);
    expect(owners.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const long = await h.gql(INVITE, { i: { projectId, email: 'long@example.test', role: 'MEMBER', name: 'x'.repeat(101) } }, owner);
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const bad = await h.gql(INVITE, { i: { projectId, email: 'not an address', role: 'MEMBER' } }, owner);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    const member = await h.gql(INVITE, { i: { projectId, email: manager.email, role: 'MEMBER' } }, owner);
    expect(member.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('members and viewers cannot list the invitations', async () => {
    const viewer = await h.user('Vera Viewer');
    await h.join(projectId, viewer, 'VIEWER', owner);
    const r = await h.gql(`query($id: UUID!) { project(id: $id) { invitations { id } } }`, { id: projectId }, viewer);
    expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
