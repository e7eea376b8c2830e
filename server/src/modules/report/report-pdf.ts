import PDFDocument from 'pdfkit';
import type { ReportHeader } from './report-markdown.js';
import type { ReportFigures } from './report.types.js';

const COLOURS: Record<string, string> = { GREEN: '#1a7f37', AMBER: '#b35900', RED: '#c62828' };
const INK = '#1f2328';
const MUTED = '#59636e';
const LINE = '#d0d7de';
const SERIES = { pv: '#0969da', ev: '#1a7f37', ac: '#c62828', remaining: '#8250df' };
const cap = (s: string) => s[0] + s.slice(1).toLowerCase();
const num = (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? '-' : n.toFixed(digits));
const money = (n: number, currency: string) => `${Math.round(n).toLocaleString('en')} ${currency}`;

type Doc = PDFKit.PDFDocument;
const LEFT = 50;
const WIDTH = 495;

function heading(doc: Doc, text: string): void {
  if (doc.y > 720) doc.addPage();
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor(INK).text(text, LEFT, doc.y, { width: WIDTH });
  doc.moveDown(0.3);
}

/** A plain table: header row, then rows; wraps to a new page when full. */
function table(doc: Doc, head: string[], widths: number[], rows: string[][]): void {
  if (!rows.length) {
    doc.font('Helvetica-Oblique').fontSize(10).fillColor(MUTED).text('None.', LEFT, doc.y, { width: WIDTH });
    return;
  }
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 6;
    if (doc.y + height > 780) doc.addPage();
    const y = doc.y;
    let x = LEFT;
    cells.forEach((c, i) => {
      doc.fillColor(bold ? MUTED : INK).text(c, x + 3, y + 3, { width: widths[i]! - 6 });
      x += widths[i]!;
    });
    doc.moveTo(LEFT, y + height).lineTo(LEFT + WIDTH, y + height).lineWidth(0.5).strokeColor(LINE).stroke();
    doc.x = LEFT;
    doc.y = y + height;
  };
  row(head, true);
  for (const r of rows) row(r, false);
}

/** A line chart drawn as vectors: axes, series, legend. */
function lineChart(doc: Doc, title: string, dates: string[], series: { name: string; colour: string; values: (number | null)[] }[], format: (n: number) => string): void {
  const height = 170;
  if (doc.y + height + 40 > 780) doc.addPage();
  heading(doc, title);
  const top = doc.y + 4;
  const left = LEFT + 55;
  const width = WIDTH - 60;
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (dates.length < 2 || !all.length) {
    doc.font('Helvetica-Oblique').fontSize(10).fillColor(MUTED).text('Not enough data for a chart.', LEFT, doc.y);
    return;
  }
  const max = Math.max(...all, 1);
  const x = (i: number) => left + (i / (dates.length - 1)) * width;
  const y = (v: number) => top + height - (v / max) * height;
  doc.lineWidth(0.5).strokeColor(LINE);
  for (let g = 0; g <= 4; g++) {
    const v = (max * g) / 4;
    doc.moveTo(left, y(v)).lineTo(left + width, y(v)).stroke();
    doc.font('Helvetica').fontSize(7).fillColor(MUTED).text(format(v), LEFT, y(v) - 3, { width: 50, align: 'right' });
  }
  const labels = [0, Math.floor((dates.length - 1) / 2), dates.length - 1];
  for (const i of labels) doc.font('Helvetica').fontSize(7).fillColor(MUTED).text(dates[i]!, x(i) - 25, top + height + 4, { width: 50, align: 'center' });
  for (const s of series) {
    let started = false;
    s.values.forEach((v, i) => {
      if (v === null) return;
      if (!started) doc.moveTo(x(i), y(v));
      else doc.lineTo(x(i), y(v));
      started = true;
    });
    if (started) doc.lineWidth(1.5).strokeColor(s.colour).stroke();
  }
  let lx = left;
  const ly = top + height + 18;
  for (const s of series) {
    doc.rect(lx, ly + 2, 10, 3).fill(s.colour);
    doc.font('Helvetica').fontSize(8).fillColor(INK).text(s.name, lx + 14, ly, { lineBreak: false });
    lx += 14 + doc.widthOfString(s.name) + 16;
  }
  doc.x = LEFT;
  doc.y = ly + 16;
}

