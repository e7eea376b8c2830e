import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collect, startHarness, type Credentials, type Harness, type TestUser } from '../../../test/harness.js';

/**
 * The portfolio on real PostgreSQL: each project's figures and health from its own rows, a project
 * without a baseline still listed with its baseline figures empty, only the viewer's projects, and
 * the same number of SQL statements for 2 projects as for 20, changed or not, plans changed or not.
 */
let h: Harness;
let pm: TestUser;
let viewer: TestUser;
let stranger: TestUser;

const SCHEDULE = `query($id: UUID!) { project(id: $id) { schedule { finish tasks { taskId milestone finish } } } }`;

const ok = async (q: string, v: Record<string, unknown>, as: Credentials = pm) => {
  const r = await h.gql(q, v, as);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};

const PORTFOLIO = `query($f: PortfolioFilter, $s: PortfolioSort, $d: Boolean) {
  portfolio(filter: $f, sort: $s, descending: $d) {
    total
    managers { id name }
    projects {
      key name status methodology statusDate percentComplete hasBaseline spi cpi bac pv ev ac
      baselineFinish forecastFinish finishVarianceDays budget budgetBurnPercent openIssues openBlockingIssues
      managers { name }
      topRisk { key title score }
      nextMilestone { key name baselineFinish forecastFinish }
      health { overall areas { area colour reasons } }
    }
  }
}`;

async function project(key: string, extra: Record<string, unknown> = {}, as: Credentials = pm): Promise<string> {
  return (await ok(`mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { project { id } } }`, { i: { key, name: `Project ${key}`, startDate: '2026-03-02', ...extra } }, as)).projectCreate.project.id;
}

async function task(projectId: string, name: string, extra: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  return (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id version } } }`, { i: { projectId, name, ...extra } })).taskCreate.task;
}

let erp: string;
let crm: string;

beforeAll(async () => {
  h = await startHarness();
  pm = await h.user('Priya Manager');
  viewer = await h.user('Victor Viewer');
  stranger = await h.user('Sam Stranger');

  // ERP: one 10-day task costed by a resource, a milestone, a baseline; then half done, 3,000 spent.
  erp = await project('ERP', { budget: 10000, methodology: 'WATERFALL', status: 'ACTIVE' });
  await h.join(erp, viewer, 'VIEWER', pm);
  const build = await task(erp, 'Build interfaces', { durationDays: 10 });
  await task(erp, 'Go-live', { kind: 'MILESTONE' });
  const res = (await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, { i: { projectId: erp, name: 'Developer', standardRate: 100 } })).resourceCreate.resource.id;
  await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: build.id, resourceId: res } });
  await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Approved plan") { baseline { id } } }`, { p: erp });
  const current = (await ok(`query($id: UUID!) { task(id: $id) { version } }`, { id: build.id })).task;
  await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: build.id, version: current.version, percentComplete: 50 } });
  await ok(`mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id } } }`, { i: { taskId: build.id, date: '2026-03-05', amount: 3000 } });
  // Every task was due by the status date: PV is the whole budget at completion.
  await ok(`mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { changeNumber } }`, { i: { projectId: erp, statusDate: '2026-03-20' } });
  await ok(`mutation($i: RiskCreateInput!) { riskCreate(input: $i) { risk { id } } }`, { i: { projectId: erp, title: 'Vendor API late', probability: 4, impactSchedule: 5 } });
  await ok(`mutation($i: RiskCreateInput!) { riskCreate(input: $i) { risk { id } } }`, { i: { projectId: erp, title: 'Minor typo risk', probability: 1, impactSchedule: 1 } });
  await ok(`mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }`, { i: { projectId: erp, title: 'Test server down', type: 'BLOCKER', severity: 'HIGH', dueDate: '2026-03-01' } });
  await ok(`mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }`, { i: { projectId: erp, title: 'Question on VAT', type: 'QUESTION', severity: 'LOW' } });

  // CRM: no baseline, no budget.
  crm = await project('CRM', { methodology: 'SCRUM' });
  await h.join(crm, viewer, 'MEMBER', pm);
  await task(crm, 'Import contacts', { durationDays: 2 });

  // A project the viewer is not part of.
  await project('HR', {}, stranger);
});
afterAll(() => h?.close());

