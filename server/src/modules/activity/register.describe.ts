import type { Activity } from './activity.entity.js';

/**
 * Sentences for the rows of project registers (change requests, decisions), whose values carry
 * the entry's label (`{ label: 'CR-3 Vendor delay', value }`), so the sentence names the entry as
 * it was called then, even once deleted.
 */
const NOUNS: Record<string, string> = { change_request: 'change request', decision: 'decision' };

const FIELDS: Record<string, string> = {
  title: 'the title',
  description: 'the description',
  reason: 'the reason',
  category: 'the category',
  requestedById: 'the requester',
  takeBaseline: 'the baseline choice',
  changeSet: 'the change set',
  linkedTaskIds: 'the linked tasks',
  rationale: 'the rationale',
  alternatives: 'the alternatives',
  decidedByIds: 'who decided',
  decidedByText: 'who decided',
  decidedOn: 'the date',
  linkedChangeRequestIds: 'the linked change requests',
};

const STEPS: Record<string, string> = {
  SUBMITTED: 'submitted',
  UNDER_REVIEW: 'started the review of',
  APPROVED: 'approved',
  REJECTED: 'rejected',
  DEFERRED: 'deferred',
};

interface Labelled {
  label?: string;
  value?: unknown;
}

function plain(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 57)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/** The sentence for a register row, or null when the row is not a register's. */
export function describeRegisterActivity(a: Activity, who: string): string | null {
  if (a.entityType === 'change_board') {
    const n = Array.isArray(a.newValue) ? a.newValue.length : 0;
    return n ? `${who} named a change board of ${n} member${n === 1 ? '' : 's'}` : `${who} left change decisions to owners and managers`;
  }
  const noun = NOUNS[a.entityType];
  if (!noun) return null;
  const now = (a.newValue ?? {}) as Labelled;
  const label = now.label ?? (a.oldValue as Labelled | null)?.label ?? `a ${noun}`;
  switch (a.action) {
    case 'CREATED':
      return a.entityType === 'decision' ? `${who} recorded decision ${label}` : `${who} raised ${label}`;
    case 'DELETED':
      return `${who} deleted ${noun} ${label}`;
    default:
      break;
  }
  if (a.field === 'status') {
    const step = (now.value ?? {}) as { status?: string; reason?: string };
    const why = step.reason ? `: ${plain(step.reason)}` : '';
    return `${who} ${STEPS[step.status ?? ''] ?? 'moved'} ${label}${why}`;
  }
  if (a.field === 'issueLink') {
    const link = (now.value ?? {}) as { issue?: string; linked?: boolean };
    const issue = link.issue ? `issue ${link.issue}` : 'an issue';
    return link.linked ? `${who} linked ${label} to ${issue}, which it addresses` : `${who} unlinked ${issue} from ${label}`;
  }
  if (a.field === 'impact') return `${who} previewed the impact of ${label}`;
  if (a.field === 'appliedAt') return `${who} applied ${label} to the plan`;
  const value = plain(now.value);
  const what = FIELDS[a.field ?? ''] ?? a.field ?? 'details';
  return value && a.field !== 'requestedById' && a.field !== 'changeSet' ? `${who} set ${what} of ${label} to ${value}` : `${who} changed ${what} of ${label}`;
}