/** The report as a PDF (pdfkit, no browser): health, narrative, S-curve, burndown, milestones and the registers. */
export function reportPdf(h: ReportHeader, f: ReportFigures, narrative: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 50, bottom: 50, left: LEFT, right: 50 }, info: { Title: `${h.projectName} - ${h.title}`, Author: 'Trellis' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(`${h.projectKey} · ${h.projectName}`, LEFT, 50, { width: WIDTH });
  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(h.title, { width: WIDTH });
  const state = h.status === 'PUBLISHED' ? `Published ${h.publishedAt?.toISOString().slice(0, 10) ?? ''}${h.publishedBy ? ` by ${h.publishedBy}` : ''}` : 'Draft (figures as of now)';
  doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(`Report ${h.number} · ${h.periodStart} to ${h.periodEnd} · ${state}`, { width: WIDTH });
  doc.moveDown(0.6);
  const badgeY = doc.y;
  doc.roundedRect(LEFT, badgeY, 170, 26, 4).fill(COLOURS[f.overall] ?? INK);
  doc.font('Helvetica-Bold').fontSize(12).fillColor('#ffffff').text(`Overall health: ${f.overall}`, LEFT + 10, badgeY + 8, { width: 160 });
  doc.x = LEFT;
  doc.y = badgeY + 34;

  heading(doc, 'Health');
  table(
    doc,
    ['Area', 'Colour', 'Computed', 'Why'],
    [70, 60, 65, 300],
    f.health.map((a) => [cap(a.area), a.colour, a.computed, [...a.reasons, ...(a.overrideReason ? [`Override: ${a.overrideReason}`] : [])].join('\n')]),
  );

  heading(doc, 'Narrative');
  doc.font('Helvetica').fontSize(10).fillColor(narrative.trim() ? INK : MUTED).text(narrative.trim() || 'No narrative.', LEFT, doc.y, { width: WIDTH });

  heading(doc, 'Schedule and cost');
  const ev = f.earnedValue;
  if (ev) {
    table(doc, ['Status date', 'PV', 'EV', 'AC', 'SPI', 'CPI'], [80, 95, 95, 95, 65, 65], [[ev.statusDate, money(ev.pv, f.currency), money(ev.ev, f.currency), money(ev.ac, f.currency), num(ev.spi), num(ev.cpi)]]);
  } else doc.font('Helvetica-Oblique').fontSize(10).fillColor(MUTED).text('No baseline: no earned value.', LEFT, doc.y);
  doc.moveDown(0.4);
  table(doc, ['Report', 'Period end', 'SPI', 'CPI'], [80, 120, 80, 80], f.trend.map((t) => [`#${t.number}`, t.periodEnd, num(t.spi), num(t.cpi)]));

  lineChart(
    doc,
    'S-curve (cumulative)',
    f.curve.map((p) => p.date),
    [
      { name: 'Planned value', colour: SERIES.pv, values: f.curve.map((p) => p.pv) },
      { name: 'Earned value', colour: SERIES.ev, values: f.curve.map((p) => p.ev) },
      { name: 'Actual cost', colour: SERIES.ac, values: f.curve.map((p) => p.ac) },
    ],
    (n) => Math.round(n).toLocaleString('en'),
  );
  lineChart(doc, 'Burndown (tasks remaining)', f.burndown.map((p) => p.date), [{ name: 'Tasks remaining', colour: SERIES.remaining, values: f.burndown.map((p) => p.remaining) }], (n) => String(Math.round(n)));

  heading(doc, 'Milestones');
  table(doc, ['Milestone', 'Baseline', 'Forecast', 'Actual', 'Slip'], [195, 75, 75, 75, 75], f.milestones.map((m) => [`${m.key} ${m.name}`, m.baselineFinish ?? '-', m.forecastFinish ?? '-', m.actualFinish ?? '-', m.slipDays === null ? '-' : `${m.slipDays} d`]));
  heading(doc, 'Accomplishments');
  table(doc, ['Task', 'Completed'], [395, 100], f.accomplishments.map((t) => [`${t.key} ${t.name}`, t.finish ?? '-']));
  heading(doc, 'Planned for the next period');
  table(doc, ['Task', 'Start', 'Finish'], [295, 100, 100], f.planned.map((t) => [`${t.key} ${t.name}`, t.start ?? '-', t.finish ?? '-']));
  heading(doc, 'Top risks');
  table(doc, ['Risk', 'Score', 'Status'], [345, 50, 100], f.risks.map((r) => [`${r.key} ${r.title}`, String(r.score), cap(r.status)]));
  heading(doc, 'Open issues');
  table(doc, ['Issue', 'Severity', 'Blocking', 'Due'], [265, 70, 60, 100], f.issues.map((i) => [`${i.key} ${i.title}`, cap(i.severity), i.blocking ? 'yes' : 'no', `${i.dueDate ?? '-'}${i.overdue ? ' (overdue)' : ''}`]));
  heading(doc, 'Change requests');
  table(doc, ['Change request', 'Status', 'Decided', 'Budget change'], [235, 90, 80, 90], f.changes.map((c) => [`${c.key} ${c.title}`, cap(c.status.replace('_', ' ')), c.decidedOn ?? 'pending', c.budgetDelta === null ? '-' : money(c.budgetDelta, f.currency)]));
  doc.end();
  return done;
}
