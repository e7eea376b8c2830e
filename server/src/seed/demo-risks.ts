import type { DataSource } from 'typeorm';
import type { Actor } from '../common/actor.js';
import type { Services } from '../composition.js';
import { ConstraintType } from '../modules/task/index.js';
import { IssueLevel, IssueStatus, IssueType } from '../modules/issuelog/index.js';
import { RiskKind, RiskStatus, RiskStrategy, type RiskCreateInput } from '../modules/risk/index.js';

type DemoRisk = Omit<RiskCreateInput, 'projectId' | 'ownerId' | 'taskIds'> & {
  /** Index into the project's people. */
  owner: number;
  /** Names of WBS tasks it concerns. */
  tasks?: string[];
  /** Days from today of the next review (negative: overdue). */
  review?: number;
  /** How it was first assessed, weeks ago: the exposure trend starts from there. */
  before?: { weeksAgo: number; probability: number };
  /** A mitigation task made from the risk, under this WBS parent. */
  mitigation?: { name: string; under: string };
};

const RISKS: DemoRisk[] = [
  { title: 'ERP vendor delivers the finance module late', residualProbability: 2, residualImpact: 3, category: 'Vendor', owner: 1, kind: RiskKind.THREAT, probability: 4, impactSchedule: 5, impactCost: 3, impactScope: 1, impactQuality: 2, costImpact: 60_000, scheduleImpactDays: 15, strategy: RiskStrategy.MITIGATE, responsePlan: 'Weekly delivery check-ins with the vendor; penalty clause invoked after two missed milestones.', trigger: 'Vendor misses the configuration sprint demo', cause: 'Vendor team shared with two other go-lives this quarter', effect: 'System integration testing starts late and go-live moves', status: RiskStatus.ACTIVE, review: 7, tasks: ['Finance module'], before: { weeksAgo: 5, probability: 2 }, mitigation: { name: 'Agree a staffing plan with the vendor', under: 'Build & configuration' } },
  { title: 'Legacy data quality worse than sampled', residualProbability: 2, residualImpact: 4, category: 'Data', owner: 2, kind: RiskKind.THREAT, probability: 4, impactSchedule: 4, impactCost: 3, impactScope: 2, impactQuality: 5, costImpact: 45_000, scheduleImpactDays: 10, strategy: RiskStrategy.MITIGATE, responsePlan: 'Profile all ledgers before mapping; cleansing sprint booked with finance.', trigger: 'More than 2% of open items fail validation in the trial migration', status: RiskStatus.ACTIVE, review: -4, tasks: ['Data mapping', 'Trial migration'], before: { weeksAgo: 4, probability: 3 }, mitigation: { name: 'Profile legacy ledgers', under: 'Data migration' } },
  { title: 'Key finance expert leaves during the project', residualProbability: 1, residualImpact: 3, category: 'People', owner: 1, kind: RiskKind.THREAT, probability: 2, impactSchedule: 4, impactCost: 2, impactScope: 1, impactQuality: 3, costImpact: 25_000, strategy: RiskStrategy.MITIGATE, responsePlan: 'Pair a second analyst on every finance design session; document decisions in the charter space.', status: RiskStatus.IDENTIFIED, review: 14, before: { weeksAgo: 6, probability: 2 } },
  { title: 'Payroll interface needs a vendor change request', residualProbability: 1, residualImpact: 3, category: 'Integration', owner: 4, kind: RiskKind.THREAT, probability: 3, impactSchedule: 3, impactCost: 4, impactScope: 2, impactQuality: 2, costImpact: 30_000, scheduleImpactDays: 8, strategy: RiskStrategy.TRANSFER, responsePlan: 'Fixed-price change request with the payroll provider.', status: RiskStatus.ACTIVE, review: -9, tasks: ['Payroll interface'], before: { weeksAgo: 3, probability: 2 } },
  { title: 'Users resist the new approval workflow', residualProbability: 2, residualImpact: 2, category: 'Change', owner: 3, kind: RiskKind.THREAT, probability: 3, impactSchedule: 2, impactCost: 1, impactScope: 2, impactQuality: 4, costImpact: 12_000, strategy: RiskStrategy.MITIGATE, responsePlan: 'Champions in each department; early demos of the approval inbox.', status: RiskStatus.IDENTIFIED, review: 10, tasks: ['End-user training'] },
  { title: 'Performance of month-end close below target', residualProbability: 1, residualImpact: 3, category: 'Technical', owner: 4, kind: RiskKind.THREAT, probability: 2, impactSchedule: 2, impactCost: 2, impactScope: 1, impactQuality: 4, costImpact: 18_000, strategy: RiskStrategy.AVOID, responsePlan: 'Performance test with a full year of volume before UAT sign-off.', status: RiskStatus.IDENTIFIED, review: 21, tasks: ['Performance testing'] },
  { title: 'Security roles design delays sign-off', category: 'Compliance', owner: 1, kind: RiskKind.THREAT, probability: 2, impactSchedule: 3, impactCost: 1, impactScope: 1, impactQuality: 2, costImpact: 8_000, strategy: RiskStrategy.ACCEPT, responsePlan: 'Accepted: audit reviews roles after go-live.', status: RiskStatus.CLOSED, review: -20 },
  { title: 'Banking interface certification slips', residualProbability: 2, residualImpact: 3, category: 'Integration', owner: 4, kind: RiskKind.THREAT, probability: 3, impactSchedule: 4, impactCost: 2, impactScope: 1, impactQuality: 2, costImpact: 15_000, scheduleImpactDays: 5, strategy: RiskStrategy.ESCALATE, responsePlan: 'Escalated to the treasury director to chase the bank.', status: RiskStatus.ACTIVE, review: -2, tasks: ['Banking interface'], before: { weeksAgo: 2, probability: 2 } },
  { title: 'Licence bundle discount if signed before quarter end', residualProbability: 4, residualImpact: 4, category: 'Commercial', owner: 0, kind: RiskKind.OPPORTUNITY, probability: 3, impactSchedule: 1, impactCost: 4, impactScope: 1, impactQuality: 1, costImpact: 40_000, strategy: RiskStrategy.EXPLOIT, responsePlan: 'Bring the licence order forward to this quarter.', status: RiskStatus.ACTIVE, review: 5 },
  { title: 'Reuse the CRM team’s middleware templates', category: 'Technical', owner: 4, kind: RiskKind.OPPORTUNITY, probability: 4, impactSchedule: 3, impactCost: 2, impactScope: 1, impactQuality: 1, costImpact: 20_000, strategy: RiskStrategy.SHARE, responsePlan: 'Joint design session with the CRM integration team.', status: RiskStatus.IDENTIFIED, review: 12, tasks: ['Middleware design'] },
  { title: 'Test environment not ready for integration testing', category: 'Technical', owner: 4, kind: RiskKind.THREAT, probability: 4, impactSchedule: 4, impactCost: 2, impactScope: 1, impactQuality: 3, costImpact: 22_000, scheduleImpactDays: 6, strategy: RiskStrategy.MITIGATE, responsePlan: 'Request the environment six weeks ahead.', status: RiskStatus.ACTIVE, tasks: ['System integration testing'], before: { weeksAgo: 4, probability: 3 } },
  { title: 'Chart of accounts decisions reopened by the auditors', category: 'Compliance', owner: 2, kind: RiskKind.THREAT, probability: 3, impactSchedule: 3, impactCost: 3, impactScope: 3, impactQuality: 2, costImpact: 35_000, strategy: RiskStrategy.MITIGATE, responsePlan: 'Auditors invited to the design review.', status: RiskStatus.ACTIVE, tasks: ['Chart of accounts design'], before: { weeksAgo: 5, probability: 4 } },
];

