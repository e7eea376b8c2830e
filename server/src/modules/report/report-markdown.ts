import type { ReportFigures } from './report.types.js';

/** What an export shows of a report besides its figures. */
export interface ReportHeader {
  projectName: string;
  projectKey: string;
  number: number;
  title: string;
  periodStart: string;
  periodEnd: string;
  status: string;
  publishedAt: Date | null;
  publishedBy: string | null;
}

const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const num = (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? '—' : n.toFixed(digits));
const money = (n: number, currency: string) => `${Math.round(n).toLocaleString('en')} ${currency}`;
const cap = (s: string) => s[0] + s.slice(1).toLowerCase();

function table(head: string[], rows: string[][]): string {
  if (!rows.length) return '_None._\n';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n') + '\n';
}

/** The report as Markdown: the same sections as the page, figures as published (or as computed for a draft). */
export function reportMarkdown(h: ReportHeader, f: ReportFigures, narrative: string): string {
  const out: string[] = [];
  out.push(`# ${esc(h.projectName)} — ${esc(h.title)}`);
  out.push('');
  out.push(`Report ${h.number} · ${h.periodStart} to ${h.periodEnd} · ${h.status === 'PUBLISHED' ? `published ${h.publishedAt?.toISOString().slice(0, 10) ?? ''}${h.publishedBy ? ` by ${esc(h.publishedBy)}` : ''}` : 'draft'}`);
  out.push('');
  out.push(`**Overall health: ${f.overall}**`);
  out.push('');
  out.push('## Health');
  out.push('');
  out.push(
    table(
      ['Area', 'Colour', 'Computed', 'Why'],
      f.health.map((a) => [cap(a.area), a.colour, a.computed, [...a.reasons, ...(a.overrideReason ? [`Override: ${a.overrideReason}`] : [])].join('; ')]),
    ),
  );
  out.push('## Narrative');
  out.push('');
  out.push(narrative.trim() ? narrative.trim() + '\n' : '_No narrative._\n');
  out.push('## Schedule and cost');
  out.push('');
  const ev = f.earnedValue;
  out.push(
    ev
      ? table(['Status date', 'PV', 'EV', 'AC', 'SV', 'CV', 'SPI', 'CPI'], [[ev.statusDate, money(ev.pv, f.currency), money(ev.ev, f.currency), money(ev.ac, f.currency), money(ev.sv, f.currency), money(ev.cv, f.currency), num(ev.spi), num(ev.cpi)]])
      : '_No baseline: no earned value._\n',
  );
  out.push('### Trend');
  out.push('');
  out.push(table(['Report', 'Period end', 'SPI', 'CPI'], f.trend.map((t) => [`#${t.number}`, t.periodEnd, num(t.spi), num(t.cpi)])));
  out.push('## Milestones');
  out.push('');
  out.push(table(['Milestone', 'Baseline', 'Forecast', 'Actual', 'Slip (days)'], f.milestones.map((m) => [`${m.key} ${m.name}`, m.baselineFinish ?? '—', m.forecastFinish ?? '—', m.actualFinish ?? '—', m.slipDays === null ? '—' : String(m.slipDays)])));
  out.push('## Accomplishments');
  out.push('');
  out.push(table(['Task', 'Completed'], f.accomplishments.map((t) => [`${t.key} ${t.name}`, t.finish ?? '—'])));
  out.push('## Planned for the next period');
  out.push('');
  out.push(table(['Task', 'Start', 'Finish'], f.planned.map((t) => [`${t.key} ${t.name}`, t.start ?? '—', t.finish ?? '—'])));
  out.push('## Top risks');
  out.push('');
  out.push(table(['Risk', 'Score', 'Status'], f.risks.map((r) => [`${r.key} ${r.title}`, String(r.score), cap(r.status)])));
  out.push('## Open issues');
  out.push('');
  out.push(table(['Issue', 'Severity', 'Blocking', 'Due'], f.issues.map((i) => [`${i.key} ${i.title}`, cap(i.severity), i.blocking ? 'yes' : 'no', `${i.dueDate ?? '—'}${i.overdue ? ' (overdue)' : ''}`])));
  out.push('## Change requests');
  out.push('');
  out.push(table(['Change request', 'Status', 'Decided', 'Budget change'], f.changes.map((c) => [`${c.key} ${c.title}`, cap(c.status.replace('_', ' ')), c.decidedOn ?? 'pending', c.budgetDelta === null ? '—' : money(c.budgetDelta, f.currency)])));
  return out.join('\n');
}
