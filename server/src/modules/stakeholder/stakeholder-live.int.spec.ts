import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collect, startHarness, type Harness, type TestUser } from '../../../test/harness.js';

/** The register's subscriptions: a change by one person reaches the others, numbered like the write. */
let h: Harness;
let owner: TestUser;
let member: TestUser;
let projectId: string;

const ok = async (query: string, variables: Record<string, unknown>, as: TestUser = owner) => {
  const r = await h.gql(query, variables, as);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Owner');
  member = await h.user('Member');
  projectId = (await ok(`mutation { projectCreate(input: { key: "LIVE", name: "Live" }) { project { id } } }`, {})).projectCreate.project.id;
  await h.join(projectId, member, 'MEMBER', owner);
});
afterAll(() => h?.close());

describe('register subscriptions', () => {
  it('stakeholderChanged and communicationChanged carry the action, the id and the change number', async () => {
    const people = collect(h.ws(member), `subscription($p: UUID!) { stakeholderChanged(projectId: $p) { action stakeholderId changeNumber actorId } }`, { p: projectId });
    const plan = collect(h.ws(member), `subscription($p: UUID!) { communicationChanged(projectId: $p) { action itemId changeNumber } }`, { p: projectId });
    await vi.waitFor(() => {
      expect(h.app.hub.watching('STAKEHOLDER_CHANGED', projectId)).toBe(1);
      expect(h.app.hub.watching('COMMUNICATION_CHANGED', projectId)).toBe(1);
    });
    const created = (await ok(`mutation($i: StakeholderCreateInput!) { stakeholderCreate(input: $i) { changeNumber stakeholder { id } } }`, { i: { projectId, name: 'CIO', interest: 5, influence: 5 } })).stakeholderCreate;
    const [e] = await people.until((evs) => evs.length >= 1);
    expect(e!.data!.stakeholderChanged).toEqual({ action: 'CREATED', stakeholderId: created.stakeholder.id, changeNumber: created.changeNumber, actorId: owner.id });

    const item = (await ok(`mutation($i: CommunicationItemCreateInput!) { communicationItemCreate(input: $i) { item { id version } } }`, {
      i: { projectId, kind: 'STATUS_REPORT', channel: 'EMAIL', cadence: { kind: 'WEEKLY', weekday: 1 } },
    })).communicationItemCreate.item;
    const held = (await ok(`mutation($i: CommunicationItemHoldInput!) { communicationItemHold(input: $i) { changeNumber } }`, { i: { id: item.id, version: item.version } })).communicationItemHold;
    const evs = await plan.until((x) => x.length >= 2);
    expect(evs.map((x) => x.data!.communicationChanged)).toEqual([
      { action: 'CREATED', itemId: item.id, changeNumber: expect.any(Number) },
      { action: 'HELD', itemId: item.id, changeNumber: held.changeNumber },
    ]);
    people.unsubscribe();
    plan.unsubscribe();
  });

  it('raciChanged brings each cell set by someone else with the row’s flags; the last write to a cell wins', async () => {
    const taskId = (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Go-live' } })).taskCreate.task.id;
    const watcher = collect(h.ws(owner), `subscription($p: UUID!) { raciChanged(projectId: $p) { taskId partyId letter implied flags actorId } }`, { p: projectId });
    await vi.waitFor(() => expect(h.app.hub.watching('RACI_CHANGED', projectId)).toBe(1));
    const SET = `mutation($i: RaciCellSetInput!) { raciCellSet(input: $i) { change { letter } } }`;
    // Two people set different cells of one row at the same time: neither conflicts.
    await Promise.all([ok(SET, { i: { taskId, partyId: member.id, letter: 'R' } }, member), ok(SET, { i: { taskId, partyId: owner.id, letter: 'A' } }, owner)]);
    await ok(SET, { i: { taskId, partyId: owner.id, letter: 'C' } }, member);
    const evs = (await watcher.until((x) => x.length >= 3)).map((x) => x.data!.raciChanged);
    expect(evs.slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ partyId: member.id, letter: 'R', actorId: member.id }),
        expect.objectContaining({ partyId: owner.id, letter: 'A', actorId: owner.id }),
      ]),
    );
    // The second of the two saw the first's letter: its flags are the whole row's.
    expect(evs[1]!.flags).toEqual([]);
    expect(evs[2]).toEqual({ taskId, partyId: owner.id, letter: 'C', implied: false, flags: ['NO_ACCOUNTABLE'], actorId: member.id });
    const cells = await h.app.dataSource.query('SELECT party_id, letter FROM raci_cells WHERE task_id = $1 ORDER BY letter', [taskId]);
    expect(cells).toEqual([{ party_id: owner.id, letter: 'C' }, { party_id: member.id, letter: 'R' }]);
    watcher.unsubscribe();
  });

  it('a stranger subscribing gets NOT_FOUND', async () => {
    const stranger = await h.user('Stranger');
    const sub = collect(h.ws(stranger), `subscription($p: UUID!) { raciChanged(projectId: $p) { taskId } }`, { p: projectId });
    await sub.until(() => sub.done || sub.events.length > 0);
    const errs = (sub.events[0]?.errors ?? sub.error ?? []) as unknown as { extensions?: { code?: string } }[];
    expect(errs[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