/** The two risks that happened, and how their issues stand. */
const OCCURRED: { title: string; type: IssueType; resolution?: string }[] = [
  { title: 'Test environment not ready for integration testing', type: IssueType.BLOCKER },
  { title: 'Chart of accounts decisions reopened by the auditors', type: IssueType.PROBLEM, resolution: 'Auditors signed off the revised account structure in the design review.' },
];

const ISSUES: { title: string; type: IssueType; severity: IssueLevel; priority: IssueLevel; owner: number; status: IssueStatus; daysAgo: number; due?: number; resolution?: string; tasks?: string[]; escalateTo?: number; description: string }[] = [
  { title: 'Vendor sandbox has no test data for procurement', type: IssueType.BLOCKER, severity: IssueLevel.HIGH, priority: IssueLevel.CRITICAL, owner: 3, status: IssueStatus.ESCALATED, daysAgo: 6, due: -1, tasks: ['Procurement module'], escalateTo: 1, description: 'Configuration of purchase approvals cannot be tested until the vendor loads supplier master data.' },
  { title: 'Which cost centres move to the new hierarchy?', type: IssueType.QUESTION, severity: IssueLevel.MEDIUM, priority: IssueLevel.HIGH, owner: 2, status: IssueStatus.OPEN, daysAgo: 9, due: 4, tasks: ['Master data mapping'], description: 'Finance has two lists of cost centres; the mapping needs one.' },
  { title: 'Duplicate suppliers created by the extraction script', type: IssueType.DEFECT, severity: IssueLevel.MEDIUM, priority: IssueLevel.MEDIUM, owner: 4, status: IssueStatus.IN_PROGRESS, daysAgo: 3, due: 5, tasks: ['Extraction scripts'], description: 'Suppliers with trailing spaces in the name are extracted twice.' },
  { title: 'Project room booked out during cutover rehearsal', type: IssueType.PROBLEM, severity: IssueLevel.LOW, priority: IssueLevel.LOW, owner: 1, status: IssueStatus.CLOSED, daysAgo: 14, resolution: 'Facilities moved the rehearsal to the training centre.', description: 'The usual room is taken by the annual audit that week.' },
];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const daysFrom = (today: Date, n: number) => isoDay(new Date(today.getTime() + n * 86_400_000));

