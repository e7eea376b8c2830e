import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadDocumentState } from '@trellis/collab';
import { readOutline, wbsDocName } from '@trellis/schema/wbs';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';

/**
 * Change control on real PostgreSQL: change sets checked against the plan, the impact previewed
 * on a what-if plan, the workflow rules, approval applying the change in one transaction (into
 * the WBS document too), and the decision log.
 */

let h: Harness;
let owner: TestUser;
let manager: TestUser;
let member: TestUser;
let other: TestUser;
let viewer: TestUser;

const CR_FIELDS = `id key version status title impact { base finishBefore finishAfter costBefore costAfter budgetBefore budgetAfter milestones { taskId name before after } becameCritical { taskId name } leftCritical { taskId name } overallocations { name daysBefore daysAfter } } previewCurrent history { fromStatus toStatus reason actor { name } } changeSet { addTasks { key name parentId durationDays } links { predecessorId successorId } }`;

async function ok<T = any>(query: string, vars: Record<string, unknown>, as: TestUser): Promise<T> {
  const r = await h.gql(query, vars, as);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

interface Plan {
  projectId: string;
  design: string;
  build: string;
  test: string;
  launch: string;
  phase: string;
}

/** A project with a phase (Design 3d → Build 5d) and Test 2d after Build, then a Launch milestone. */
async function newPlan(key: string): Promise<Plan> {
  const projectId = (await ok(`mutation($k: String!) { projectCreate(input: { key: $k, name: "Change control", startDate: "2026-03-02" }) { project { id } } }`, { k: key }, owner)).projectCreate.project.id;
  for (const [who, role] of [[manager, 'MANAGER'], [member, 'MEMBER'], [other, 'MEMBER'], [viewer, 'VIEWER']] as const) await h.join(projectId, who, role, owner);
  const task = async (name: string, durationDays: number, parentId?: string, kind?: string) =>
    (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name, durationDays, parentId, kind } }, owner)).taskCreate.task.id as string;
  const phase = await task('Delivery', 1);
  const design = await task('Design', 3, phase);
  const build = await task('Build', 5, phase);
  const test = await task('Test', 2);
  const launch = await task('Launch', 0, undefined, 'MILESTONE');
  const link = (p: string, s: string) => ok(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId: p, successorId: s } }, owner);
  await link(design, build);
  await link(build, test);
  await link(test, launch);
  return { projectId, design, build, test, launch, phase };
}

const create = (vars: Record<string, unknown>, as: TestUser) => h.gql(`mutation($i: ChangeRequestCreateInput!) { changeRequestCreate(input: $i) { changeNumber changeRequest { ${CR_FIELDS} } } }`, { i: vars }, as);
const step = (name: string, id: string, version: number, as: TestUser, reason?: string) =>
  h.gql(`mutation($i: ChangeRequestStepInput!) { ${name}(input: $i) { changeNumber changeRequest { ${CR_FIELDS} } } }`, { i: { id, version, reason } }, as);
const preview = (id: string, as: TestUser) => h.gql(`mutation($id: UUID!) { changeRequestPreview(id: $id) { changeRequest { ${CR_FIELDS} } } }`, { id }, as);
const scheduleFinish = async (projectId: string) => (await ok(`query($p: UUID!) { project(id: $p) { schedule { finish } } }`, { p: projectId }, owner)).project.schedule.finish as string;
const liveTasks = async (projectId: string) =>
  (await h.app.dataSource.query(`SELECT id, name, duration_days::float8 AS d FROM tasks WHERE project_id = $1 AND archived_at IS NULL ORDER BY wbs_sort`, [projectId])) as { id: string; name: string; d: number }[];

/** Raises a request as `as`, submits it and takes it under review as the owner; returns the request as it then is. */
async function underReview(p: Plan, changeSet: Record<string, unknown>, as: TestUser = member) {
  const c = await create({ projectId: p.projectId, title: 'Add a security review', category: 'SCOPE', reason: 'Audit finding', changeSet }, as);
  expect(c.errors).toBeUndefined();
  let cr = c.data!.changeRequestCreate.changeRequest;
  cr = (await step('changeRequestSubmit', cr.id, cr.version, as)).data!.changeRequestSubmit.changeRequest;
  cr = (await step('changeRequestStartReview', cr.id, cr.version, manager)).data!.changeRequestStartReview.changeRequest;
  cr = (await preview(cr.id, as)).data!.changeRequestPreview.changeRequest;
  return cr;
}

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Olivia Owner');
  manager = await h.user('Mina Manager');
  member = await h.user('Alex Morgan');
  other = await h.user('Omar Other');
  viewer = await h.user('Vera Viewer');
});
afterAll(async () => h?.close());

