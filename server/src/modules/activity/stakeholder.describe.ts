import type { Activity } from './activity.entity.js';

/**
 * Sentences for the stakeholder register, the communication plan and the RACI: their rows carry
 * the item's name in their values (`{ name, value }`), so the sentence needs no lookup.
 */
const REGISTER_FIELDS: Record<string, string> = {
  name: 'name',
  organisation: 'organisation',
  role: 'role',
  email: 'e-mail',
  phone: 'phone',
  memberId: 'linked member',
  interest: 'interest',
  influence: 'influence',
  currentEngagement: 'current engagement',
  desiredEngagement: 'desired engagement',
  communicationNeeds: 'communication needs',
  notes: 'notes',
  stakeholderIds: 'stakeholders',
  kind: 'kind',
  title: 'title',
  channel: 'channel',
  ownerId: 'owner',
  audienceStakeholderIds: 'audience',
  audienceGroupIds: 'audience groups',
  cadenceKind: 'cadence',
  cadenceDate: 'date',
  cadenceWeekday: 'weekday',
  cadenceEveryWeeks: 'number of weeks between',
  cadenceMonthDay: 'day of the month',
  startsOn: 'start',
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Fields whose values are long texts or ids: the sentence says they changed, not to what. */
const EDITED_ONLY = new Set(['notes', 'communicationNeeds', 'memberId', 'ownerId']);

/** `SUPPORTIVE` -> `Supportive`, `VIDEO_CALL` -> `Video call`. */
const words = (v: string) => (/^[A-Z_]+$/.test(v) ? v.charAt(0) + v.slice(1).toLowerCase().replaceAll('_', ' ') : v);

function valueText(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return 'none';
  if (Array.isArray(v)) return `${v.length} ${v.length === 1 ? 'entry' : 'entries'}`;
  if (field === 'cadenceWeekday' && typeof v === 'number') return WEEKDAYS[v] ?? String(v);
  if (typeof v === 'string') return words(v.length > 60 ? `${v.slice(0, 57)}…` : v);
  return String(v);
}

const NOUNS: Record<string, string> = { stakeholder: 'stakeholder', stakeholder_group: 'group', communication_item: 'communication', raci_cell: 'RACI' };

/** The sentence of a register row, or null for any other kind of row. */
export function describeStakeholderActivity(a: Activity, who: string): string | null {
  const noun = NOUNS[a.entityType];
  if (!noun) return null;
  const before = (a.oldValue ?? {}) as { name?: string; value?: unknown; party?: string };
  const after = (a.newValue ?? {}) as { name?: string; value?: unknown; party?: string };
  const name = after.name ?? before.name ?? `a ${noun}`;
  if (a.entityType === 'raci_cell') {
    const party = after.party ?? before.party ?? 'someone';
    return after.value ? `${who} set ${party} to ${String(after.value)} on ${name}` : `${who} cleared ${party}'s RACI letter on ${name}`;
  }
  const label = noun === 'communication' ? name : `${noun} ${name}`;
  switch (a.action) {
    case 'CREATED':
      return noun === 'communication' ? `${who} added ${name} to the communication plan` : `${who} added ${label}`;
    case 'DELETED':
      return noun === 'communication' ? `${who} removed ${name} from the communication plan` : `${who} deleted ${label}`;
    default: {
      const field = a.field ?? '';
      if (field === 'held') return `${who} held ${name} on ${valueText(field, after.value)}`;
      if (field === 'name' || field === 'title') return `${who} renamed ${noun === 'communication' ? '' : `${noun} `}${valueText(field, before.value)} to ${valueText(field, after.value)}`;
      const what = REGISTER_FIELDS[field] ?? field;
      if (EDITED_ONLY.has(field)) return `${who} changed the ${what} of ${name}`;
      if (Array.isArray(after.value)) return `${who} changed the ${what} of ${name} (${after.value.length} now)`;
      return `${who} set the ${what} of ${name} to ${valueText(field, after.value)}`;
    }
  }
}
