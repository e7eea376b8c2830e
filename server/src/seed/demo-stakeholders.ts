import type { Actor } from '../common/actor.js';
import type { Services } from '../composition.js';
import { CadenceKind, CommunicationChannel, CommunicationKind, EngagementLevel, RaciLetter } from '../modules/stakeholder/index.js';

const E = EngagementLevel;

/** Ten people around an ERP migration, spread over the power/interest grid; `member` links a demo person (index). */
const STAKEHOLDERS = [
  { name: 'Margaret Hughes', role: 'CFO and sponsor', organisation: 'Finance', influence: 5, interest: 4, current: E.NEUTRAL, desired: E.LEADING, email: 'margaret.hughes@example.com', needs: 'One page on budget, risks and decisions needed, before each steering committee.' },
  { name: 'Thomas Berg', role: 'CIO', organisation: 'IT', influence: 5, interest: 5, current: E.SUPPORTIVE, desired: E.LEADING, email: 'thomas.berg@example.com', needs: 'Architecture decisions and vendor performance.' },
  { name: 'Ingrid Sørensen', role: 'Head of procurement', organisation: 'Procurement', influence: 4, interest: 3, current: E.RESISTANT, desired: E.SUPPORTIVE, email: 'ingrid.sorensen@example.com', needs: 'How purchase approvals change; worried about month-end during cut-over.' },
  { name: 'Paul Renner', role: 'Internal audit lead', organisation: 'Group audit', influence: 4, interest: 2, current: E.NEUTRAL, desired: E.NEUTRAL, email: 'paul.renner@example.com', needs: 'Segregation of duties and the migration reconciliation, at sign-off points only.' },
  { name: 'Sabine Koch', role: 'Works council chair', organisation: 'Works council', influence: 4, interest: 1, current: E.RESISTANT, desired: E.NEUTRAL, email: null, needs: 'Early notice of changes to roles and any monitoring of users.' },
  { name: 'Lena Vogel', role: 'Accounts payable team lead', organisation: 'Finance', influence: 2, interest: 5, current: E.UNAWARE, desired: E.SUPPORTIVE, email: 'lena.vogel@example.com', needs: 'Training dates and what changes in daily invoice processing.' },
  { name: 'Marco Rossi', role: 'Warehouse supervisor', organisation: 'Logistics', influence: 2, interest: 4, current: E.NEUTRAL, desired: E.SUPPORTIVE, email: 'marco.rossi@example.com', needs: 'Scanner and label changes, and the stock-take before go-live.' },
  { name: 'Eva Lindqvist', role: 'Finance controller', organisation: 'Finance', influence: 2, interest: 4, current: E.SUPPORTIVE, desired: E.SUPPORTIVE, email: null, member: 5, needs: 'Reads the plan in Trellis; wants the reporting calendar kept.' },
  { name: 'Jonas Hartmann', role: 'External auditor', organisation: 'Hartmann & Partner', influence: 2, interest: 2, current: E.UNAWARE, desired: E.NEUTRAL, email: 'j.hartmann@example.org', needs: 'Year-end: the data migration approach and its controls.' },
  { name: 'Claire Dubois', role: 'Relationship manager', organisation: 'Nordbank', influence: 1, interest: 2, current: E.NEUTRAL, desired: E.NEUTRAL, email: 'claire.dubois@example.net', needs: 'Test files for the banking interface.' },
] as const;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The stakeholder register, its communication plan and a RACI for the top two WBS levels of the
 * demo project. The plan's items have been held as due, except the data owners' check-in, which
 * is overdue; two RACI rows are left for someone to sort out (one with no A, one with two).
 */
