import type { Activity } from './activity.entity.js';
import { describeRegisterActivity } from './register.describe.js';
import { describeStakeholderActivity } from './stakeholder.describe.js';

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
  approverId: 'sponsor',
};

function show(field: string | null, v: unknown, names: Names): string {
  if (v === null || v === undefined || v === '') return 'none';
  if (field === 'statusId') return names.status(String(v)) ?? 'a removed status';
  if (field === 'assigneeId' || field === 'approverId') return names.user(String(v)) ?? 'someone';
  if (field === 'percentComplete') return `${v}%`;
  if (field === 'durationDays') return `${v}d`;
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 57)}…` : v;
  if (Array.isArray(v)) return `${v.length} items`;
  return JSON.stringify(v);
}

/** One human sentence for an activity row, e.g. "Ana moved ERP-12 Data mapping to In progress". */
export function describeActivity(a: Activity, names: Names): string {
  const who = a.actorId ? (names.user(a.actorId) ?? 'Someone') : 'Trellis';
  const register = describeRegisterActivity(a, who) ?? describeStakeholderActivity(a, who);
  if (register) return register;
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
      if (a.entityType === 'charter') return `${who} edited the charter (${label})`;
      if (a.entityType === 'project' && a.field === 'name') return `${who} renamed the project to ${show(a.field, a.newValue, names)}`;
      if (a.entityType === 'member' && a.field === 'role') return `${who} changed a member's role to ${show(a.field, a.newValue, names)}`;
      return `${who} changed ${label} of ${subject} to ${show(a.field, a.newValue, names)}`;
    }
  }
}