describe('portfolio', () => {
  it('gives each project its figures, measured against its newest baseline', async () => {
    const { portfolio } = await ok(PORTFOLIO, {});
    expect(portfolio.total).toBe(2);
    const e = portfolio.projects.find((p: { key: string }) => p.key === 'ERP');
    expect(e).toMatchObject({ name: 'Project ERP', status: 'ACTIVE', methodology: 'WATERFALL', statusDate: '2026-03-20', hasBaseline: true, ac: 3000, budget: 10000, budgetBurnPercent: 30 });
    expect(e.managers).toEqual([{ name: 'Priya Manager' }]);
    // Build interfaces: 10 days x 8 h x 100 = 8,000; half done.
    expect(e.bac).toBe(8000);
    expect(e.ev).toBe(4000);
    expect(e.pv).toBe(8000);
    expect(e.spi).toBeCloseTo(0.5, 5);
    expect(e.cpi).toBeCloseTo(4000 / 3000, 5);
    expect(e.percentComplete).toBe(50);
    expect(e.baselineFinish).toBe('2026-03-13');
    // The computed schedule's finish, as the Gantt shows it: the 5 days left of Build interfaces
    // after the status date (Friday 20 March) take the next week.
    const schedule = (await ok(SCHEDULE, { id: erp })).project.schedule;
    expect(e.forecastFinish).toBe(schedule.finish.slice(0, 10));
    expect(e.forecastFinish).toBe('2026-03-27');
    expect(e.finishVarianceDays).toBe(14);
    expect(e.topRisk).toEqual({ key: 'ERP-R1', title: 'Vendor API late', score: 20 });
    expect(e.openIssues).toBe(2);
    expect(e.openBlockingIssues).toBe(1);
    // Go-live fell on the first day in the baseline and is not done: its forecast is its date in the schedule.
    const goLive = schedule.tasks.find((t: { milestone: boolean }) => t.milestone);
    expect(e.nextMilestone).toMatchObject({ name: 'Go-live', baselineFinish: '2026-03-02', forecastFinish: goLive.finish.slice(0, 10) });
    expect(goLive.finish.slice(0, 10) > '2026-03-02').toBe(true);
  });

  it('assesses health by the shared rules, with the reasons', async () => {
    const { portfolio } = await ok(PORTFOLIO, {});
    const e = portfolio.projects.find((p: { key: string }) => p.key === 'ERP');
    const area = (name: string) => e.health.areas.find((a: { area: string }) => a.area === name);
    expect(e.health.overall).toBe('RED');
    expect(area('SCHEDULE').colour).toBe('RED');
    expect(area('SCHEDULE').reasons).toContain('SPI 0.50 is below 0.85');
    expect(area('SCHEDULE').reasons.join(' ')).toMatch(/Go-live is forecast \d+ days after its baseline/);
    expect(area('COST')).toMatchObject({ colour: 'GREEN' });
    expect(area('RISKS')).toMatchObject({ colour: 'RED', reasons: ['Risk "Vendor API late" scores 20 (red from 15)'] });
    expect(area('ISSUES').colour).toBe('RED');
    expect(area('ISSUES').reasons[0]).toBe('Blocking issue "Test server down" is overdue');
  });

  it("takes the project's own health rules (set for its status reports) over the defaults", async () => {
    const risks = async () => (await ok(PORTFOLIO, {})).portfolio.projects.find((p: { key: string }) => p.key === 'ERP').health.areas.find((a: { area: string }) => a.area === 'RISKS');
    await ok(`mutation($p: UUID!, $i: HealthRulesInput!) { healthRulesSet(projectId: $p, input: $i) { rules { riskRedScore } } }`, { p: erp, i: { riskRedScore: 21 } });
    expect(await risks()).toMatchObject({ colour: 'AMBER', reasons: ['Risk "Vendor API late" scores 20 (amber from 8)'] });
    await ok(`mutation($p: UUID!, $i: HealthRulesInput!) { healthRulesSet(projectId: $p, input: $i) { rules { riskRedScore } } }`, { p: erp, i: {} });
    expect((await risks()).colour).toBe('RED');
  });

  it('lists a project without a baseline with its baseline figures empty', async () => {
    const { portfolio } = await ok(PORTFOLIO, {});
    const c = portfolio.projects.find((p: { key: string }) => p.key === 'CRM');
    expect(c).toMatchObject({ hasBaseline: false, spi: null, cpi: null, bac: null, pv: null, ev: null, ac: 0, baselineFinish: null, finishVarianceDays: null, budget: null, budgetBurnPercent: null, topRisk: null, nextMilestone: null, openIssues: 0 });
    // Its schedule forecasts a finish all the same (no variance without a baseline).
    expect(c.forecastFinish).toBe((await ok(SCHEDULE, { id: crm })).project.schedule.finish.slice(0, 10));
    expect(c.health.overall).toBe('GREEN');
    expect(c.health.areas.find((a: { area: string }) => a.area === 'SCHEDULE').reasons).toEqual(['No baseline to measure the schedule against']);
  });

  it('follows a write at once: the figures are never older than the project', async () => {
    const before = (await ok(PORTFOLIO, {})).portfolio.projects.find((p: { key: string }) => p.key === 'CRM');
    expect(before.openIssues).toBe(0);
    await ok(`mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }`, { i: { projectId: crm, title: 'Contacts without e-mail', severity: 'HIGH' } });
    const after = (await ok(PORTFOLIO, {})).portfolio.projects.find((p: { key: string }) => p.key === 'CRM');
    expect(after.openIssues).toBe(1);
    expect(after.health.overall).toBe('AMBER');
  });

  it('shows a person only the projects they belong to', async () => {
    const mine = await ok(PORTFOLIO, {}, viewer);
    expect(mine.portfolio.projects.map((p: { key: string }) => p.key)).toEqual(['CRM', 'ERP']);
    const theirs = await ok(PORTFOLIO, {}, stranger);
    expect(theirs.portfolio.projects.map((p: { key: string }) => p.key)).toEqual(['HR']);
    const anonymous = await h.gql(PORTFOLIO, {});
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('filters by status, methodology, manager and health, and sorts', async () => {
    const keys = async (v: Record<string, unknown>) => (await ok(PORTFOLIO, v)).portfolio.projects.map((p: { key: string }) => p.key);
    expect(await keys({ f: { health: ['RED'] } })).toEqual(['ERP']);
    expect(await keys({ f: { health: ['GREEN', 'AMBER'] } })).toEqual(['CRM']);
    expect(await keys({ f: { methodology: ['SCRUM'] } })).toEqual(['CRM']);
    expect(await keys({ f: { status: ['ACTIVE'] } })).toEqual(['ERP']);
    expect(await keys({ f: { managerId: pm.id } })).toEqual(['CRM', 'ERP']);
    expect(await keys({ f: { managerId: viewer.id } })).toEqual([]);
    expect(await keys({ s: 'HEALTH', d: true })).toEqual(['ERP', 'CRM']);
    expect(await keys({ s: 'NAME', d: true })).toEqual(['ERP', 'CRM']);
    // Empty values last, whichever the direction.
    expect(await keys({ s: 'SPI' })).toEqual(['ERP', 'CRM']);
    expect(await keys({ s: 'SPI', d: true })).toEqual(['ERP', 'CRM']);
    const r = await h.gql(PORTFOLIO, { s: 'LOUDEST' });
    expect(r.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('counts the budget added by approved change requests as scope growth, until a published report covers it', async () => {
    const scope = async () => (await ok(PORTFOLIO, {})).portfolio.projects.find((p: { key: string }) => p.key === 'ERP').health.areas.find((a: { area: string }) => a.area === 'SCOPE');
    const approver = await h.user('Ada Approver');
    await h.join(erp, approver, 'MANAGER', pm);
    const fields = 'id version';
    const step = async (name: string, cr: { id: string; version: number }, as: Credentials = pm) =>
      (await ok(`mutation($i: ChangeRequestStepInput!) { ${name}(input: $i) { changeRequest { ${fields} } } }`, { i: { id: cr.id, version: cr.version, reason: 'Agreed' } }, as))[name].changeRequest;
    let cr = (await ok(`mutation($i: ChangeRequestCreateInput!) { changeRequestCreate(input: $i) { changeRequest { ${fields} } } }`, {
      i: { projectId: erp, title: 'Second data centre', category: 'SCOPE', reason: 'Audit finding', changeSet: { budgetDelta: 1200 } },
    })).changeRequestCreate.changeRequest;
    cr = await step('changeRequestSubmit', cr);
    cr = await step('changeRequestStartReview', cr);
    cr = (await ok(`mutation($id: UUID!) { changeRequestPreview(id: $id) { changeRequest { ${fields} } } }`, { id: cr.id })).changeRequestPreview.changeRequest;
    await step('changeRequestApprove', cr, approver);
    expect(await scope()).toMatchObject({ colour: 'RED', reasons: ['Approved changes add 12.0 % to the budget (over 10 %)'] });
    // A published report whose period covers the approval: the next period starts clean.
    const report = (await ok(`mutation($i: StatusReportCreateInput!) { statusReportCreate(input: $i) { report { id } } }`, { i: { projectId: erp, periodStart: '2026-03-01', periodEnd: new Date().toISOString().slice(0, 10) } })).statusReportCreate.report;
    await ok(`mutation($id: UUID!) { statusReportPublish(id: $id) { report { id } } }`, { id: report.id });
    expect((await scope()).colour).toBe('GREEN');
  });

  it('spreads planned value over working time as the earned-value page does, weekends and holidays left out', async () => {
    const cal = await project('CAL', { budget: 5000 });
    const work = await task(cal, 'Configure ledgers', { durationDays: 10 });
    const res = (await ok(`mutation($i: ResourceCreateInput!) { resourceCreate(input: $i) { resource { id } } }`, { i: { projectId: cal, name: 'Consultant', standardRate: 50 } })).resourceCreate.resource.id;
    await ok(`mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } } }`, { i: { taskId: work.id, resourceId: res } });
    await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Plan") { baseline { id } } }`, { p: cal });
    const current = (await ok(`query($id: UUID!) { task(id: $id) { version } }`, { id: work.id })).task;
    await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: work.id, version: current.version, percentComplete: 30 } });
    // Friday of the first week, a day off on Wednesday: four of the ten working days have passed.
    const calendarId = (await ok(`mutation($i: CalendarCreateInput!) { calendarCreate(input: $i) { calendar { id } } }`, { i: { projectId: cal, name: 'Office', exceptions: [{ from: '2026-03-04', name: 'Holiday' }] } })).calendarCreate.calendar.id;
    await ok(`mutation($i: PlanSettingsInput!) { planSettingsUpdate(input: $i) { changeNumber } }`, { i: { projectId: cal, statusDate: '2026-03-06', calendarId } });
    const engine = (await ok(`query($id: UUID!) { project(id: $id) { earnedValue(statusDate: "2026-03-06") { project { pv ev spi } } } }`, { id: cal })).project.earnedValue.project;
    const row = (await ok(PORTFOLIO, {})).portfolio.projects.find((p: { key: string }) => p.key === 'CAL');
    expect(row.pv).toBeCloseTo(engine.pv, 2);
    expect(row.ev).toBeCloseTo(engine.ev, 2);
    expect(row.spi).toBeCloseTo(engine.spi, 6);
  });

  it("forecasts each project's finish and next milestone from its computed schedule, as the Gantt shows them, after a link or a duration moves it", async () => {
    const key = 'GNT';
    const id = await project(key);
    const design = await task(id, 'Design', { durationDays: 3 });
    const build = await task(id, 'Build', { durationDays: 2 });
    const launch = await task(id, 'Launch', { kind: 'MILESTONE' });
    await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Plan") { baseline { id } } }`, { p: id });
    const row = async () => (await ok(PORTFOLIO, {})).portfolio.projects.find((p: { key: string }) => p.key === key);
    const gantt = async () => {
      const schedule = (await ok(SCHEDULE, { id })).project.schedule;
      return { finish: schedule.finish.slice(0, 10), launch: schedule.tasks.find((t: { taskId: string }) => t.taskId === launch.id).finish.slice(0, 10) };
    };
    const link = (from: string, to: string) => ok(`mutation($i: DependencyCreateInput!) { dependencyCreate(input: $i) { dependency { id } } }`, { i: { predecessorId: from, successorId: to } });
    // The portfolio is asked first each time: it schedules a project whose plan changed since.
    let r = await row();
    let g = await gantt();
    expect(r).toMatchObject({ forecastFinish: g.finish, finishVarianceDays: 0, nextMilestone: { name: 'Launch', forecastFinish: g.launch } });
    const before = g.finish;
    // Linked end to end: Build after Design, Launch after Build.
    await link(design.id, build.id);
    await link(build.id, launch.id);
    r = await row();
    g = await gantt();
    expect(g.finish > before).toBe(true);
    expect(r).toMatchObject({ forecastFinish: g.finish, nextMilestone: { forecastFinish: g.launch } });
    expect(r.finishVarianceDays).toBeGreaterThan(0);
    // A longer design pushes both out again.
    const current = (await ok(`query($id: UUID!) { task(id: $id) { version } }`, { id: design.id })).task;
    await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: design.id, version: current.version, durationDays: 8 } });
    const pushed = await row();
    const gPushed = await gantt();
    expect(gPushed.finish > g.finish).toBe(true);
    expect(pushed).toMatchObject({ forecastFinish: gPushed.finish, nextMilestone: { forecastFinish: gPushed.launch } });
  });

  it('runs the same number of SQL statements for 2 projects as for 20', async () => {
    const few = await h.user('Few');
    const many = await h.user('Many');
    const manyIds: string[] = [];
    for (let i = 0; i < 20; i++) {
      const id = await project(`SQ${i}`, { budget: 1000 }, many);
      manyIds.push(id);
      const t = (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId: id, name: 'Work', durationDays: 3 } }, many)).taskCreate.task;
      await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId: id, name: 'Milestone', kind: 'MILESTONE' } }, many);
      if (i % 2 === 0) await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "B") { baseline { id } } }`, { p: id }, many);
      await ok(`mutation($i: RiskCreateInput!) { riskCreate(input: $i) { risk { id } } }`, { i: { projectId: id, title: 'R', probability: 2, impactCost: 2 } }, many);
      await ok(`mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }`, { i: { projectId: id, title: 'I' } }, many);
      await ok(`mutation($i: CostEntryCreateInput!) { costEntryCreate(input: $i) { costEntry { id } } }`, { i: { taskId: t.id, date: '2026-03-03', amount: 10 } }, many);
      if (i < 2) await h.join(id, few, 'MEMBER', many);
    }
    // Count every statement the server sends while it answers one portfolio request.
    const runner = h.app.dataSource.createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
    await runner.release();
    const original = proto.query;
    let statements = 0;
    proto.query = function (this: unknown, ...args: unknown[]) {
      statements++;
      return original.apply(this, args);
    };
    const count = async (as: Credentials) => {
      statements = 0;
      const r = await ok(PORTFOLIO, {}, as);
      return { n: statements, projects: r.portfolio.projects.length };
    };
    // Every project written to (as a write takes the project's next change number, ADR 0004) without touching its plan.
    const bump = (ids: string[]) =>
      h.app.dataSource.query(`INSERT INTO project_changes (project_id, change) SELECT unnest($1::uuid[]), 1 ON CONFLICT (project_id) DO UPDATE SET change = project_changes.change + 1`, [ids]);
    try {
      // The first look at these projects schedules each of them (their forecasts are recorded then).
      const first = await count(many);
      expect(first.projects).toBe(20);
      await bump(manyIds);
      // Computed afresh: few's 2 projects, then many's 20 (18 of them not computed since the write).
      const a = await count(few);
      const b = await count(many);
      expect(a.projects).toBe(2);
      expect(b.projects).toBe(20);
      expect(b.n).toBe(a.n);
      expect(a.n).toBeGreaterThanOrEqual(8);
      expect(a.n).toBeLessThanOrEqual(13);
      expect(first.n).toBeGreaterThan(a.n);
      // Unchanged since: the figures are reused, in fewer statements, the same for 2 and 20.
      const c = await count(few);
      const d = await count(many);
      expect(d.n).toBe(c.n);
      expect(c.n).toBeLessThan(a.n);
      // A write to one of the 20 projects: only its figures are computed again, in the same statements.
      await ok(`mutation($i: RiskCreateInput!) { riskCreate(input: $i) { risk { id } } }`, { i: { projectId: manyIds[5]!, title: 'Late change', probability: 5, impactCost: 5 } }, many);
      const e = await count(many);
      expect(e.n).toBe(a.n);
      // A plan changed (a duration): that project is scheduled again, by the schedule service's statements.
      const work = (await h.app.dataSource.query(`SELECT id, version FROM tasks WHERE project_id = $1 AND kind = 'TASK'`, [manyIds[7]]))[0];
      await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: work.id, version: work.version, durationDays: 5 } }, many);
      const f = await count(many);
      expect(f.n).toBeGreaterThan(a.n);
      // Once scheduled it is recorded: a write elsewhere costs the usual statements again.
      await bump(manyIds);
      expect((await count(many)).n).toBe(a.n);
      // Every plan changed (a duration each): the plans are read together, as many statements for 20 as for 2.
      const lengthen = async (ids: string[]) => {
        await h.app.dataSource.query(`UPDATE tasks SET duration_days = duration_days + 1 WHERE project_id = ANY($1::uuid[]) AND kind = 'TASK'`, [ids]);
        await bump(ids);
      };
      await lengthen(manyIds.slice(0, 2));
      const g = await count(few);
      await lengthen(manyIds);
      const k = await count(many);
      expect(g.projects).toBe(2);
      expect(k.projects).toBe(20);
      expect(k.n).toBe(g.n);
      expect(k.n).toBeGreaterThan(a.n);
    } finally {
      proto.query = original;
    }
  });
});

describe('the schema examples for reporting tools, run with a read-only token', () => {
  const example = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../../schema/examples', name), 'utf8');
  let token: string;
  beforeAll(async () => {
    token = (await ok(`mutation { accessTokenCreate(input: { name: "BI", scope: READ }) { token } }`, {})).accessTokenCreate.token;
  });

  it('portfolio.graphql answers with every project, worst health first', async () => {
    const r = await h.gql(example('portfolio.graphql'), {}, { bearer: token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.portfolio.projects[0].health.overall).toBe('RED');
    expect(r.data!.portfolio.projects.find((p: { key: string }) => p.key === 'ERP')).toMatchObject({ health: { overall: 'RED' } });
    expect(r.data!.portfolio.projects.map((p: { key: string }) => p.key)).toContain('CRM');
  });

  it('as-of-earned-value.graphql answers for a past day', async () => {
    const r = await h.gql(example('as-of-earned-value.graphql'), { key: 'ERP', day: '2026-03-06' }, { bearer: token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.project.earnedValue.statusDate).toBe('2026-03-06');
    expect(r.data!.project.earnedValue.project.bac).toBe(8000);
    expect(r.data!.project.earnedValue.project.ac).toBe(3000);
  });

  it('as-of-progress.graphql answers from the recorded history for a day since the project began', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const r = await h.gql(example('as-of-progress.graphql'), { key: 'ERP', day: today }, { bearer: token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.project.earnedValue.statusDate).toBe(today);
    expect(r.data!.project.board.taskCount).toBe(2);
    expect(r.data!.project.tasks.nodes.map((t: { name: string }) => t.name)).toEqual(['Build interfaces', 'Go-live']);
    const early = await h.gql(example('as-of-progress.graphql'), { key: 'ERP', day: '2001-01-01' }, { bearer: token });
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('board-subscription.graphql delivers a new board after a change', async () => {
    const sub = collect(h.ws({ bearer: token }), example('board-subscription.graphql'), { projectId: crm });
    await vi.waitFor(() => expect(h.app.hub.watching('BOARD_UPDATED' as never, crm)).toBe(1));
    await task(crm, 'Clean duplicates', { durationDays: 1 });
    const [event] = await sub.until((e) => e.length > 0, 10_000);
    expect(event!.errors).toBeUndefined();
    expect(event!.data!.boardUpdated).toMatchObject({ projectKey: 'CRM' });
    sub.unsubscribe();
  });
});