export async function seedStakeholders(
  services: Services,
  actor: () => Actor,
  projectId: string,
  userIds: readonly string[],
  taskIds: ReadonlyMap<string, string>,
  projectStart: string,
  today: Date,
): Promise<void> {
  const { stakeholders, communications, raci } = services;
  const people = new Map<string, string>();
  for (const s of STAKEHOLDERS) {
    const created = await stakeholders.create(actor(), {
      projectId,
      name: s.name,
      role: s.role,
      organisation: s.organisation,
      email: s.email,
      influence: s.influence,
      interest: s.interest,
      currentEngagement: s.current,
      desiredEngagement: s.desired,
      communicationNeeds: s.needs,
      memberId: 'member' in s ? userIds[s.member] : null,
    });
    people.set(s.name, created.id);
  }
  const who = (...names: string[]) => names.map((n) => people.get(n)!);
  const steering = await stakeholders.createGroup(actor(), { projectId, name: 'Steering committee', stakeholderIds: who('Margaret Hughes', 'Thomas Berg', 'Ingrid Sørensen') });
  const finance = await stakeholders.createGroup(actor(), { projectId, name: 'Finance', stakeholderIds: who('Margaret Hughes', 'Lena Vogel', 'Eva Lindqvist') });

  const [, pm, finConsultant, scConsultant, developer] = userIds;
  const plan = [
    { kind: CommunicationKind.STATUS_REPORT, title: 'Weekly status report', channel: CommunicationChannel.EMAIL, ownerId: pm, groups: [steering.id, finance.id], cadence: { kind: CadenceKind.WEEKLY, weekday: 5 }, keepUp: true },
    { kind: CommunicationKind.STEERING_COMMITTEE, title: 'Steering committee', channel: CommunicationChannel.MEETING, ownerId: userIds[0], groups: [steering.id], cadence: { kind: CadenceKind.EVERY_N_WEEKS, weekday: 2, everyWeeks: 2 }, keepUp: true },
    { kind: CommunicationKind.NEWSLETTER, title: 'Project newsletter', channel: CommunicationChannel.EMAIL, ownerId: pm, people: who('Lena Vogel', 'Marco Rossi', 'Sabine Koch'), cadence: { kind: CadenceKind.MONTHLY_FIRST_WORKING_DAY }, keepUp: true },
    { kind: CommunicationKind.DEMO, title: 'Sprint demo', channel: CommunicationChannel.VIDEO_CALL, ownerId: finConsultant, people: who('Lena Vogel', 'Marco Rossi', 'Thomas Berg'), cadence: { kind: CadenceKind.EVERY_N_WEEKS, weekday: 4, everyWeeks: 2 }, keepUp: true },
    { kind: CommunicationKind.OTHER, title: 'Data owners check-in', channel: CommunicationChannel.CHAT, ownerId: scConsultant, people: who('Ingrid Sørensen', 'Eva Lindqvist'), cadence: { kind: CadenceKind.WEEKLY, weekday: 1 }, keepUp: false },
    { kind: CommunicationKind.OTHER, title: 'Audit walkthrough', channel: CommunicationChannel.MEETING, ownerId: developer, people: who('Paul Renner', 'Jonas Hartmann'), cadence: { kind: CadenceKind.MONTHLY_DAY, monthDay: 15 }, keepUp: true },
  ];
  const todayIso = iso(today);
  for (const p of plan) {
    let item = await communications.create(actor(), {
      projectId,
      kind: p.kind,
      title: p.title,
      channel: p.channel,
      ownerId: p.ownerId ?? null,
      audienceGroupIds: p.groups ?? [],
      audienceStakeholderIds: p.people ?? [],
      cadence: { ...p.cadence, startsOn: projectStart },
    });
    // Held when due so far; the one not kept up was held once, at its first occurrence, and is overdue since.
    for (let held = 0; item.nextDue && item.nextDue < todayIso && (p.keepUp || held < 1); held++) {
      item = await communications.hold(actor(), { id: item.id, version: item.version, heldOn: item.nextDue, notes: held === 0 ? 'First one; agenda agreed.' : '' });
    }
  }

  // RACI for the top two levels: [task, [party, letter]...]; a member is named by index (Eva Lindqvist, a stakeholder who is a member, as one), a stakeholder by name.
  const L = RaciLetter;
  const rows: [string, [number | string, RaciLetter][]][] = [
    ['Initiation & planning', [[0, L.A], [1, L.R], ['Margaret Hughes', L.C], ['Thomas Berg', L.C]]],
    ['Business case & charter', [[1, L.R], ['Margaret Hughes', L.A], ['Paul Renner', L.I]]],
    ['Vendor selection', [[1, L.R], ['Thomas Berg', L.A], ['Ingrid Sørensen', L.C]]],
    ['Analysis & design', [[1, L.A], [2, L.R], [3, L.R], [5, L.C]]],
    ['Process mapping', [[3, L.R], [1, L.A], ['Ingrid Sørensen', L.C], ['Lena Vogel', L.C], ['Marco Rossi', L.C]]],
    ['Solution design', [[2, L.R], ['Thomas Berg', L.A], ['Paul Renner', L.C]]],
    ['Build & configuration', [[1, L.A], [2, L.R], ['Thomas Berg', L.I]]],
    ['System configuration', [[2, L.R], [1, L.A], ['Margaret Hughes', L.I]]],
    // Left without an A: nobody has taken the integrations on yet.
    ['Integrations', [[4, L.R], ['Claire Dubois', L.C], ['Thomas Berg', L.I]]],
    // Two A's: finance and IT both claim the migration.
    ['Data migration', [[3, L.R], ['Margaret Hughes', L.A], ['Thomas Berg', L.A], ['Jonas Hartmann', L.I]]],
    ['Testing', [[1, L.A], [2, L.R], ['Lena Vogel', L.C], ['Sabine Koch', L.I]]],
    ['Deployment & closure', [[0, L.A], [1, L.R], ['Margaret Hughes', L.I], ['Sabine Koch', L.C]]],
    ['Training', [[1, L.R], [0, L.A], ['Lena Vogel', L.I], ['Marco Rossi', L.I]]],
  ];
  const detailed = new Set<string>();
  for (const [task, cells] of rows) {
    const taskId = taskIds.get(task);
    if (!taskId) continue;
    detailed.add(taskId);
    for (const [party, letter] of cells) {
      const partyId = typeof party === 'number' ? userIds[party]! : people.get(party)!;
      await raci.set(actor(), { taskId, partyId, letter });
    }
  }
  await inheritAccountable(services, actor, projectId, detailed, [userIds[0]!, userIds[1]!]);
}

