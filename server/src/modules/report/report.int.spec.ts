import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../../../test/harness.js';
import { StatusReports1765900000000 } from '../../database/migrations/1765900000000-StatusReports.js';

/**
 * Status reports on a real database: pre-filled health by the project's rules, tuned rules,
 * overrides and periods refused with the field at fault, publishing that freezes every figure,
 * exports, and stakeholder links that work without signing in until revoked.
 */
let h: Harness;
let owner: TestUser;
let manager: TestUser;
let viewer: TestUser;
let stranger: TestUser;
let n = 0;

const FIGURES = `figures {
  overall
  health { area colour computed reasons overrideReason }
  milestones { key name baselineFinish forecastFinish actualFinish slipDays }
  earnedValue { spi cpi }
  trend { number spi cpi }
  risks { key title score }
  issues { key title }
  accomplishments { key name }
  planned { key name }
  burndown { date remaining }
  curve { date pv }
}`;
const REPORT = `id number title periodStart periodEnd status version narrative publishedHealth ${FIGURES}`;

async function ok<T = Record<string, any>>(q: string, v: Record<string, unknown>, as: TestUser = owner): Promise<T> {
  const r = await h.gql<T>(q, v, as);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

async function project(): Promise<{ projectId: string; riskId: string; taskId: string }> {
  n++;
  const projectId = (await ok(`mutation($k: String!) { projectCreate(input: { key: $k, name: "Reports ${n}", startDate: "2026-03-02", budget: 10000 }) { project { id } } }`, { k: `RP${n}` })).projectCreate.project.id;
  await h.join(projectId, manager, 'MANAGER', owner);
  await h.join(projectId, viewer, 'VIEWER', owner);
  const taskId = (await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Install racks', durationDays: 5 } })).taskCreate.task.id;
  await ok(`mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }`, { i: { projectId, name: 'Go-live', kind: 'MILESTONE' } });
  await ok(`mutation($p: UUID!) { baselineCreate(projectId: $p, name: "Plan of record") { baseline { id } } }`, { p: projectId });
  const riskId = (await ok(`mutation($i: RiskCreateInput!) { riskCreate(input: $i) { risk { id score } } }`, {
    i: { projectId, title: 'Vendor insolvency', probability: 5, impactCost: 5 },
  })).riskCreate.risk.id;
  return { projectId, riskId, taskId };
}

const create = (projectId: string, extra: Record<string, unknown> = {}, as: TestUser = owner) =>
  h.gql(`mutation($i: StatusReportCreateInput!) { statusReportCreate(input: $i) { report { ${REPORT} } } }`, { i: { projectId, ...extra } }, as);
const update = (i: Record<string, unknown>, as: TestUser = owner) => h.gql(`mutation($i: StatusReportUpdateInput!) { statusReportUpdate(input: $i) { report { ${REPORT} } } }`, { i }, as);
const read = async (id: string, as: TestUser = owner) => (await ok(`query($id: UUID!) { statusReport(id: $id) { ${REPORT} } }`, { id }, as)).statusReport;
const area = (report: { figures: { health: { area: string }[] } }, name: string) => report.figures.health.find((a) => a.area === name) as unknown as { colour: string; computed: string; reasons: string[]; overrideReason: string | null };

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Olivia Owner');
  manager = await h.user('Manu Manager');
  viewer = await h.user('Vera Viewer');
  stranger = await h.user('Stan Stranger');
});
afterAll(() => h?.close());

