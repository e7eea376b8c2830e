import type { Methodology, ProjectRole, ProjectStatus, StatusCategory } from './graphql/types';

const dateFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const shortDateFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/**
 * `2026-11-02` -> `2 Nov 2026` (a LocalDate has no time zone: read it as a calendar date).
 * `short` leaves the year out; `'auto'` leaves it out only for dates in the current year.
 */
export function formatDate(d: string | null | undefined, short: boolean | 'auto' = false): string {
  if (!d) return '—';
  const [y, m, day] = d.split('-').map(Number);
  if (!y || !m || !day) return d;
  const date = new Date(y, m - 1, day);
  const omitYear = short === 'auto' ? y === new Date().getFullYear() : short;
  return (omitYear ? shortDateFmt : dateFmt).format(date);
}

const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "3 minutes ago", "yesterday"; `now` lets a ticking clock re-render it. */
export function timeAgo(iso: string, now: number = Date.now()): string {
  const diff = (new Date(iso).getTime() - now) / 1000;
  const abs = Math.abs(diff);
  if (abs < 45) return 'just now';
  if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(diff / 3600), 'hour');
  if (abs < 86_400 * 30) return rtf.format(Math.round(diff / 86_400), 'day');
  return dateFmt.format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatPercent(n: number): string {
  return `${Math.round(n)}%`;
}

const titles: Record<string, string> = {
  HYBRID: 'Hybrid',
  WATERFALL: 'Waterfall',
  SCRUM: 'Scrum',
  KANBAN: 'Kanban',
  PROPOSED: 'Proposed',
  ACTIVE: 'Active',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  OWNER: 'Owner',
  MANAGER: 'Manager',
  MEMBER: 'Member',
  VIEWER: 'Viewer',
  BACKLOG: 'Backlog',
  UNSTARTED: 'To do',
  STARTED: 'In progress',
};

export function label(value: Methodology | ProjectStatus | ProjectRole | StatusCategory | string): string {
  return titles[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
}

/** Status categories as a column header would say them (`label()` reads UNSTARTED as a column name, "To do"). */
export const CATEGORY_LABELS: Record<StatusCategory, string> = {
  BACKLOG: 'Backlog',
  UNSTARTED: 'Not started',
  STARTED: 'Started',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export const CATEGORY_HELP: Record<StatusCategory, string> = {
  BACKLOG: 'Not planned yet',
  UNSTARTED: 'Planned, work has not begun',
  STARTED: 'Being worked on',
  COMPLETED: 'Finished: counts as done in progress and reports',
  CANCELLED: 'Dropped: left out of progress',
};

export const ROLE_HELP: Record<ProjectRole, string> = {
  OWNER: 'Changes everything, including members',
  MANAGER: 'Changes everything, including members',
  MEMBER: 'Changes tasks',
  VIEWER: 'Reads only',
};

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** Compares WBS codes segment by segment: 1.2 < 1.10 < 2. */
export function compareWbs(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d;
  }
  return 0;
}

export function canEditTasks(role: ProjectRole | null | undefined): boolean {
  return role === 'OWNER' || role === 'MANAGER' || role === 'MEMBER';
}

export function canManage(role: ProjectRole | null | undefined): boolean {
  return role === 'OWNER' || role === 'MANAGER';
}