/**
 * Every other task is accountable to the A of its nearest ancestor that has exactly one, and its
 * assignee stays its implied R (a summary gets an R of the two below); where that A is the assignee, one of `fallback` (the owner, the
 * project manager) takes the A, as one person holds one letter. So only the rows left on purpose
 * are flagged.
 */
async function inheritAccountable(services: Services, actor: () => Actor, projectId: string, detailed: ReadonlySet<string>, fallback: [string, string]): Promise<void> {
  const { rows } = await services.raci.matrix(actor(), projectId, null);
  const byId = new Map(rows.map((r) => [r.taskId, r]));
  const soleA = (taskId: string | null): string | null => {
    for (let r = taskId ? byId.get(taskId) : undefined; r; r = r.parentId ? byId.get(r.parentId) : undefined) {
      const as = r.cells.filter((c) => c.letter === RaciLetter.A);
      if (as.length === 1) return as[0]!.partyId;
    }
    return null;
  };
  const other = (id: string) => (id === fallback[0] ? fallback[1] : fallback[0]);
  for (const r of rows) {
    if (detailed.has(r.taskId)) continue;
    let a = soleA(r.parentId) ?? fallback[0];
    if (a === r.assigneeId) a = other(a);
    await services.raci.set(actor(), { taskId: r.taskId, partyId: a, letter: RaciLetter.A });
    // A summary has no assignee to be its R: whoever of the two is not its A.
    if (!r.assigneeId) await services.raci.set(actor(), { taskId: r.taskId, partyId: other(a), letter: RaciLetter.R });
  }
}
