import type { ExportFormat, ImportFormat } from '$lib/graphql/types';
import type { PlanImportMutation } from '$lib/graphql/generated/graphql';
import { formatNumber } from '$lib/format';

export type ImportReport = PlanImportMutation['projectImport'];

export const EXPORTS: readonly { format: ExportFormat; label: string; extension: string; type: string }[] = [
  { format: 'MSPDI', label: 'MS Project XML', extension: 'xml', type: 'application/xml' },
  { format: 'CSV', label: 'Task list (CSV)', extension: 'csv', type: 'text/csv' },
  { format: 'TRELLIS_JSON', label: 'Trellis plan (JSON)', extension: 'json', type: 'application/json' },
];

/** Largest file offered to the server (its request limit is larger; a plan file this big is a mistake). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** MS Project XML or a Trellis plan, from the file name, else from the first character of the content. */
export function importFormatOf(fileName: string, content: string): ImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xml')) return 'MSPDI';
  if (lower.endsWith('.json')) return 'TRELLIS_JSON';
  const first = content.trimStart()[0];
  return first === '<' ? 'MSPDI' : first === '{' ? 'TRELLIS_JSON' : null;
}

/** `ERP-plan-2026-11-25.xml` */
export function exportFileName(projectKey: string, extension: string, today: string): string {
  return `${projectKey}-plan-${today}.${extension}`;
}

/** "34 tasks, 40 links, 2 calendars" — only what the file held. */
export function importSummary(r: ImportReport): string {
  const parts: [number, string, string][] = [
    [r.created, 'task', 'tasks'],
    [r.links, 'link', 'links'],
    [r.calendars, 'calendar', 'calendars'],
    [r.resources, 'resource', 'resources'],
    [r.assignments, 'assignment', 'assignments'],
    [r.baselines, 'baseline', 'baselines'],
    [r.costEntries, 'cost entry', 'cost entries'],
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${formatNumber(n)} ${n === 1 ? one : many}`);
  return said.length > 0 ? said.join(', ') : 'nothing';
}
