import type { Activity } from './activity.entity.js';

export interface Names {
  task(id: string): string | undefined;
  status(id: string): string | undefined;
  user(id: string): string | undefined;
}

const FIELD_LABELS: Record<string, string> = {
  name: 'name',
  description: 'description',
  kind: 'kind',
  durationDays: 'duration',
  plannedStart: 'planned start',
  plannedFinish: 'planned finish',
  constraintType: 'constraint',
  constraintDate: 'constraint date',
  deadline: 'deadline',
  actualStart: 'actual start',
  actualFinish: 'actual finish',
  statusId: 'status',
  percentComplete: '% complete',
  assigneeId: 'assignee',
  estimateHours: 'estimate',
  storyPoints: 'story points',
  targetFinish: 'target finish',
  startDate: 'start date',
  archivedAt: 'archive state',
  approvalState: 'approval',
  purpose: 'purpose',
  objectives: 'objectives',
  successCriteria: 'success criteria',
  inScope: 'in scope',
  outOfScope: 'out of scope',
  keyStakeholders: 'key stakeholders',
  lagDays: 'lag',
  methodology: 'methodology',
  currency: 'currency',
  budget: 'budget',
};

function show(field: string | null, v: unknown, names: Names): string {
  if (v === null || v === undefined || v === '') return 'none';
  if (field === 'statusId') return names.status(String(v)) ?? 'a removed status';
  if (field === 'assigneeId') return names.user(String(v)) ?? 'someone';
  if (field === 'percentComplete') return `${v}%`;
  if (field === 'durationDays') return `${v}d`;
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 57)}…` : v;
  if (Array.isArray(v)) return `${v.length} items`;
  return JSON.stringify(v);
}

/** One human sentence for an activity row, e.g. "Ana moved ERP-12 Data mapping to In progress". */
export function describeActivity(a: Activity, names: Names): string {
  const who = a.actorId ? (names.user(a.actorId) ?? 'Someone') : 'Trellis';
  if (a.entityType in REGISTER_NOUNS) return describeRegisterChange(a, who, names);
  const subject =
    a.entityType === 'task'
      ? (names.task(a.entityId) ?? 'a task')
      : ({ project: 'the project', charter: 'the charter', board_token: 'a wall board token', status: 'a status', member: 'a member', dependency: 'a link' } as Record<string, string>)[a.entityType] ?? a.entityType;
  switch (a.action) {
    case 'CREATED':
      if (a.entityType === 'dependency') {
        const v = a.newValue as { predecessorId?: string; successorId?: string; type?: string } | null;
        return `${who} linked ${names.task(v?.predecessorId ?? '') ?? 'a task'} → ${names.task(v?.successorId ?? '') ?? 'a task'} (${v?.type ?? 'FS'})`;
      }
      if (a.entityType === 'member') return `${who} added ${(a.newValue as { email?: string })?.email ?? 'a member'} as ${(a.newValue as { role?: string })?.role ?? ''}`.trim();
      return `${who} created ${subject}`;
    case 'DELETED':
      if (a.entityType === 'board_token') return `${who} revoked ${subject}`;
      if (a.entityType === 'member') return `${who} removed a member`;
      return `${who} deleted ${subject}`;
    case 'WARNING': {
      const message = (a.newValue as { message?: string } | null)?.message ?? 'it could not be stored';
      return `${who}'s change to ${subject} was not taken as sent: ${message}`;
    }
    case 'MOVED':
      return `${who} moved ${subject} to WBS ${(a.newValue as { wbsCode?: string })?.wbsCode ?? '?'}`;
    default: {
      const label = FIELD_LABELS[a.field ?? ''] ?? a.field ?? 'details';
      if (a.field === 'statusId') return `${who} moved ${subject} to ${show(a.field, a.newValue, names)}`;
      if (a.field === 'assigneeId') return `${who} assigned ${subject} to ${show(a.field, a.newValue, names)}`;
      if (a.field === 'description') return `${who} edited the description of ${subject}`;
      if (a.entityType === 'task' && a.field === 'name') {
        const key = subject.split(' ')[0];
        return `${who} renamed ${key} from ${show(a.field, a.oldValue, names)} to ${show(a.field, a.newValue, names)}`;
      }
      if (a.entityType === 'board_token' && a.field === 'wallRegisters') {
        const v = a.newValue as { showTopRisks?: boolean; showBlockingIssues?: boolean } | null;
        const shown = [v?.showTopRisks && 'the top risks', v?.showBlockingIssues && 'the blocking issues'].filter(Boolean).join(' and ');
        return shown ? `${who} set a wall board to show ${shown}` : `${who} set a wall board to show no risks or issues`;
      }
      if (a.entityType === 'charter') return `${who} edited the charter (${label})`;
      if (a.entityType === 'project' && a.field === 'name') return `${who} renamed the project to ${show(a.field, a.newValue, names)}`;
      if (a.entityType === 'member' && a.field === 'role') return `${who} changed a member's role to ${show(a.field, a.newValue, names)}`;
      return `${who} changed ${label} of ${subject} to ${show(a.field, a.newValue, names)}`;
    }
  }
}