/**
 * The demo's risk register and issue log: a dozen risks of an ERP migration (threats and
 * opportunities, open, closed and two that occurred and became issues), mitigation tasks, reviews
 * that are overdue, and six issues, one an open blocker. Their first assessments are dated in the
 * past weeks, so the exposure trend rises and falls as the history says.
 */
export async function seedRisksAndIssues(ds: DataSource, services: Services, actor: () => Actor, projectId: string, people: string[], taskIds: Map<string, string>, today: Date): Promise<void> {
  const { risks, issues } = services;
  const tasksOf = (names: string[] = []) => names.map((n) => taskIds.get(n)).filter((id): id is string => !!id);
  const made = new Map<string, { id: string; version: number }>();
  for (const r of RISKS) {
    const { owner, tasks, review, before, mitigation, ...fields } = r;
    const first = before ? { ...fields, probability: before.probability } : fields;
    let risk = await risks.create(actor(), { ...first, projectId, ownerId: people[owner] ?? null, taskIds: tasksOf(tasks), reviewDate: review === undefined ? null : daysFrom(today, review) });
    const weeksAgo = before?.weeksAgo ?? 1 + (risk.number % 4);
    // The history row of its first assessment, dated when it was raised.
    await ds.query(`UPDATE risk_history SET at = $2::timestamptz - make_interval(days => $3::int) WHERE risk_id = $1`, [risk.id, today.toISOString(), weeksAgo * 7]);
    await ds.query(`UPDATE risks SET created_at = $2::timestamptz - make_interval(days => $3::int) WHERE id = $1`, [risk.id, today.toISOString(), weeksAgo * 7]);
    if (before) risk = await risks.update(actor(), { id: risk.id, version: risk.version, probability: fields.probability });
    if (mitigation) {
      const parentId = taskIds.get(mitigation.under) ?? null;
      const made = await risks.createMitigationTask(actor(), { riskId: risk.id, name: mitigation.name, parentId });
      risk = made.risk;
      // Mitigation starts now, not at the project's start (it would show as late work).
      await services.planning.schedules.updateTask(actor(), { id: made.task.id, version: made.task.version, constraintType: ConstraintType.SNET, constraintDate: `${isoDay(today)}T00:00` });
    }
    made.set(r.title, risk);
  }
  // Closed a fortnight ago: the trend drops then.
  const closed = made.get('Security roles design delays sign-off');
  if (closed) await ds.query(`UPDATE risk_history SET at = $2::timestamptz - interval '14 days' WHERE risk_id = $1 AND status = 'CLOSED'`, [closed.id, today.toISOString()]);

  for (const o of OCCURRED) {
    const risk = made.get(o.title);
    if (!risk) continue;
    const { issue } = await issues.riskOccur(actor(), { riskId: risk.id, type: o.type, dueDate: daysFrom(today, 3) });
    if (o.resolution) await issues.update(actor(), { id: issue.id, version: issue.version, status: IssueStatus.RESOLVED, resolution: o.resolution });
  }
  for (const i of ISSUES) {
    await issues.create(actor(), {
      projectId,
      title: i.title,
      description: i.description,
      type: i.type,
      severity: i.severity,
      priority: i.priority,
      ownerId: people[i.owner] ?? null,
      status: i.status,
      raisedAt: new Date(today.getTime() - i.daysAgo * 86_400_000),
      dueDate: i.due === undefined ? null : daysFrom(today, i.due),
      resolution: i.resolution,
      taskIds: tasksOf(i.tasks),
      escalationLevel: i.escalateTo === undefined ? 0 : 1,
      escalatedToId: i.escalateTo === undefined ? null : (people[i.escalateTo] ?? null),
    });
  }
}
