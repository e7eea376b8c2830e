import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { HealthAreaName, HealthColour } from '../modules/report/index.js';
import { systemActorFor } from '../composition.js';
import { seedRisksAndIssues } from './demo-risks.js';
import { Methodology, ProjectRole, ProjectStatus } from '../modules/project/index.js';
import { DependencyType, StatusCategory, TaskKind, TaskStatus } from '../modules/task/index.js';
import { ResourceType } from '../modules/planning/index.js';
import { hashPassword, User } from '../modules/user/index.js';
import type { Services } from '../composition.js';
import { seedDemoChanges } from './demo-changes.js';
import { seedStakeholders } from './demo-stakeholders.js';
import { seedCharterApproval } from './demo-charter.js';
import { seedDemoHistory } from './demo-history.js';

export const DEMO_EMAIL = 'admin@trellis.local';

type Node = { name: string; d?: number; who?: number; kind?: TaskKind; kids?: Node[]; late?: boolean };

/** The demo WBS: an ERP migration over four levels. `d` = working days, `who` = person index. */
const WBS: Node[] = [
  { name: 'Initiation & planning', kids: [
    { name: 'Business case & charter', kids: [
      { name: 'Stakeholder interviews', d: 5, who: 1 },
      { name: 'Draft project charter', d: 3, who: 1 },
      { name: 'Charter approved', kind: TaskKind.MILESTONE, who: 1 },
    ] },
    { name: 'Vendor selection', kids: [
      { name: 'RFP preparation', d: 5, who: 1, late: true },
      { name: 'Vendor demos & scoring', kids: [
        { name: 'Demo sessions', d: 4, who: 2 },
        { name: 'Scoring workshop', d: 1, who: 1 },
      ] },
      { name: 'Contract negotiation', d: 6, who: 1 },
    ] },
  ] },
  { name: 'Analysis & design', kids: [
    { name: 'Process mapping', kids: [
      { name: 'Finance processes', d: 8, who: 2 },
      { name: 'Procurement processes', d: 6, who: 3 },
      { name: 'Inventory processes', d: 6, who: 3 },
    ] },
    { name: 'Solution design', kids: [
      { name: 'Chart of accounts design', d: 5, who: 2 },
      { name: 'Integration architecture', kids: [
        { name: 'Interface inventory', d: 3, who: 4 },
        { name: 'Middleware design', d: 5, who: 4 },
        { name: 'Security & roles design', d: 4, who: 2 },
      ] },
    ] },
  ] },
  { name: 'Build & configuration', kids: [
    { name: 'System configuration', kids: [
      { name: 'Finance module', d: 15, who: 2 },
      { name: 'Procurement module', d: 10, who: 3 },
      { name: 'Inventory module', d: 10, who: 3 },
    ] },
    { name: 'Integrations', kids: [
      { name: 'Payroll interface', d: 8, who: 4 },
      { name: 'Banking interface', d: 6, who: 4 },
      { name: 'CRM interface', d: 8, who: 4 },
    ] },
    { name: 'Data migration', kids: [
      { name: 'Data mapping', kids: [
        { name: 'Master data mapping', d: 5, who: 3 },
        { name: 'Open items mapping', d: 4, who: 3 },
      ] },
      { name: 'Extraction scripts', d: 8, who: 4 },
      { name: 'Trial migration', d: 5, who: 3 },
    ] },
  ] },
  { name: 'Testing', kids: [
    { name: 'System integration testing', d: 10, who: 2 },
    { name: 'User acceptance testing', d: 10, who: 1 },
    { name: 'Performance testing', d: 5, who: 4 },
  ] },
  { name: 'Deployment & closure', kids: [
    { name: 'Training', kids: [
      { name: 'Train-the-trainer', d: 3, who: 1 },
      { name: 'End-user training', d: 10, who: 1 },
    ] },
    { name: 'Cutover rehearsal', d: 3, who: 4 },
    { name: 'Go-live', kind: TaskKind.MILESTONE, who: 0 },
    { name: 'Hypercare', d: 15, who: 2 },
    { name: 'Lessons learned & closure', d: 2, who: 0 },
  ] },
];

