/**
 * The RACI matrix as CSV, made in the browser for download: one line per task (WBS code, key,
 * name), a column per member or stakeholder, and the row's flags; RFC 4180 quoting, CRLF lines.
 */
export interface CsvMatrix {
  parties: readonly { id: string; name: string }[];
  rows: readonly CsvRow[];
}
export interface CsvRow {
  wbsCode: string;
  key: string;
  name: string;
  flags: readonly string[];
  cells: readonly { partyId: string; letter?: string | null }[];
}

/** A field quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(v: string): string {
  return /[",\n\r]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** The matrix (or the rows given, a branch) as CSV text. */
export function raciCsv(m: CsvMatrix, rows: readonly CsvRow[] = m.rows): string {
  const head = ['WBS', 'Key', 'Task', ...m.parties.map((p) => p.name), 'Flags'];
  const lines = rows.map((r) => {
    const byParty = new Map(r.cells.map((c) => [c.partyId, c.letter ?? '']));
    return [r.wbsCode, r.key, r.name, ...m.parties.map((p) => byParty.get(p.id) ?? ''), r.flags.join(' ')];
  });
  return [head, ...lines].map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