describe('change sets are checked against the plan', () => {
  it('a link that would close a cycle is refused, naming the link, and nothing is written', async () => {
    const p = await newPlan('CYC');
    const r = await create({ projectId: p.projectId, title: 'Loop', category: 'SCHEDULE', changeSet: { durations: [{ taskId: p.build, durationDays: 4 }], links: [{ predecessorId: p.design, successorId: p.launch }, { predecessorId: p.launch, successorId: p.design }] } }, member);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changeSet.links[1].predecessorId' });
    const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM change_requests WHERE project_id = $1`, [p.projectId]);
    expect(n).toBe(0);
  });

  it('a deleted or unknown task is refused with the path of the field that names it', async () => {
    const p = await newPlan('DEL');
    await ok(`mutation($id: UUID!) { taskDelete(id: $id) { task { id } } }`, { id: p.test }, owner);
    const gone = await create({ projectId: p.projectId, title: 'Longer test', category: 'SCHEDULE', changeSet: { durations: [{ taskId: p.design, durationDays: 4 }, { taskId: p.test, durationDays: 5 }] } }, member);
    expect(gone.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changeSet.durations[1].taskId' });
    const unknown = await create({ projectId: p.projectId, title: 'Under nothing', category: 'SCOPE', changeSet: { addTasks: [{ key: 'n1', name: 'Orphan', parentId: '7c1f0f7e-7b0a-4c7e-9a57-6d1b1f1f1f1f', durationDays: 1 }] } }, member);
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changeSet.addTasks[0].parentId' });
    const negative = await create({ projectId: p.projectId, title: 'Negative', category: 'SCHEDULE', changeSet: { durations: [{ taskId: p.design, durationDays: -1 }] } }, member);
    expect(negative.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changeSet.durations[0].durationDays' });
    const [{ n }] = await h.app.dataSource.query(`SELECT count(*)::int AS n FROM change_requests WHERE project_id = $1`, [p.projectId]);
    expect(n).toBe(0);
  });
});

describe('impact preview', () => {
  it('schedules a what-if plan and leaves the live plan and its dates untouched', async () => {
    const p = await newPlan('PRV');
    const before = await liveTasks(p.projectId);
    const finish = await scheduleFinish(p.projectId);
    const cr = await underReview(p, {
      addTasks: [{ key: 'sec', name: 'Security review', parentId: p.phase, durationDays: 4 }],
      links: [{ predecessorId: p.build, successorId: 'sec' }, { predecessorId: 'sec', successorId: p.test }],
      budgetDelta: 1500,
    });
    const impact = cr.impact;
    expect(impact.finishBefore).toBe(finish);
    expect(impact.finishAfter > impact.finishBefore).toBe(true);
    expect(impact.milestones).toEqual([{ taskId: p.launch, name: 'Launch', before: impact.finishBefore, after: impact.finishAfter }]);
    expect(impact.becameCritical).toEqual([{ taskId: 'new:sec', name: 'Security review' }]);
    expect(impact.budgetAfter).toBe(1500);
    expect(cr.previewCurrent).toBe(true);
    expect(await liveTasks(p.projectId)).toEqual(before);
    expect(await scheduleFinish(p.projectId)).toBe(finish);
  });

  it('editing the change set clears the preview', async () => {
    const p = await newPlan('CLR');
    const cr = await underReview(p, { durations: [{ taskId: p.build, durationDays: 8 }] });
    expect(cr.impact).not.toBeNull();
    const d = (await step('changeRequestDefer', cr.id, cr.version, manager, 'Wait for the budget round')).data!.changeRequestDefer.changeRequest;
    const u = await h.gql(`mutation($i: ChangeRequestUpdateInput!) { changeRequestUpdate(input: $i) { changeRequest { version impact { base } } } }`, { i: { id: cr.id, version: d.version, changeSet: { durations: [{ taskId: p.build, durationDays: 6 }] } } }, member);
    expect(u.errors).toBeUndefined();
    expect(u.data!.changeRequestUpdate.changeRequest.impact).toBeNull();
  });
});

describe('workflow', () => {
  it('approval applies the change set in one transaction: tasks, links, durations, budget, the WBS document, a baseline and a decision', async () => {
    const p = await newPlan('APP');
    const cr0 = await create({ projectId: p.projectId, title: 'Security review', category: 'SCOPE', takeBaseline: true, changeSet: {
      addTasks: [{ key: 'sec', name: 'Security review', parentId: p.phase, durationDays: 4 }, { key: 'pen', name: 'Pen test', parentId: 'sec', durationDays: 2 }],
      links: [{ predecessorId: p.build, successorId: 'sec' }],
      removeLinks: [{ predecessorId: p.test, successorId: p.launch }],
      durations: [{ taskId: p.design, durationDays: 6 }],
      budgetDelta: 2500,
      scopeItems: ['Security hardening'],
    } }, member);
    expect(cr0.errors).toBeUndefined();
    let cr = cr0.data!.changeRequestCreate.changeRequest;
    cr = (await step('changeRequestSubmit', cr.id, cr.version, member)).data!.changeRequestSubmit.changeRequest;
    cr = (await preview(cr.id, manager)).data!.changeRequestPreview.changeRequest;
    const approved = await step('changeRequestApprove', cr.id, cr.version, manager, 'Required by the audit');
    expect(approved.errors).toBeUndefined();
    const done = approved.data!.changeRequestApprove;
    expect(done.changeRequest.status).toBe('APPROVED');
    expect(typeof done.changeNumber).toBe('number');
    expect(done.changeRequest.history.map((s: { toStatus: string }) => s.toStatus)).toEqual(['DRAFT', 'SUBMITTED', 'APPROVED']);
    expect(done.changeRequest.history[2]).toMatchObject({ fromStatus: 'SUBMITTED', reason: 'Required by the audit', actor: { name: 'Mina Manager' } });

    const tasks = await liveTasks(p.projectId);
    const sec = tasks.find((t) => t.name === 'Security review')!;
    const pen = tasks.find((t) => t.name === 'Pen test')!;
    expect(pen.d).toBe(2);
    expect(tasks.find((t) => t.id === p.design)!.d).toBe(6);
    const [parent] = await h.app.dataSource.query(`SELECT parent_id FROM tasks WHERE id = $1`, [pen.id]);
    expect(parent.parent_id).toBe(sec.id);
    const links = await h.app.dataSource.query(`SELECT predecessor_id AS p, successor_id AS s FROM task_dependencies WHERE project_id = $1`, [p.projectId]);
    expect(links).toContainEqual({ p: p.build, s: sec.id });
    expect(links).not.toContainEqual({ p: p.test, s: p.launch });
    const [{ budget }] = await h.app.dataSource.query(`SELECT budget::float8 AS budget FROM projects WHERE id = $1`, [p.projectId]);
    expect(budget).toBe(2500);

    // The new tasks are in the WBS document, where open outlines see them.
    const pool = new pg.Pool({ connectionString: h.databaseUrl, max: 1 });
    try {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await loadDocumentState((sql, params) => pool.query(sql, params as unknown[]), wbsDocName(p.projectId)))!.update);
      const outline = readOutline(doc);
      expect(outline.byId.get(sec.id)?.name).toBe('Security review');
      expect(outline.byId.get(pen.id)?.parentId).toBe(sec.id);
    } finally {
      await pool.end();
    }

    const baselines = (await ok(`query($p: UUID!) { project(id: $p) { baselines { name } } }`, { p: p.projectId }, owner)).project.baselines;
    expect(baselines.map((b: { name: string }) => b.name)).toContain('CR-1 Security review');
    const decisions = (await ok(`query($p: UUID!) { project(id: $p) { decisions { nodes { key title rationale decidedBy { name } linkedChangeRequests { key } } } } }`, { p: p.projectId }, owner)).project.decisions.nodes;
    expect(decisions).toEqual([{ key: 'D-1', title: 'Approved CR-1 Security review', rationale: 'Required by the audit', decidedBy: [{ name: 'Mina Manager' }], linkedChangeRequests: [{ key: 'CR-1' }] }]);

    const summaries = (await ok(`query($p: UUID!) { project(id: $p) { activity(first: 50) { nodes { summary } } } }`, { p: p.projectId }, owner)).project.activity.nodes.map((a: { summary: string }) => a.summary);
    expect(summaries).toEqual(expect.arrayContaining([
      'Alex Morgan raised CR-1 Security review',
      'Alex Morgan submitted CR-1 Security review',
      'Mina Manager previewed the impact of CR-1 Security review',
      'Mina Manager approved CR-1 Security review: Required by the audit',
      'Mina Manager applied CR-1 Security review to the plan',
      'Mina Manager recorded decision D-1 Approved CR-1 Security review',
    ]));

    // Deciding twice is refused with its own code.
    const again = await step('changeRequestReject', cr.id, done.changeRequest.version, owner, 'Changed my mind');
    expect(again.errors![0]!.extensions!.code).toBe('ALREADY_DECIDED');
  });

  it('a preview whose plan has moved on refuses approval until previewed again', async () => {
    const p = await newPlan('STL');
    const cr = await underReview(p, { durations: [{ taskId: p.build, durationDays: 9 }] });
    const t = (await ok(`query($id: UUID!) { task(id: $id) { version } }`, { id: p.test }, owner)).task;
    await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: p.test, version: t.version, durationDays: 3 } }, owner);
    const current = (await ok(`query($id: UUID!) { changeRequest(id: $id) { version previewCurrent } }`, { id: cr.id }, manager)).changeRequest;
    expect(current.previewCurrent).toBe(false);
    const stale = await step('changeRequestApprove', cr.id, current.version, manager);
    expect(stale.errors![0]!.extensions!.code).toBe('STALE_PREVIEW');
    expect((await liveTasks(p.projectId)).find((x) => x.id === p.build)!.d).toBe(5);
    const again = (await preview(cr.id, manager)).data!.changeRequestPreview.changeRequest;
    const approved = await step('changeRequestApprove', cr.id, again.version, manager);
    expect(approved.errors).toBeUndefined();
    expect((await liveTasks(p.projectId)).find((x) => x.id === p.build)!.d).toBe(9);
  });

  it('the requester cannot approve their own request; reject and defer need a reason; deferred may be resubmitted', async () => {
    const p = await newPlan('SLF');
    const own = await underReview(p, { durations: [{ taskId: p.build, durationDays: 7 }] }, manager);
    const self = await step('changeRequestApprove', own.id, own.version, manager);
    expect(self.errors![0]!.extensions!.code).toBe('SELF_APPROVAL');
    const noReason = await step('changeRequestReject', own.id, own.version, owner);
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const deferred = (await step('changeRequestDefer', own.id, own.version, owner, 'After the release')).data!.changeRequestDefer.changeRequest;
    expect(deferred.status).toBe('DEFERRED');
    const resubmitted = await step('changeRequestSubmit', own.id, deferred.version, manager);
    expect(resubmitted.data!.changeRequestSubmit.changeRequest.status).toBe('SUBMITTED');
    // A member may not decide; a stale version is a CONFLICT.
    const byMember = await step('changeRequestReject', own.id, resubmitted.data!.changeRequestSubmit.changeRequest.version, member, 'No');
    expect(byMember.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const staleVersion = await step('changeRequestReject', own.id, deferred.version, owner, 'No');
    expect(staleVersion.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('a named change board decides instead of owners and managers', async () => {
    const p = await newPlan('CCB');
    const set = await h.gql(`mutation($p: UUID!, $m: [UUID!]!) { changeBoardSet(projectId: $p, memberIds: $m) { changeBoard { members { name } } } }`, { p: p.projectId, m: [other.id] }, owner);
    expect(set.data!.changeBoardSet.changeBoard.members).toEqual([{ name: 'Omar Other' }]);
    const badBoard = await h.gql(`mutation($p: UUID!, $m: [UUID!]!) { changeBoardSet(projectId: $p, memberIds: $m) { changeBoard { memberIds } } }`, { p: p.projectId, m: [viewer.id] }, owner);
    expect(badBoard.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberIds[0]' });
    const c = (await create({ projectId: p.projectId, title: 'Shorter test', category: 'SCHEDULE', changeSet: { durations: [{ taskId: p.test, durationDays: 1 }] } }, member)).data!.changeRequestCreate.changeRequest;
    const s = (await step('changeRequestSubmit', c.id, c.version, member)).data!.changeRequestSubmit.changeRequest;
    const byManager = await step('changeRequestStartReview', s.id, s.version, manager);
    expect(byManager.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const r = (await step('changeRequestStartReview', s.id, s.version, other)).data!.changeRequestStartReview.changeRequest;
    const pv = (await preview(r.id, other)).data!.changeRequestPreview.changeRequest;
    const approved = await step('changeRequestApprove', pv.id, pv.version, other);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.changeRequestApprove.changeRequest.status).toBe('APPROVED');
  });

  it('lists filter by status, category and requester, and sort', async () => {
    const p = await newPlan('LST');
    for (const [title, category, as] of [['Alpha', 'SCOPE', member], ['Beta', 'COST', other], ['Gamma', 'SCOPE', other]] as const) {
      expect((await create({ projectId: p.projectId, title, category }, as)).errors).toBeUndefined();
    }
    const q = `query($p: UUID!, $f: ChangeRequestFilter, $s: ChangeRequestSort) { project(id: $p) { changeRequests(filter: $f, sort: $s) { totalCount nodes { title } } } }`;
    const list = async (f: Record<string, unknown>, s?: string) => (await ok(q, { p: p.projectId, f, s }, viewer)).project.changeRequests;
    expect((await list({ categories: ['SCOPE'] }, 'TITLE_ASC')).nodes).toEqual([{ title: 'Alpha' }, { title: 'Gamma' }]);
    expect((await list({ requestedById: other.id }, 'NUMBER_ASC')).nodes).toEqual([{ title: 'Beta' }, { title: 'Gamma' }]);
    expect((await list({ statuses: ['SUBMITTED'] })).totalCount).toBe(0);
    expect((await list({ search: 'CR-2' })).nodes).toEqual([{ title: 'Beta' }]);
  });
});

describe('decision log', () => {
  it('creates, updates with a version (stale = CONFLICT) and deletes decisions', async () => {
    const p = await newPlan('DEC');
    const c = await h.gql(`mutation($i: DecisionCreateInput!) { decisionCreate(input: $i) { changeNumber decision { id key version title decidedBy { name } decidedByText linkedTasks { name } } } }`, {
      i: { projectId: p.projectId, title: 'Use the managed database', rationale: 'Less to run', alternatives: 'Self-hosted PostgreSQL', decidedByIds: [manager.id], decidedByText: 'Steering committee', decidedOn: '2026-03-03', linkedTaskIds: [p.build] },
    }, member);
    expect(c.errors).toBeUndefined();
    const d = c.data!.decisionCreate.decision;
    expect(d).toMatchObject({ key: 'D-1', decidedBy: [{ name: 'Mina Manager' }], decidedByText: 'Steering committee', linkedTasks: [{ name: 'Build' }] });
    const byViewer = await h.gql(`mutation($i: DecisionCreateInput!) { decisionCreate(input: $i) { decision { id } } }`, { i: { projectId: p.projectId, title: 'No', decidedByText: 'Me' } }, viewer);
    expect(byViewer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const u = await h.gql(`mutation($i: DecisionUpdateInput!) { decisionUpdate(input: $i) { decision { version title } } }`, { i: { id: d.id, version: d.version, title: 'Use the managed database service' } }, owner);
    expect(u.data!.decisionUpdate.decision).toEqual({ version: d.version + 1, title: 'Use the managed database service' });
    const stale = await h.gql(`mutation($i: DecisionUpdateInput!) { decisionUpdate(input: $i) { decision { version } } }`, { i: { id: d.id, version: d.version, title: 'Late edit' } }, member);
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    const badLink = await h.gql(`mutation($i: DecisionUpdateInput!) { decisionUpdate(input: $i) { decision { version } } }`, { i: { id: d.id, version: d.version + 1, linkedTaskIds: [p.build, p.phase, '7c1f0f7e-7b0a-4c7e-9a57-6d1b1f1f1f1f'] } }, member);
    expect(badLink.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.linkedTaskIds[2]' });
    const del = await h.gql(`mutation($id: UUID!) { decisionDelete(id: $id) { decision { key } } }`, { id: d.id }, owner);
    expect(del.data!.decisionDelete.decision.key).toBe('D-1');
    const summaries = (await ok(`query($p: UUID!) { project(id: $p) { activity(first: 20) { nodes { summary } } } }`, { p: p.projectId }, owner)).project.activity.nodes.map((a: { summary: string }) => a.summary);
    expect(summaries).toEqual(expect.arrayContaining([
      'Alex Morgan recorded decision D-1 Use the managed database',
      'Olivia Owner set the title of D-1 Use the managed database to Use the managed database service',
      'Olivia Owner deleted decision D-1 Use the managed database service',
    ]));
  });
});
