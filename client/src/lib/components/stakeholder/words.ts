/**
 * How the register's values read on screen. The figures themselves (strategy, gap, next due day,
 * RACI flags) come from the server; this file only names them.
 */
import type * as D from '$lib/graphql/generated/graphql';

export const ENGAGEMENT_LEVELS: { value: D.EngagementLevel; label: string }[] = [
  { value: 'UNAWARE' as D.EngagementLevel, label: 'Unaware' },
  { value: 'RESISTANT' as D.EngagementLevel, label: 'Resistant' },
  { value: 'NEUTRAL' as D.EngagementLevel, label: 'Neutral' },
  { value: 'SUPPORTIVE' as D.EngagementLevel, label: 'Supportive' },
  { value: 'LEADING' as D.EngagementLevel, label: 'Leading' },
];

export const STRATEGY_LABELS: Record<string, string> = {
  MANAGE_CLOSELY: 'Manage closely',
  KEEP_SATISFIED: 'Keep satisfied',
  KEEP_INFORMED: 'Keep informed',
  MONITOR: 'Monitor',
};

export const STRATEGY_HELP: Record<string, string> = {
  MANAGE_CLOSELY: 'High influence, high interest: involve them in decisions and meet them often.',
  KEEP_SATISFIED: 'High influence, low interest: meet their needs without burying them in detail.',
  KEEP_INFORMED: 'Low influence, high interest: tell them how things stand and listen.',
  MONITOR: 'Low influence, low interest: watch for changes, with little effort.',
};

export const KIND_LABELS: Record<string, string> = {
  STATUS_REPORT: 'Status report',
  STEERING_COMMITTEE: 'Steering committee',
  DEMO: 'Demo',
  NEWSLETTER: 'Newsletter',
  OTHER: 'Other',
};

export const CHANNEL_LABELS: Record<string, string> = {
  EMAIL: 'E-mail',
  MEETING: 'Meeting',
  VIDEO_CALL: 'Video call',
  CHAT: 'Chat',
  REPORT: 'Report',
  OTHER: 'Other',
};

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const engagementLabel = (v: string) => ENGAGEMENT_LEVELS.find((l) => l.value === v)?.label ?? v;

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** A cadence in words: "Weekly on Monday", "Every 2 weeks on Tuesday", "Monthly on the 15th". */
export function cadenceText(c: { kind: string; date?: string | null; weekday?: number | null; everyWeeks?: number | null; monthDay?: number | null }): string {
  switch (c.kind) {
    case 'ONCE':
      return `Once on ${c.date ?? '?'}`;
    case 'WEEKLY':
      return `Weekly on ${WEEKDAYS[c.weekday ?? 1]}`;
    case 'EVERY_N_WEEKS':
      return `Every ${c.everyWeeks ?? 2} weeks on ${WEEKDAYS[c.weekday ?? 1]}`;
    case 'MONTHLY_FIRST_WORKING_DAY':
      return 'Monthly on the first working day';
    case 'MONTHLY_DAY':
      return `Monthly on the ${ordinal(c.monthDay ?? 1)}`;
    default:
      return c.kind;
  }
}

export const FLAG_LABELS: Record<string, { short: string; long: string }> = {
  NO_ACCOUNTABLE: { short: 'No A', long: 'Nobody is accountable' },
  MANY_ACCOUNTABLE: { short: 'Several A', long: 'More than one person is accountable' },
  NO_RESPONSIBLE: { short: 'No R', long: 'Nobody is responsible' },
};
