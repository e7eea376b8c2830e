import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Credentials, type Harness, type TestUser } from '../../../test/harness.js';

/** The stakeholder register, the communication plan and the RACI on a real database, through GraphQL. */
let h: Harness;
let owner: TestUser;
let member: TestUser;
let outsider: TestUser;
let n = 0;

async function ok(query: string, variables: Record<string, unknown> = {}, as: Credentials = owner) {
  const r = await h.gql(query, variables, as);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

async function project(): Promise<string> {
  n++;
  const id = (await ok(`mutation($k: String!) { projectCreate(input: { key: $k, name: "ERP rollout", startDate: "2030-01-01" }) { project { id } } }`, { k: `STK${n}` })).projectCreate.project.id;
  await h.join(id, member, 'MEMBER', owner);
  return id;
}

const CREATE = `mutation($i: StakeholderCreateInput!) { stakeholderCreate(input: $i) { changeNumber stakeholder { id version name strategy engagementGap email memberId } } }`;
const create = async (projectId: string, fields: Record<string, unknown>) => (await ok(CREATE, { i: { projectId, interest: 3, influence: 3, ...fields } })).stakeholderCreate.stakeholder;
const count = async (table: string, projectId: string) => Number((await h.app.dataSource.query(`SELECT count(*) AS n FROM ${table} WHERE project_id = $1`, [projectId]))[0].n);
const sentences = async (projectId: string) =>
  ((await ok(`query($p: UUID!) { project(id: $p) { activity(first: 50) { nodes { summary } } } }`, { p: projectId })).project.activity.nodes as { summary: string }[]).map((a) => a.summary);

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Alex Morgan');
  member = await h.user('Ana Lee');
  outsider = await h.user('Olga Out');
});
afterAll(() => h?.close());

