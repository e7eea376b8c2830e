/**
 * The task list as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes
 * or line breaks quoted, quotes doubled), in outline order as the Gantt chart shows it.
 */
import type { ScheduleResult } from './model.js';
import { outline, type PlanAssignment, type PlanDocument } from './plan-document.js';

const HEADER = ['WBS', 'Name', 'Start', 'Finish', 'Duration (days)', 'Total float (days)', 'Critical', '% complete', 'Resources'];

export function tasksCsv(plan: PlanDocument, schedule: ScheduleResult): string {
  const scheduled = new Map(schedule.tasks.map((t) => [t.id, t]));
  const resources = new Map(plan.resources.map((r) => [r.id, r]));
  const assignmentsOf = new Map<string, PlanAssignment[]>();
  for (const a of plan.assignments) {
    const list = assignmentsOf.get(a.taskId);
    if (list) list.push(a);
    else assignmentsOf.set(a.taskId, [a]);
  }
  const rows = outline(plan.tasks).map(({ task, wbs }) => {
    const s = scheduled.get(task.id);
    const assigned = (assignmentsOf.get(task.id) ?? [])
      .map((a) => {
        const resource = resources.get(a.resourceId);
        const name = resource?.name ?? a.resourceId;
        if (resource?.type === 'MATERIAL') return `${name} [${formatNumber(a.units)}${resource.materialLabel ? ` ${resource.materialLabel}` : ''}]`;
        if (resource?.type === 'WORK' && a.units !== 1) return `${name} [${formatNumber(a.units * 100)}%]`;
        return name;
      });
    return [
      wbs,
      text(task.name),
      s?.start ?? '',
      s?.finish ?? '',
      s ? formatNumber(s.durationDays) : formatNumber(task.durationDays),
      s ? formatNumber(s.totalFloatDays) : '',
      s ? (s.critical ? 'yes' : 'no') : '',
      formatNumber(task.percentComplete ?? 0),
      text(assigned.join('; ')),
    ];
  });
  return [HEADER, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Free text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
 * is prefixed with an apostrophe, which spreadsheets show as plain text.
 */
function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Up to three decimals, no trailing zeros, no exponent. */
function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