describe('status reports', () => {
  it('pre-fills health from live data by the default rules, each colour with its reasons', async () => {
    const { projectId } = await project();
    const r = await create(projectId, { periodStart: '2026-03-02', periodEnd: '2026-03-13' });
    expect(r.errors).toBeUndefined();
    const report = r.data!.statusReportCreate.report;
    expect(report).toMatchObject({ number: 1, title: 'Status report 1', status: 'DRAFT', periodStart: '2026-03-02', periodEnd: '2026-03-13', publishedHealth: null });
    expect(area(report, 'RISKS')).toMatchObject({ colour: 'RED', computed: 'RED' });
    expect(area(report, 'RISKS').reasons[0]).toContain('Vendor insolvency');
    expect(area(report, 'OVERALL').colour).toBe('RED');
    expect(area(report, 'OVERALL').reasons).toContain('Risks is red');
    expect(area(report, 'ISSUES')).toMatchObject({ colour: 'GREEN', reasons: ['No open issues'] });
    expect(report.figures.milestones).toEqual([expect.objectContaining({ name: 'Go-live', baselineFinish: expect.any(String), slipDays: 0 })]);
    expect(report.figures.risks[0]).toMatchObject({ key: 'R-1', score: 25 });
    // The next report starts the day after this one ended.
    const next = (await create(projectId, { periodEnd: '2026-03-27' })).data!.statusReportCreate.report;
    expect(next).toMatchObject({ number: 2, periodStart: '2026-03-14', periodEnd: '2026-03-27' });
  });

  it('follows the rules the project tunes, and refuses unsound rules with the field at fault', async () => {
    const { projectId } = await project();
    const report = (await create(projectId, { periodStart: '2026-03-02', periodEnd: '2026-03-13' })).data!.statusReportCreate.report;
    expect(area(report, 'RISKS').colour).toBe('RED');
    const bad = await h.gql(`mutation($p: UUID!, $i: HealthRulesInput!) { healthRulesSet(projectId: $p, input: $i) { rules { spiRed } } }`, { p: projectId, i: { spiRed: 0.99 } }, owner);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.spiRed' });
    const set = await ok(`mutation($p: UUID!, $i: HealthRulesInput!) { healthRulesSet(projectId: $p, input: $i) { rules { riskRedScore riskAmberScore spiAmber } } }`, { p: projectId, i: { riskRedScore: 25.5 } });
    expect(set.healthRulesSet.rules).toEqual({ riskRedScore: 25.5, riskAmberScore: 8, spiAmber: 0.95 });
    const again = await read(report.id);
    expect(area(again, 'RISKS').colour).toBe('AMBER');
    expect(area(again, 'RISKS').reasons[0]).toContain('amber from 8');
    expect((await ok(`query($id: UUID!) { project(id: $id) { healthRules { riskRedScore } } }`, { id: projectId }, viewer)).project.healthRules.riskRedScore).toBe(25.5);
    const byViewer = await h.gql(`mutation($p: UUID!, $i: HealthRulesInput!) { healthRulesSet(projectId: $p, input: $i) { rules { riskRedScore } } }`, { p: projectId, i: { riskRedScore: 20 } }, viewer);
    expect(byViewer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses a period that ends before it starts and an override without a reason, writing nothing', async () => {
    const { projectId } = await project();
    const backwards = await create(projectId, { periodStart: '2026-03-13', periodEnd: '2026-03-02' });
    expect(backwards.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.periodEnd' });
    expect(backwards.errors![0]!.message).toContain('before it starts');
    expect((await ok(`query($id: UUID!) { project(id: $id) { statusReports { id } } }`, { id: projectId })).project.statusReports).toEqual([]);

    const report = (await create(projectId, { periodStart: '2026-03-02', periodEnd: '2026-03-13' })).data!.statusReportCreate.report;
    const noReason = await update({ id: report.id, overrides: [{ area: 'SCHEDULE', colour: 'RED', reason: 'Supplier late' }, { area: 'RISKS', colour: 'GREEN', reason: '  ' }] });
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.overrides[1].reason' });
    const backwardsUpdate = await update({ id: report.id, periodEnd: '2026-03-01' });
    expect(backwardsUpdate.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.periodEnd' });
    const unchanged = await read(report.id);
    expect(unchanged.version).toBe(report.version);
    expect(area(unchanged, 'RISKS').overrideReason).toBeNull();

    const overridden = (await update({ id: report.id, version: report.version, overrides: [{ area: 'RISKS', colour: 'AMBER', reason: 'Insurance covers the vendor' }] })).data!.statusReportUpdate.report;
    expect(area(overridden, 'RISKS')).toMatchObject({ colour: 'AMBER', computed: 'RED', overrideReason: 'Insurance covers the vendor' });
    expect(area(overridden, 'OVERALL')).toMatchObject({ colour: 'AMBER', computed: 'AMBER' });
  });

  it('publishing freezes every figure and the narrative: changing the plan afterwards changes nothing in it', async () => {
    const { projectId, riskId, taskId } = await project();
    const draft = (await create(projectId, { periodStart: '2026-03-02', periodEnd: '2026-03-13', title: 'Week 11' })).data!.statusReportCreate.report;
    await update({ id: draft.id, narrative: 'Racks arrived.\n\nCabling starts Monday.' });
    const published = (await ok(`mutation($id: UUID!) { statusReportPublish(id: $id) { report { ${REPORT} publishedAt } } }`, { id: draft.id }, manager)).statusReportPublish.report;
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedHealth: 'RED', narrative: 'Racks arrived.\n\nCabling starts Monday.' });
    const before = await read(draft.id);

    // The plan moves on: the risk is closed, the task renamed and made longer, a severe issue logged, the rules tuned.
    const riskVersion = (await ok(`query($id: UUID!) { risk(id: $id) { version } }`, { id: riskId })).risk.version;
    await ok(`mutation($i: RiskUpdateInput!) { riskUpdate(input: $i) { risk { id } } }`, { i: { id: riskId, version: riskVersion, status: 'CLOSED' } });
    const taskVersion = (await ok(`query($id: UUID!) { task(id: $id) { version } }`, { id: taskId })).task.version;
    await ok(`mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: taskId, version: taskVersion, name: 'Install racks and PDUs', durationDays: 9 } });
    await ok(`mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { id } } }`, { i: { projectId, title: 'Power feed missing', severity: 'CRITICAL' } });
    await ok(`mutation($p: UUID!, $i: HealthRulesInput!) { healthRulesSet(projectId: $p, input: $i) { rules { riskRedScore } } }`, { p: projectId, i: { riskRedScore: 25, spiAmber: 1 } });

    const after = await read(draft.id);
    expect(after).toEqual(before);
    expect(area(after, 'RISKS').colour).toBe('RED');
    expect(after.figures.issues).toEqual([]);

    // A new draft sees the plan as it is now, and the trend carries the published figures.
    const next = (await create(projectId, { periodEnd: '2026-03-27' })).data!.statusReportCreate.report;
    expect(area(next, 'RISKS').colour).toBe('GREEN');
    expect(next.figures.issues).toEqual([expect.objectContaining({ title: 'Power feed missing' })]);
    expect(next.figures.trend.map((t: { number: number }) => t.number)).toEqual([1, 2]);

    // A published report takes no more edits and is not published twice.
    const edit = await update({ id: draft.id, title: 'Rewritten' });
    expect(edit.errors![0]!.extensions!.code).toBe('CONFLICT');
    const twice = await h.gql(`mutation($id: UUID!) { statusReportPublish(id: $id) { report { id } } }`, { id: draft.id }, owner);
    expect(twice.errors![0]!.extensions!.code).toBe('CONFLICT');
    const removed = await h.gql(`mutation($id: UUID!) { statusReportDelete(id: $id) { report { id } } }`, { id: draft.id }, owner);
    expect(removed.errors![0]!.extensions!.code).toBe('CONFLICT');
    const list = (await ok(`query($id: UUID!) { project(id: $id) { statusReports { number status publishedHealth } } }`, { id: projectId }, viewer)).project.statusReports;
    expect(list).toEqual([
      { number: 2, status: 'DRAFT', publishedHealth: null },
      { number: 1, status: 'PUBLISHED', publishedHealth: 'RED' },
    ]);
  });

  it('exports Markdown and PDF to members, and nothing to strangers or anonymous callers', async () => {
    const { projectId } = await project();
    const report = (await create(projectId, { periodStart: '2026-03-02', periodEnd: '2026-03-13', title: 'Week 11' })).data!.statusReportCreate.report;
    const md = await fetch(`${h.url}/api/reports/${report.id}.md`, { headers: { cookie: viewer.cookie! } });
    expect(md.status).toBe(200);
    expect(md.headers.get('content-disposition')).toContain(`RP${n}-status-report-1.md`);
    const text = await md.text();
    expect(text).toContain(`# Reports ${n} — Week 11`);
    expect(text).toContain('**Overall health: RED**');
    expect(text).toContain('Vendor insolvency');
    const pdf = await fetch(`${h.url}/api/reports/${report.id}.pdf`, { headers: { cookie: owner.cookie! } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await fetch(`${h.url}/api/reports/${report.id}.pdf`, { headers: { cookie: stranger.cookie! } })).status).toBe(404);
    expect((await fetch(`${h.url}/api/reports/${report.id}.md`)).status).toBe(401);
    expect((await fetch(`${h.url}/api/reports/00000000-0000-4000-8000-000000000000.md`, { headers: { cookie: owner.cookie! } })).status).toBe(404);
  });

  it('a stakeholder link shows the published reports of its project only, without signing in, until revoked', async () => {
    const { projectId } = await project();
    const other = await project();
    const draft = (await create(projectId, { periodStart: '2026-03-02', periodEnd: '2026-03-13' })).data!.statusReportCreate.report;
    const created = (await ok(`mutation($p: UUID!) { reportLinkCreate(projectId: $p, name: "Steering committee") { token link { id name prefix } } }`, { p: projectId })).reportLinkCreate;
    const view = `query($t: String!) { stakeholderReports(token: $t) { projectName latest { number title ${FIGURES} } reports { number } } }`;
    const first = await h.gql(view, { t: created.token });
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    const empty = first.data!.stakeholderReports;
    expect(empty).toMatchObject({ projectName: `Reports ${n - 1}`, latest: null, reports: [] });
    await ok(`mutation($id: UUID!) { statusReportPublish(id: $id) { report { id } } }`, { id: draft.id });
    await create(projectId, { periodEnd: '2026-03-27' }); // a draft stays out of the link's view
    await ok(`mutation($id: UUID!) { statusReportPublish(id: $id) { report { id } } }`, { id: (await create(other.projectId, {})).data!.statusReportCreate.report.id });
    const seen = (await h.gql(view, { t: created.token })).data!.stakeholderReports;
    expect(seen.latest.number).toBe(1);
    expect(seen.reports).toEqual([{ number: 1 }]);
    expect(seen.latest.figures.overall).toBe('RED');
    const pdf = await fetch(`${h.url}/api/report-links/${created.token}/1.pdf`);
    expect(pdf.status).toBe(200);
    expect((await fetch(`${h.url}/api/report-links/${created.token}/2.md`)).status).toBe(404);

    // Only owners and managers see and manage links.
    expect((await h.gql(`query($id: UUID!) { project(id: $id) { reportLinks { id } } }`, { id: projectId }, viewer)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await ok(`query($id: UUID!) { project(id: $id) { reportLinks { name } } }`, { id: projectId }, manager)).project.reportLinks).toEqual([{ name: 'Steering committee' }]);

    await ok(`mutation($id: UUID!) { reportLinkRevoke(id: $id) { link { revokedAt } } }`, { id: created.link.id });
    expect((await h.gql(view, { t: created.token })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await fetch(`${h.url}/api/report-links/${created.token}/1.pdf`)).status).toBe(404);
    expect((await h.gql(view, { t: 'trl_report_not-a-real-token' })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
  it('the narrative document: owners and managers write a draft, viewers read, strangers see nothing, a published one is read-only', async () => {
    const { projectId } = await project();
    const draft = (await ok(`mutation($i: StatusReportCreateInput!) { statusReportCreate(input: $i) { report { id narrativeDocument } } }`, { i: { projectId, periodStart: '2026-03-02', periodEnd: '2026-03-13' } })).statusReportCreate.report;
    expect(draft.narrativeDocument).toBe(`project/${projectId}/report/${draft.id}`);
    const ticket = (as: TestUser | undefined, document = draft.narrativeDocument) => h.gql(`mutation($d: String!) { collabTicket(document: $d) { canWrite document } }`, { d: document }, as);
    expect((await ticket(owner)).data!.collabTicket).toEqual({ canWrite: true, document: draft.narrativeDocument });
    expect((await ticket(manager)).data!.collabTicket.canWrite).toBe(true);
    expect((await ticket(viewer)).data!.collabTicket.canWrite).toBe(false);
    expect((await ticket(stranger)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const other = await project();
    expect((await ticket(owner, `project/${other.projectId}/report/${draft.id}`)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    await ok(`mutation($id: UUID!) { statusReportPublish(id: $id) { report { id } } }`, { id: draft.id });
    expect((await ticket(owner)).data!.collabTicket.canWrite).toBe(false);
  });
});

describe('status report access', () => {
  type Role = 'OWNER' | 'MANAGER' | 'VIEWER' | 'STRANGER' | 'ANONYMOUS';
  const ROLES: Role[] = ['OWNER', 'MANAGER', 'VIEWER', 'STRANGER', 'ANONYMOUS'];
  const as = (role: Role) => ({ OWNER: owner, MANAGER: manager, VIEWER: viewer, STRANGER: stranger, ANONYMOUS: undefined })[role];
  const refusal = (role: Role) => (role === 'ANONYMOUS' ? 'UNAUTHENTICATED' : role === 'STRANGER' ? 'NOT_FOUND' : 'FORBIDDEN');
  interface Fixture {
    projectId: string;
    draftId: string;
    linkId: string;
  }
  const CASES: { name: string; query: string; vars: (f: Fixture) => Record<string, unknown> }[] = [
    { name: 'statusReportCreate', query: `mutation($i: StatusReportCreateInput!) { statusReportCreate(input: $i) { report { id } } }`, vars: (f) => ({ i: { projectId: f.projectId, periodEnd: '2026-04-30' } }) },
    { name: 'statusReportUpdate', query: `mutation($i: StatusReportUpdateInput!) { statusReportUpdate(input: $i) { report { id } } }`, vars: (f) => ({ i: { id: f.draftId, title: 'Renamed' } }) },
    { name: 'statusReportPublish', query: `mutation($id: UUID!) { statusReportPublish(id: $id) { report { id } } }`, vars: (f) => ({ id: f.draftId }) },
    { name: 'statusReportDelete', query: `mutation($id: UUID!) { statusReportDelete(id: $id) { report { id } } }`, vars: (f) => ({ id: f.draftId }) },
    { name: 'healthRulesSet', query: `mutation($p: UUID!) { healthRulesSet(projectId: $p, input: { spiAmber: 0.9 }) { rules { spiAmber } } }`, vars: (f) => ({ p: f.projectId }) },
    { name: 'reportLinkCreate', query: `mutation($p: UUID!) { reportLinkCreate(projectId: $p, name: "Board") { token } }`, vars: (f) => ({ p: f.projectId }) },
    { name: 'reportLinkRevoke', query: `mutation($id: UUID!) { reportLinkRevoke(id: $id) { link { id } } }`, vars: (f) => ({ id: f.linkId }) },
  ];
  const fixture = async (): Promise<Fixture> => {
    const { projectId } = await project();
    const draftId = (await create(projectId, { periodStart: '2026-03-02', periodEnd: '2026-03-13' })).data!.statusReportCreate.report.id;
    const linkId = (await ok(`mutation($p: UUID!) { reportLinkCreate(projectId: $p, name: "Sponsor") { link { id } } }`, { p: projectId })).reportLinkCreate.link.id;
    return { projectId, draftId, linkId };
  };
  const activityCount = async (projectId: string) => Number((await h.app.dataSource.query('SELECT count(*) AS n FROM activities WHERE project_id = $1', [projectId]))[0].n);

  for (const c of CASES) {
    it(`${c.name}: owners and managers may, a viewer is refused, a stranger sees nothing`, async () => {
      const refused = await fixture();
      for (const role of ROLES) {
        const f = role === 'OWNER' || role === 'MANAGER' ? await fixture() : refused;
        const before = await activityCount(f.projectId);
        const r = await h.gql(c.query, c.vars(f), as(role));
        if (role === 'OWNER' || role === 'MANAGER') {
          expect(r.errors, `${role}: ${JSON.stringify(r.errors)}`).toBeUndefined();
          expect(await activityCount(f.projectId)).toBeGreaterThan(before);
        } else {
          expect(r.errors?.[0]?.extensions?.code, `${role}: ${JSON.stringify(r.errors)}`).toBe(refusal(role));
          expect(await activityCount(f.projectId)).toBe(before);
        }
      }
    });
  }

  it('reads: members and viewers read reports, strangers get NOT_FOUND', async () => {
    const f = await fixture();
    expect((await read(f.draftId, viewer)).id).toBe(f.draftId);
    const r = await h.gql(`query($id: UUID!) { statusReport(id: $id) { id } }`, { id: f.draftId }, stranger);
    expect(r.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('the status reports migration', () => {
  it('goes down and up again cleanly', async () => {
    const q = h.app.dataSource.createQueryRunner();
    try {
      const migration = new StatusReports1765900000000();
      await migration.down(q);
      expect(await q.hasTable('status_reports')).toBe(false);
      await migration.up(q);
      expect(await q.hasTable('status_reports')).toBe(true);
      expect(await q.hasColumn('projects', 'health_rules')).toBe(true);
    } finally {
      await q.release();
    }
  });
});