describe('stakeholder register', () => {
  it('computes each stakeholder’s strategy (3 and up is high) and engagement gap, and says it in the activity', async () => {
    const p = await project();
    const cfo = await create(p, { name: 'Carla CFO', influence: 5, interest: 3, currentEngagement: 'RESISTANT', desiredEngagement: 'SUPPORTIVE', email: 'carla@example.com' });
    const audit = await create(p, { name: 'Internal audit', influence: 3, interest: 2 });
    const users = await create(p, { name: 'Key users', influence: 2, interest: 5 });
    const it = await create(p, { name: 'IT operations', influence: 1, interest: 2, memberId: member.id });
    expect([cfo.strategy, audit.strategy, users.strategy, it.strategy]).toEqual(['MANAGE_CLOSELY', 'KEEP_SATISFIED', 'KEEP_INFORMED', 'MONITOR']);
    expect(cfo.engagementGap).toBe(2);
    expect(it.memberId).toBe(member.id);
    expect(await sentences(p)).toContain('Alex Morgan added stakeholder Carla CFO');

    const list = async (args: string) =>
      ((await ok(`query($p: UUID!) { project(id: $p) { stakeholders(${args}) { totalCount nodes { name } } } }`, { p })).project.stakeholders as { totalCount: number; nodes: { name: string }[] });
    expect((await list('orderBy: { field: INFLUENCE, descending: true }')).nodes.map((s) => s.name)).toEqual(['Carla CFO', 'Internal audit', 'Key users', 'IT operations']);
    expect((await list('filter: { strategies: [KEEP_INFORMED, MONITOR] }')).nodes.map((s) => s.name)).toEqual(['IT operations', 'Key users']);
    expect((await list('filter: { withGap: true }')).nodes.map((s) => s.name)).toEqual(['Carla CFO', 'Internal audit', 'IT operations', 'Key users']);
    expect((await list('filter: { search: "audit" }')).totalCount).toBe(1);
    expect((await list('first: 2')).nodes).toHaveLength(2);
  });

  it('refuses bad input naming the field and writes nothing', async () => {
    const p = await project();
    const bad: [Record<string, unknown>, string][] = [
      [{ name: 'A', interest: 0 }, 'input.interest'],
      [{ name: 'A', influence: 6 }, 'input.influence'],
      [{ name: 'A', email: 'not-an-address' }, 'input.email'],
      [{ name: 'A', memberId: outsider.id }, 'input.memberId'],
      [{ name: '  ' }, 'input.name'],
    ];
    for (const [fields, field] of bad) {
      const r = await h.gql(CREATE, { i: { projectId: p, interest: 3, influence: 3, ...fields } }, owner);
      expect(r.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const s = await create(p, { name: 'Sam Sponsor' });
    const before = await count('activities', p);
    const r = await h.gql(`mutation($i: StakeholderUpdateInput!) { stakeholderUpdate(input: $i) { stakeholder { id } } }`, { i: { id: s.id, version: s.version, influence: 4, interest: 9 } }, owner);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.interest' });
    expect(await count('stakeholders', p)).toBe(1);
    expect(await count('activities', p)).toBe(before);
    const row = await h.app.dataSource.query('SELECT influence, version FROM stakeholders WHERE id = $1', [s.id]);
    expect(row[0]).toEqual({ influence: 3, version: 1 });
  });

  it('updates with a version and answers CONFLICT on a stale one', async () => {
    const p = await project();
    const s = await create(p, { name: 'Vendor PM' });
    const UPDATE = `mutation($i: StakeholderUpdateInput!) { stakeholderUpdate(input: $i) { changeNumber stakeholder { version influence strategy } } }`;
    const done = (await ok(UPDATE, { i: { id: s.id, version: 1, influence: 1, currentEngagement: 'SUPPORTIVE' } }, member)).stakeholderUpdate;
    expect(done.stakeholder).toEqual({ version: 2, influence: 1, strategy: 'KEEP_INFORMED' });
    expect(done.changeNumber).toBeGreaterThan(0);
    const stale = await h.gql(UPDATE, { i: { id: s.id, version: 1, influence: 5 } }, owner);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const said = await sentences(p);
    expect(said).toContain('Ana Lee set the influence of Vendor PM to 1');
    expect(said).toContain('Ana Lee set the current engagement of Vendor PM to Supportive');
  });

  it('keeps groups within the project and takes a deleted stakeholder out of groups and audiences', async () => {
    const p = await project();
    const other = await project();
    const a = await create(p, { name: 'Board member' });
    const foreign = await create(other, { name: 'Elsewhere' });
    const GROUP = `mutation($i: StakeholderGroupCreateInput!) { stakeholderGroupCreate(input: $i) { group { id version name stakeholderIds } } }`;
    const r = await h.gql(GROUP, { i: { projectId: p, name: 'Steering committee', stakeholderIds: [a.id, foreign.id] } }, owner);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stakeholderIds[1]' });
    expect(await count('stakeholder_groups', p)).toBe(0);
    const g = (await ok(GROUP, { i: { projectId: p, name: 'Steering committee', stakeholderIds: [a.id] } })).stakeholderGroupCreate.group;
    expect(g.stakeholderIds).toEqual([a.id]);
    const item = (await ok(`mutation($i: CommunicationItemCreateInput!) { communicationItemCreate(input: $i) { item { id } } }`, {
      i: { projectId: p, kind: 'STEERING_COMMITTEE', channel: 'MEETING', audienceStakeholderIds: [a.id], audienceGroupIds: [g.id], cadence: { kind: 'WEEKLY', weekday: 2, startsOn: '2030-01-01' } },
    })).communicationItemCreate.item;
    await ok(`mutation($id: UUID!) { stakeholderDelete(id: $id, version: 1) { stakeholder { id } } }`, { id: a.id });
    const after = (await ok(`query($p: UUID!) { project(id: $p) { stakeholderGroups { stakeholderIds } communicationItems { nodes { id audienceStakeholderIds audienceGroupIds } } } }`, { p })).project;
    expect(after.stakeholderGroups[0].stakeholderIds).toEqual([]);
    expect(after.communicationItems.nodes).toEqual([{ id: item.id, audienceStakeholderIds: [], audienceGroupIds: [g.id] }]);
    expect(await sentences(p)).toContain('Alex Morgan deleted stakeholder Board member');
  });
});

const ITEM = `mutation($i: CommunicationItemCreateInput!) { communicationItemCreate(input: $i) { changeNumber item { id version title nextDue overdue lastHeld cadence { kind weekday everyWeeks monthDay startsOn } } } }`;
const HOLD = `mutation($i: CommunicationItemHoldInput!) { communicationItemHold(input: $i) { item { version nextDue overdue lastHeld occurrences { heldOn dueOn notes } } } }`;

describe('communication plan', () => {
  it('refuses a bad cadence, owner or audience naming the field, and writes nothing', async () => {
    const p = await project();
    const other = await project();
    const foreignGroup = (await ok(`mutation($i: StakeholderGroupCreateInput!) { stakeholderGroupCreate(input: $i) { group { id } } }`, { i: { projectId: other, name: 'Finance' } })).stakeholderGroupCreate.group.id;
    const bad: [Record<string, unknown>, string][] = [
      [{ cadence: { kind: 'MONTHLY_DAY', monthDay: 0 } }, 'input.cadence.monthDay'],
      [{ cadence: { kind: 'WEEKLY', weekday: 9 } }, 'input.cadence.weekday'],
      [{ cadence: { kind: 'EVERY_N_WEEKS', weekday: 1, everyWeeks: 0 } }, 'input.cadence.everyWeeks'],
      [{ cadence: { kind: 'ONCE' } }, 'input.cadence.date'],
      [{ cadence: { kind: 'WEEKLY', weekday: 1 }, ownerId: outsider.id }, 'input.ownerId'],
      [{ cadence: { kind: 'WEEKLY', weekday: 1 }, audienceGroupIds: [foreignGroup] }, 'input.audienceGroupIds[0]'],
      [{ cadence: { kind: 'WEEKLY', weekday: 1 }, kind: 'OTHER' }, 'input.title'],
    ];
    for (const [fields, field] of bad) {
      const r = await h.gql(ITEM, { i: { projectId: p, kind: 'STATUS_REPORT', channel: 'EMAIL', ...fields } }, owner);
      expect(r.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count('communication_items', p)).toBe(0);
  });

  it('computes the next due day on the project calendar’s working days, across weekends and holidays', async () => {
    const p = await project();
    await ok(`mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }`, {
      i: { projectId: p, name: 'Company', projectCalendar: true, exceptions: [{ name: 'New year', from: '2030-01-01' }, { name: 'Closure', from: '2030-01-07', to: '2030-01-08' }] },
    });
    const item = async (cadence: Record<string, unknown>) => (await ok(ITEM, { i: { projectId: p, kind: 'STATUS_REPORT', channel: 'EMAIL', ownerId: member.id, cadence } })).communicationItemCreate.item;
    // 2030-01-05 is a Saturday: Monday the 7th and Tuesday the 8th are closed, so Wednesday the 9th.
    expect((await item({ kind: 'WEEKLY', weekday: 6, startsOn: '2030-01-01' })).nextDue).toBe('2030-01-09');
    // 1 January is a holiday: the first working day of the month is the 2nd.
    expect((await item({ kind: 'MONTHLY_FIRST_WORKING_DAY', startsOn: '2030-01-01' })).nextDue).toBe('2030-01-02');
    // Day 31 in February is its last day, the 28th (a Thursday).
    expect((await item({ kind: 'MONTHLY_DAY', monthDay: 31, startsOn: '2030-02-01' })).nextDue).toBe('2030-02-28');
    const fortnightly = await item({ kind: 'EVERY_N_WEEKS', weekday: 1, everyWeeks: 2, startsOn: '2030-01-01' });
    expect(fortnightly.nextDue).toBe('2030-01-09');
    expect(fortnightly.title).toBe('Status report');

    const held = (await ok(HOLD, { i: { id: fortnightly.id, version: fortnightly.version, heldOn: '2030-01-09', notes: 'Go-live date agreed' } }, member)).communicationItemHold.item;
    expect(held).toMatchObject({ version: 2, nextDue: '2030-01-21', lastHeld: '2030-01-09', occurrences: [{ heldOn: '2030-01-09', dueOn: '2030-01-09', notes: 'Go-live date agreed' }] });
    const stale = await h.gql(HOLD, { i: { id: fortnightly.id, version: 1 } }, owner);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await sentences(p)).toContain('Ana Lee held Status report on 2030-01-09');
  });

  it('flags an item overdue until it is held, and a held one-off has nothing more due', async () => {
    const p = await project();
    const weekly = (await ok(ITEM, { i: { projectId: p, kind: 'NEWSLETTER', channel: 'EMAIL', cadence: { kind: 'WEEKLY', weekday: 3, startsOn: '2020-01-01' } } })).communicationItemCreate.item;
    expect(weekly).toMatchObject({ nextDue: '2020-01-01', overdue: true, lastHeld: null });
    const overdue = (await ok(`query($p: UUID!) { project(id: $p) { communicationItems(filter: { overdue: true }) { nodes { id } } } }`, { p })).project.communicationItems.nodes;
    expect(overdue).toEqual([{ id: weekly.id }]);
    const held = (await ok(HOLD, { i: { id: weekly.id, version: weekly.version } })).communicationItemHold.item;
    const today = new Date().toISOString().slice(0, 10);
    expect(held.overdue).toBe(false);
    expect(held.nextDue > today).toBe(true);
    expect(held.lastHeld).toBe(today);

    const once = (await ok(ITEM, { i: { projectId: p, kind: 'DEMO', channel: 'VIDEO_CALL', cadence: { kind: 'ONCE', date: '2030-03-09' } } })).communicationItemCreate.item;
    expect(once.nextDue).toBe('2030-03-11');
    const after = (await ok(HOLD, { i: { id: once.id, version: once.version, heldOn: '2030-03-11' } })).communicationItemHold.item;
    expect(after).toMatchObject({ nextDue: null, overdue: false });
  });

  it('updates with a version and CONFLICT, and sorts by the next due day', async () => {
    const p = await project();
    const a = (await ok(ITEM, { i: { projectId: p, kind: 'OTHER', title: 'Town hall', channel: 'MEETING', cadence: { kind: 'MONTHLY_DAY', monthDay: 15, startsOn: '2030-01-01' } } })).communicationItemCreate.item;
    await ok(ITEM, { i: { projectId: p, kind: 'DEMO', title: 'Sprint demo', channel: 'VIDEO_CALL', cadence: { kind: 'WEEKLY', weekday: 4, startsOn: '2030-01-01' } } });
    const UPDATE = `mutation($i: CommunicationItemUpdateInput!) { communicationItemUpdate(input: $i) { item { version channel nextDue } } }`;
    expect((await ok(UPDATE, { i: { id: a.id, version: 1, channel: 'VIDEO_CALL', cadence: { kind: 'MONTHLY_DAY', monthDay: 2, startsOn: '2030-01-01' } } })).communicationItemUpdate.item).toEqual({
      version: 2,
      channel: 'VIDEO_CALL',
      nextDue: '2030-01-02',
    });
    expect((await h.gql(UPDATE, { i: { id: a.id, version: 1, channel: 'CHAT' } }, owner)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const titles = (await ok(`query($p: UUID!) { project(id: $p) { communicationItems { nodes { title } } } }`, { p })).project.communicationItems.nodes.map((i: { title: string }) => i.title);
    expect(titles).toEqual(['Town hall', 'Sprint demo']);
    expect(await sentences(p)).toContain('Alex Morgan set the channel of Town hall to Video call');
  });
});

const SET = `mutation($i: RaciCellSetInput!) { raciCellSet(input: $i) { changeNumber change { letter implied flags } } }`;
const MATRIX = `query($p: UUID!, $b: UUID) { project(id: $p) { raci(branchId: $b) { parties { id kind name } rows { name depth wbsCode assigneeId flags cells { partyId letter implied } } } } }`;

describe('RACI', () => {
  async function outline(p: string) {
    const task = async (name: string, parentId?: string) => (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`, { i: { projectId: p, name, parentId } })).taskCreate.task;
    const design = await task('Design');
    const mapping = await task('Data mapping', design.id);
    const build = await task('Build');
    return { design, mapping, build };
  }

  it('shows the assignee’s implied R, flags rows, lets a cell override it, and filters by branch', async () => {
    const p = await project();
    const { design, mapping, build } = await outline(p);
    await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: mapping.id, version: mapping.version, assigneeId: member.id } });
    const sponsor = await create(p, { name: 'Sam Sponsor' });
    let m = (await ok(MATRIX, { p })).project.raci;
    expect(m.parties.map((x: { name: string }) => x.name)).toEqual(['Alex Morgan', 'Ana Lee', 'Sam Sponsor']);
    expect(m.rows.map((r: { name: string; depth: number }) => [r.name, r.depth])).toEqual([['Design', 0], ['Data mapping', 1], ['Build', 0]]);
    expect(m.rows[1].cells).toEqual([{ partyId: member.id, letter: 'R', implied: true }]);
    expect(m.rows[1].flags).toEqual(['NO_ACCOUNTABLE']);
    expect(m.rows[0].flags).toEqual(['NO_ACCOUNTABLE', 'NO_RESPONSIBLE']);

    expect((await ok(SET, { i: { taskId: mapping.id, partyId: sponsor.id, letter: 'A' } }, member)).raciCellSet.change).toEqual({ letter: 'A', implied: false, flags: [] });
    expect((await ok(SET, { i: { taskId: mapping.id, partyId: owner.id, letter: 'A' } })).raciCellSet.change.flags).toEqual(['MANY_ACCOUNTABLE']);
    // An explicit blank on the assignee overrides the implied R.
    expect((await ok(SET, { i: { taskId: mapping.id, partyId: member.id, letter: null } })).raciCellSet.change).toEqual({ letter: null, implied: false, flags: ['MANY_ACCOUNTABLE', 'NO_RESPONSIBLE'] });
    m = (await ok(MATRIX, { p, b: design.id })).project.raci;
    expect(m.rows.map((r: { name: string }) => r.name)).toEqual(['Design', 'Data mapping']);
    // The blank is kept as a cell of its own: it is what hides the implied R.
    expect(m.rows[1].cells).toEqual(
      expect.arrayContaining([
        { partyId: sponsor.id, letter: 'A', implied: false },
        { partyId: owner.id, letter: 'A', implied: false },
        { partyId: member.id, letter: null, implied: false },
      ]),
    );
    expect(m.rows[1].cells).toHaveLength(3);
    expect(build.id).toBeTruthy();
    const said = await sentences(p);
    expect(said.some((s) => /^Ana Lee set Sam Sponsor to A on STK\d+-\d+ Data mapping$/.test(s))).toBe(true);
    expect(said.some((s) => /^Alex Morgan cleared Ana Lee's RACI letter on STK\d+-\d+ Data mapping$/.test(s))).toBe(true);
  });

  it('is an idempotent upsert: the same letter again writes nothing', async () => {
    const p = await project();
    const { build } = await outline(p);
    const first = (await ok(SET, { i: { taskId: build.id, partyId: member.id, letter: 'C' } })).raciCellSet;
    expect(first.changeNumber).toBeGreaterThan(0);
    const before = await count('activities', p);
    const again = (await ok(SET, { i: { taskId: build.id, partyId: member.id, letter: 'C' } })).raciCellSet;
    expect(again.changeNumber).toBeNull();
    expect(await count('activities', p)).toBe(before);
    expect(await count('raci_cells', p)).toBe(1);
    // Clearing a non-assignee leaves no row.
    await ok(SET, { i: { taskId: build.id, partyId: member.id, letter: null } });
    expect(await count('raci_cells', p)).toBe(0);
  });

  it('refuses a party of another project and a task or branch of another project', async () => {
    const p = await project();
    const other = await project();
    const { build } = await outline(p);
    const elsewhere = await create(other, { name: 'Elsewhere' });
    const r = await h.gql(SET, { i: { taskId: build.id, partyId: elsewhere.id, letter: 'I' } }, owner);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.partyId' });
    const r2 = await h.gql(SET, { i: { taskId: build.id, partyId: outsider.id, letter: 'I' } }, owner);
    expect(r2.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.partyId' });
    const r3 = await h.gql(MATRIX, { p: other, b: build.id }, owner);
    expect(r3.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'branchId' });
    const foreignTask = await h.gql(SET, { i: { taskId: build.id, partyId: member.id, letter: 'I' } }, outsider);
    expect(foreignTask.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.taskId' });
    expect(await count('raci_cells', p)).toBe(0);
  });
});