/** The registers' rows: their activity carries the item's name (`subject`, e.g. "R-3 Vendor delay"). */
const REGISTER_NOUNS: Record<string, { noun: string; created: string }> = {
  risk: { noun: 'risk', created: 'raised' },
  issue: { noun: 'issue', created: 'logged' },
};

const REGISTER_LABELS: Record<string, string> = {
  title: 'title',
  cause: 'cause',
  effect: 'effect',
  category: 'category',
  kind: 'kind',
  probability: 'probability',
  impactSchedule: 'schedule impact',
  impactCost: 'cost impact score',
  impactScope: 'scope impact',
  impactQuality: 'quality impact',
  costImpact: 'cost impact',
  scheduleImpactDays: 'schedule impact in days',
  strategy: 'response strategy',
  responsePlan: 'response plan',
  trigger: 'trigger',
  reviewDate: 'review date',
  residualProbability: 'residual probability',
  residualImpact: 'residual impact',
  type: 'type',
  severity: 'severity',
  priority: 'priority',
  dueDate: 'due date',
  escalationLevel: 'escalation level',
  resolution: 'resolution',
  raisedAt: 'raised date',
};

const PEOPLE_FIELDS = new Set(['ownerId', 'escalatedToId', 'raisedById']);

/** A register value in words: people by name, enum values in lower case. */
function showRegisterValue(field: string, v: unknown, names: Names): string {
  if (v === null || v === undefined || v === '') return 'none';
  if (PEOPLE_FIELDS.has(field)) return names.user(String(v)) ?? 'someone';
  if (typeof v === 'string' && /^[A-Z_]+$/.test(v)) return v.toLowerCase().replace(/_/g, ' ');
  return show(field, v, names);
}

/** e.g. "Alex Morgan raised risk R-3 Vendor delay", "Alex Morgan set the probability of R-3 to 4". */
function describeRegisterChange(a: Activity, who: string, names: Names): string {
  const { noun, created } = REGISTER_NOUNS[a.entityType]!;
  const subject = a.subject ?? `a ${noun}`;
  const key = subject.split(' ')[0]!;
  const v = a.newValue as Record<string, string> | null;
  switch (a.action) {
    case 'CREATED':
      if (a.field === 'occurred') return `${who} recorded that risk ${v?.risk ?? 'a risk'} occurred, as issue ${subject}`;
      return `${who} ${created} ${noun} ${subject}`;
    case 'DELETED':
      return `${who} deleted ${noun} ${subject}`;
    default: {
      const field = a.field ?? '';
      if (field === 'status') return `${who} moved ${subject} to ${showRegisterValue(field, a.newValue, names)}`;
      if (field === 'ownerId') return a.newValue ? `${who} made ${showRegisterValue(field, a.newValue, names)} the owner of ${key}` : `${who} cleared the owner of ${key}`;
      if (field === 'escalatedToId') return `${who} escalated ${key} to ${showRegisterValue(field, a.newValue, names)}`;
      if (field === 'description') return `${who} edited the description of ${subject}`;
      if (field === 'taskIds') return `${who} changed the tasks linked to ${key} (${Array.isArray(a.newValue) ? a.newValue.length : 0} now)`;
      if (field === 'riskIds') return `${who} changed the risks linked to ${key} (${Array.isArray(a.newValue) ? a.newValue.length : 0} now)`;
      if (field === 'mitigationTask') return `${who} added mitigation task ${(v as { task?: string } | null)?.task ?? ''} to ${key}`.replace('  ', ' ');
      if (field === 'title') return `${who} renamed ${key} from ${show(field, a.oldValue, names)} to ${show(field, a.newValue, names)}`;
      return `${who} set the ${REGISTER_LABELS[field] ?? field} of ${key} to ${showRegisterValue(field, a.newValue, names)}`;
    }
  }
}
