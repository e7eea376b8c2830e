import type { EntityManager, DataSource } from 'typeorm';
import { workingDays, type CalendarLike, type IsWorkingDay } from '@trellis/schema/working-days';

interface CalendarRow {
  id: string;
  base_calendar_id: string | null;
  work_week: Record<string, unknown[]>;
}

/** Longest chain of base calendars followed (a chain is acyclic; this bounds a damaged one). */
const MAX_BASES = 10;

/**
 * The working days of a project's calendar (Settings → Schedule), with what it inherits from its
 * base calendars: weekdays it leaves out and their exceptions, its own exceptions winning. The
 * standard week (Monday to Friday) when the project has none.
 */
export async function projectWorkingDays(db: EntityManager | DataSource, projectId: string): Promise<IsWorkingDay> {
  const plan: { calendar_id: string | null }[] = await db.query('SELECT calendar_id FROM project_plans WHERE project_id = $1', [projectId]);
  const chain: CalendarRow[] = [];
  let next = plan[0]?.calendar_id ?? null;
  while (next && chain.length < MAX_BASES && !chain.some((c) => c.id === next)) {
    const rows: CalendarRow[] = await db.query('SELECT id, base_calendar_id, work_week FROM work_calendars WHERE id = $1', [next]);
    if (!rows[0]) break;
    chain.push(rows[0]);
    next = rows[0].base_calendar_id;
  }
  if (!chain.length) return workingDays(null);
  const exceptions: { calendar_id: string; from: string; to: string; working: boolean; times: unknown[] | null }[] = await db.query(
    `SELECT calendar_id, from_date::text AS "from", to_date::text AS "to", working, times
       FROM calendar_exceptions WHERE calendar_id = ANY($1::uuid[])`,
    [chain.map((c) => c.id)],
  );
  // The base first, so what a calendar says itself comes later and wins.
  const ordered = [...chain].reverse();
  const week = new Map<number, unknown[]>();
  for (const c of ordered) for (const [day, times] of Object.entries(c.work_week ?? {})) week.set(Number(day), times ?? []);
  const calendar: CalendarLike = {
    workWeek: [...week].map(([day, times]) => ({ day, times })),
    exceptions: ordered.flatMap((c) => exceptions.filter((e) => e.calendar_id === c.id)),
  };
  return workingDays(calendar);
}

/** The calendar day of `now` in `timeZone` (an IANA name such as "Europe/Berlin"); UTC's day when it is null or unknown. */
export function dayIn(now: Date, timeZone: string | null): string {
  if (timeZone) {
    try {
      // en-CA writes the day as YYYY-MM-DD.
      return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
    } catch {
      // An unknown zone (kept before it was checked, or removed from the runtime's data) falls back to UTC.
    }
  }
  return now.toISOString().slice(0, 10);
}

/** Today in the project's own time zone (Settings → Schedule), or UTC's today when it has none. */
export async function projectToday(db: EntityManager | DataSource, projectId: string, now: Date): Promise<string> {
  const rows: { time_zone: string | null }[] = await db.query('SELECT time_zone FROM project_plans WHERE project_id = $1', [projectId]);
  return dayIn(now, rows[0]?.time_zone ?? null);
}
