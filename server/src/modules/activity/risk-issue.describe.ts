import type { Activity } from './activity.entity.js';

/**
 * Sentences for the risk register and the issue log. Their rows keep the item's name at the time of
 * the change (`subject`, e.g. "R-3 Vendor delay"), since this module cannot look them up.
 */

/** The one lookup these sentences need: a person's name by id. */
interface Names {
  user(id: string): string | undefined;
}

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return 'none';
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 57)}…` : v;
  if (Array.isArray(v)) return `${v.length} items`;
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
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
  return show(v);
}

/** e.g. "Alex Morgan raised risk R-3 Vendor delay", "Alex Morgan set the probability of R-3 to 4". */
export function describeRiskIssueActivity(a: Activity, who: string, names: Names): string | null {
  const kind = REGISTER_NOUNS[a.entityType];
  if (!kind) return null;
  const { noun, created } = kind;
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
      if (field === 'title') return `${who} renamed ${key} from ${show(a.oldValue)} to ${show(a.newValue)}`;
      return `${who} set the ${REGISTER_LABELS[field] ?? field} of ${key} to ${showRegisterValue(field, a.newValue, names)}`;
    }
  }
}