/** Finish-to-start links between leaf tasks, by name. */
const LINKS: [string, string][] = [
  ['Stakeholder interviews', 'Draft project charter'],
  ['Draft project charter', 'Charter approved'],
  ['Charter approved', 'RFP preparation'],
  ['RFP preparation', 'Demo sessions'],
  ['Demo sessions', 'Scoring workshop'],
  ['Scoring workshop', 'Contract negotiation'],
  ['Charter approved', 'Finance processes'],
  ['Charter approved', 'Procurement processes'],
  ['Procurement processes', 'Inventory processes'],
  ['Finance processes', 'Chart of accounts design'],
  ['Contract negotiation', 'Interface inventory'],
  ['Interface inventory', 'Middleware design'],
  ['Chart of accounts design', 'Security & roles design'],
  ['Chart of accounts design', 'Finance module'],
  ['Inventory processes', 'Procurement module'],
  ['Procurement module', 'Inventory module'],
  ['Middleware design', 'Payroll interface'],
  ['Payroll interface', 'Banking interface'],
  ['Banking interface', 'CRM interface'],
  ['Inventory processes', 'Master data mapping'],
  ['Master data mapping', 'Open items mapping'],
  ['Open items mapping', 'Extraction scripts'],
  ['Extraction scripts', 'Trial migration'],
  ['Finance module', 'System integration testing'],
  ['Inventory module', 'System integration testing'],
  ['CRM interface', 'System integration testing'],
  ['Trial migration', 'System integration testing'],
  ['System integration testing', 'User acceptance testing'],
  ['System integration testing', 'Performance testing'],
  ['User acceptance testing', 'Train-the-trainer'],
  ['Train-the-trainer', 'End-user training'],
  ['User acceptance testing', 'Cutover rehearsal'],
  ['Performance testing', 'Cutover rehearsal'],
  ['Cutover rehearsal', 'Go-live'],
  ['End-user training', 'Go-live'],
  ['Go-live', 'Hypercare'],
  ['Hypercare', 'Lessons learned & closure'],
];

const PEOPLE = [
  { name: 'Alex Morgan', email: DEMO_EMAIL, role: ProjectRole.OWNER },
  { name: 'Ana Costa', email: 'ana.costa@trellis.local', role: ProjectRole.MANAGER },
  { name: 'Ben Okafor', email: 'ben.okafor@trellis.local', role: ProjectRole.MEMBER },
  { name: 'Chloé Martin', email: 'chloe.martin@trellis.local', role: ProjectRole.MEMBER },
  { name: 'Dev Patel', email: 'dev.patel@trellis.local', role: ProjectRole.MEMBER },
  { name: 'Eva Lindqvist', email: 'eva.lindqvist@trellis.local', role: ProjectRole.VIEWER },
];

const iso = (d: Date) => d.toISOString().slice(0, 10);
function addWorkdays(d: Date, n: number): Date {
  const r = new Date(d);
  let left = n;
  while (left > 0) {
    r.setUTCDate(r.getUTCDate() + 1);
    if (r.getUTCDay() !== 0 && r.getUTCDay() !== 6) left--;
  }
  return r;
}
function nextWorkday(d: Date): Date {
  const r = new Date(d);
  while (r.getUTCDay() === 0 || r.getUTCDay() === 6) r.setUTCDate(r.getUTCDate() + 1);
  return r;
}

export interface DemoResult {
  email: string;
  password: string;
  projectKey: string;
}

/** Creates the demo organisation when the database has no users yet; returns null otherwise. */
const SEED_LOCK = 727_002;

export async function seedDemo(ds: DataSource, services: Services, today = new Date()): Promise<DemoResult | null> {
  // Several instances may boot on one empty database at once: only one seeds.
  const lock = ds.createQueryRunner();
  await lock.connect();
  await lock.query('SELECT pg_advisory_lock($1)', [SEED_LOCK]);
  try {
    if ((await ds.getRepository(User).count()) > 0) return null;
    try {
      return await createDemo(ds, services, today);
    } catch (err) {
      // The database was empty: leave it empty again rather than half-seeded.
      await ds.query('TRUNCATE users, projects, activities CASCADE');
      throw err;
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

async function createDemo(ds: DataSource, services: Services, today: Date): Promise<DemoResult> {
  const password = randomBytes(9).toString('base64url');
  const admin = await ds.getRepository(User).save(
    ds.getRepository(User).create({ email: DEMO_EMAIL, name: PEOPLE[0]!.name, passwordHash: await hashPassword(password) }),
  );
  // Trellis builds the demo itself, recording the work under the demo's first person.
  const actor = (): Actor => systemActorFor(ds, admin.id);

  // Start three weeks back (on a Monday) so the demo shows work done, work in flight and one late task.
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 21));
  while (start.getUTCDay() !== 1) start.setUTCDate(start.getUTCDate() - 1);
  const todayIso = iso(today);

  const project = await services.projects.create(actor(), {
    key: 'ERP',
    name: 'ERP migration',
    description: 'Replace the legacy finance, procurement and inventory systems with a cloud ERP, migrate five years of data and retire the old platform.',
    methodology: Methodology.HYBRID,
    status: ProjectStatus.ACTIVE,
    startDate: iso(start),
    currency: 'EUR',
    budget: 850_000,
  });
  const userIds: string[] = [admin.id];
  for (const p of PEOPLE.slice(1)) {
    const m = await services.projects.addPersonWithoutAccount(actor(), { projectId: project.id, email: p.email, role: p.role, name: p.name });
    userIds.push(m.userId);
  }
  const charter = await services.charters.get(actor(), project.id);
  await services.charters.update(actor(), {
    projectId: project.id,
    version: charter.version,
    purpose: 'Move finance, procurement and inventory onto one cloud ERP so month-end close takes 3 days instead of 9 and the ageing on-premise platform can be switched off.',
    objectives: ['Go live on the new ERP before the next fiscal year', 'Migrate five years of financial history with zero reconciliation differences', 'Retire the legacy platform within three months of go-live'],
    successCriteria: ['Month-end close in 3 working days', 'All 14 interfaces running in production', '95% of users trained before go-live'],
    inScope: 'Finance, procurement and inventory modules; payroll, banking and CRM interfaces; data migration; training; hypercare.',
    outOfScope: 'HR and payroll processing itself; e-commerce storefront; warehouse automation hardware.',
    assumptions: 'The vendor provides a sandbox within two weeks of signing. Key users are available two days a week.',
    constraints: 'Budget capped at EUR 850,000. No go-live in the last two weeks of a quarter.',
    keyStakeholders: ['CFO (sponsor)', 'Head of Procurement', 'IT Operations', 'Warehouse managers'],
    sponsor: 'Eva Lindqvist, CFO',
  });
  await seedCharterApproval(ds, services, project.id, admin.id, userIds[PEOPLE.findIndex((p) => p.name === 'Eva Lindqvist')]!);

  const statuses = await ds.getRepository(TaskStatus).find({ where: { projectId: project.id }, order: { position: 'ASC' } });
  const status = (c: StatusCategory) => statuses.find((s) => s.category === c)!.id;

  // Plan dates with a simple forward pass over the finish-to-start links (weekends off).
  const leaves = new Map<string, Node>();
  const collect = (nodes: Node[]) => nodes.forEach((n) => (n.kids ? collect(n.kids) : leaves.set(n.name, n)));
  collect(WBS);
  const dates = new Map<string, { start: Date; finish: Date }>();
  const preds = (name: string) => LINKS.filter(([, s]) => s === name).map(([p]) => p);
  const plan = (name: string): { start: Date; finish: Date } => {
    const known = dates.get(name);
    if (known) return known;
    const n = leaves.get(name)!;
    let s = nextWorkday(start);
    for (const p of preds(name)) {
      const pf = plan(p).finish;
      const after = leaves.get(p)!.kind === TaskKind.MILESTONE ? nextWorkday(pf) : addWorkdays(pf, 1);
      if (after > s) s = after;
    }
    const d = n.kind === TaskKind.MILESTONE ? 0 : (n.d ?? 1);
    const f = d === 0 ? s : addWorkdays(s, d - 1);
    dates.set(name, { start: s, finish: f });
    return dates.get(name)!;
  };
  for (const name of leaves.keys()) plan(name);
  const span = (n: Node): { start: Date; finish: Date } => {
    if (!n.kids) return dates.get(n.name)!;
    const spans = n.kids.map(span);
    return { start: new Date(Math.min(...spans.map((s) => +s.start))), finish: new Date(Math.max(...spans.map((s) => +s.finish))) };
  };

  const ids = new Map<string, string>();
  /** Each leaf's percent complete and the day its costs so far are booked on. */
  const progress = new Map<string, { pct: number; finish: Date }>();
  const create = async (nodes: Node[], parentId: string | null) => {
    for (const n of nodes) {
      const { start: s, finish: f } = span(n);
      const kind = n.kids ? TaskKind.SUMMARY : (n.kind ?? TaskKind.TASK);
      let category = StatusCategory.UNSTARTED;
      let pct = 0;
      if (!n.kids) {
        if (iso(f) < todayIso && !n.late) {
          category = StatusCategory.COMPLETED;
          pct = 100;
        } else if (iso(s) <= todayIso) {
          category = StatusCategory.STARTED;
          const total = Math.max(1, n.d ?? 1);
          let elapsed = 0;
          for (let d = new Date(s); iso(d) <= todayIso && elapsed < total; d = addWorkdays(d, 1)) elapsed++;
          pct = n.late ? 70 : Math.min(90, Math.round((elapsed / total) * 100));
        }
      }
      const task = await services.tasks.create(actor(), {
        projectId: project.id,
        parentId,
        name: n.name,
        kind,
        durationDays: n.kids ? undefined : kind === TaskKind.MILESTONE ? 0 : (n.d ?? 1),
        statusId: n.kids ? undefined : status(category),
        percentComplete: pct,
        assigneeId: n.who !== undefined ? userIds[n.who] : null,
        estimateHours: n.d ? n.d * 8 : null,
      });
      ids.set(n.name, task.id);
      if (!n.kids) progress.set(n.name, { pct, finish: f < today ? f : today });
      if (n.kids) await create(n.kids, task.id);
    }
  };
  await create(WBS, null);
  for (const [p, s] of LINKS) {
    await services.dependencies.create(actor(), { predecessorId: ids.get(p)!, successorId: ids.get(s)!, type: DependencyType.FS, lagDays: 0 });
  }
  // Work done so far happened as scheduled: its actual dates are the schedule's (the schedule is the truth for dates).
  const scheduled = new Map((await services.planning.schedules.current(project.id)).schedule.tasks.map((r) => [r.taskId, r]));
  for (const [name, { pct }] of progress) {
    const id = ids.get(name)!;
    const row = scheduled.get(id);
    if (pct === 0 || !row) continue;
    const { version } = await services.tasks.get(actor(), id);
    await services.planning.schedules.updateTask(actor(), { id, version, actualStart: row.start, ...(pct >= 100 ? { actualFinish: row.finish } : {}) });
  }
  await seedPlanning(services, actor, project.id, [...leaves.values()], ids, progress);
  await seedDemoChanges(ds, services, project.id);
  // Risks put their mitigation tasks into the WBS: before the RACI, which covers every task.
  await seedRisksAndIssues(ds, services, actor, project.id, userIds, ids, today);
  await seedStakeholders(services, actor, project.id, userIds, ids, iso(start), today);
  // Last: the ten weeks that led here, and the daily snapshots taken of them.
  await seedDemoHistory(ds, services, project.id, today, start);
  await seedReports(services, actor, project.id, start, today);
  return { email: DEMO_EMAIL, password, projectKey: project.key };
}

/** The team as resources: `who` of the WBS is the index into PEOPLE (the owner plans, but books no hours). */
const TEAM = [
  { who: 1, rate: 95 }, // project manager
  { who: 2, rate: 85 }, // finance consultant
  { who: 3, rate: 80 }, // supply chain consultant
  { who: 4, rate: 80 }, // integration developer
];
/** Run by the vendor alone: no one of the team books hours on them (they overlap the team's own work). */
const VENDOR_ONLY = new Set(['Demo sessions']);
/** The vendor's consultants (up to three at once) on the tasks they join, with how many of them. */
const VENDOR: [string, number][] = [
  ['Demo sessions', 2],
  ['Finance module', 1],
  ['Procurement module', 1],
  ['Inventory module', 1],
  ['Middleware design', 1],
  ['Cutover rehearsal', 2],
  ['Hypercare', 1],
];
/** Actual cost against the planned cost of the work done, task by task in WBS order: some over, some under. */
const COST_FACTORS = [1.0, 1.12, 0.94, 1.08, 1.25, 0.97, 1.15];

/**
 * Resources, assignments, a baseline and the costs booked so far, so that the resource histogram,
 * leveling, the baseline's ghost bars and earned value have something to show. After the baseline
 * the payroll interface grew by three days: the plan now differs from it.
 */
async function seedPlanning(
  services: Services,
  actor: () => Actor,
  projectId: string,
  leaves: Node[],
  ids: Map<string, string>,
  progress: Map<string, { pct: number; finish: Date }>,
): Promise<void> {
  const { resources, baselines, costs } = services.planning;
  const person = new Map<number, { id: string; rate: number }>();
  // Assigning the team to tasks made their resources already (people are resources): give them their rates.
  const made = await resources.list(actor(), projectId);
  for (const m of TEAM) {
    const own = made.find((r) => r.userId && r.name === PEOPLE[m.who]!.name);
    const r = own
      ? await resources.update(actor(), { id: own.id, version: own.version, standardRate: m.rate })
      : await resources.create(actor(), { projectId, name: PEOPLE[m.who]!.name, type: ResourceType.WORK, maxUnits: 1, standardRate: m.rate });
    person.set(m.who, { id: r.id, rate: m.rate });
  }
  const vendor = await resources.create(actor(), { projectId, name: 'Vendor consultants', type: ResourceType.WORK, maxUnits: 3, standardRate: 120 });
  const licences = await resources.create(actor(), { projectId, name: 'Cloud ERP licences', type: ResourceType.MATERIAL, standardRate: 1150 });

  const assigned = new Set((await resources.assignments(actor(), projectId)).map((a) => `${a.taskId}|${a.resourceId}`));
  for (const n of leaves) {
    const p = n.who === undefined || VENDOR_ONLY.has(n.name) ? undefined : person.get(n.who);
    if (p && n.kind !== TaskKind.MILESTONE && !assigned.has(`${ids.get(n.name)}|${p.id}`)) await resources.assign(actor(), { taskId: ids.get(n.name)!, resourceId: p.id, units: 1 });
  }
  // Assigning the team made each person's resource work on all their tasks; the demo's plan has the
  // vendor alone on some, milestones take no hours, and the owner plans but books none (nor is a resource).
  const team = new Set([...person.values()].map((p) => p.id));
  const vendorOnly = new Set([...VENDOR_ONLY].map((name) => ids.get(name)));
  const milestones = new Set(leaves.filter((n) => n.kind === TaskKind.MILESTONE).map((n) => ids.get(n.name)));
  for (const a of await resources.assignments(actor(), projectId)) {
    if (!team.has(a.resourceId) || vendorOnly.has(a.taskId) || milestones.has(a.taskId)) await resources.unassign(actor(), a.id);
  }
  for (const r of await resources.list(actor(), projectId)) if (r.userId && !team.has(r.id)) await resources.remove(actor(), r.id);
  for (const [name, units] of VENDOR) await resources.assign(actor(), { taskId: ids.get(name)!, resourceId: vendor.id, units });
  await resources.assign(actor(), { taskId: ids.get('Finance module')!, resourceId: licences.id, units: 120 });

  await baselines.create(actor(), projectId, 'Signed-off plan');
  const payroll = await services.tasks.get(actor(), ids.get('Payroll interface')!);
  await services.tasks.update(actor(), { id: payroll.id, version: payroll.version, durationDays: 11 });

  // Costs booked so far: each person's hours on the work done, off the plan by a task-specific factor.
  let k = 0;
  for (const n of leaves) {
    const done = progress.get(n.name);
    const p = n.who === undefined || VENDOR_ONLY.has(n.name) ? undefined : person.get(n.who);
    if (!done || done.pct === 0 || !p || !n.d) continue;
    const amount = Math.round(n.d * 8 * p.rate * (done.pct / 100) * COST_FACTORS[k++ % COST_FACTORS.length]!);
    await costs.create(actor(), { taskId: ids.get(n.name)!, date: iso(done.finish), amount, note: `Timesheets, ${PEOPLE[n.who!]!.name}` });
  }
  const demos = progress.get('Demo sessions');
  if (demos && demos.pct > 0) {
    await costs.create(actor(), { taskId: ids.get('Demo sessions')!, date: iso(demos.finish), amount: Math.round(2 * 4 * 8 * 120 * (demos.pct / 100)), note: 'Vendor invoice' });
  }
}

/**
 * Two published status reports: the first fortnight, and the days since. Each is written and
 * published through the report service, so its figures are frozen from the plan as seeded.
 */
async function seedReports(services: Services, actor: () => Actor, projectId: string, start: Date, today: Date): Promise<void> {
  const day = (d: Date, n: number) => iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n)));
  const end = day(today, -1) > day(start, 14) ? day(today, -1) : day(start, 14);
  const reports: { title: string; periodStart: string; periodEnd: string; narrative: string; overrides?: { area: HealthAreaName; colour: HealthColour; reason: string }[] }[] = [
    {
      title: 'Fortnight 1: selection and kick-off',
      periodStart: iso(start),
      periodEnd: day(start, 13),
      narrative:
        'The vendor was selected after two days of demo sessions and the steering committee signed off the plan.\n\nThe finance consultant started on the chart of accounts; data profiling of the legacy ledgers found more duplicates than expected, which we are tracking as a risk.',
      overrides: [{ area: HealthAreaName.SCOPE, colour: HealthColour.AMBER, reason: 'The payroll interface is likely to grow; a change request is being prepared' }],
    },
    {
      title: 'Fortnight 2: build under way',
      periodStart: day(start, 14),
      periodEnd: end,
      narrative:
        'Configuration of the finance module is on track. The payroll interface grew by three days after the baseline, and the integration work is running behind its plan.\n\nDecision needed: approve weekend work for the cutover rehearsal, or accept a one-week slip of go-live.',
    },
  ];
  for (const r of reports) {
    const draft = await services.reports.create(actor(), { projectId, title: r.title, periodStart: r.periodStart, periodEnd: r.periodEnd });
    const written = await services.reports.update(actor(), { id: draft.id, version: draft.version, narrative: r.narrative, overrides: r.overrides ?? [] });
    const published = await services.reports.publish(actor(), draft.id, written.version);
    // Published the afternoon after the period ended, as a manager would have.
    await services.reports.backdatePublished(published.id, new Date(`${day(new Date(`${r.periodEnd}T00:00:00Z`), 1)}T15:30:00Z`));
  }
}
