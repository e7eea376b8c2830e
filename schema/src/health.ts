/**
 * Project health: green, amber or red for the project and for each area (schedule, cost, scope,
 * risks, issues), each colour with the reasons that made it. This is the one place the rules
 * live; status reports, the portfolio and the wall board all read them here, and a project tunes
 * them by storing a partial `HealthRules` over the defaults.
 *
 * - Schedule: SPI below `spiAmber` is amber, below `spiRed` red; a milestone whose forecast
 *   (or actual) finish is past its baseline finish by more than `milestoneSlipAmberDays` calendar
 *   days is amber, by more than `milestoneSlipRedDays` red.
 * - Cost: CPI below `cpiAmber` is amber, below `cpiRed` red.
 * - Scope: change requests approved in the period that add more than `scopeAmberPercent` of the
 *   budget are amber, more than `scopeRedPercent` red; a change request waiting for a decision
 *   longer than `scopePendingAmberDays` days is amber.
 * - Risks: an open risk scoring `riskRedScore` or more (the heat map's red zone) is red, one
 *   scoring `riskAmberScore` or more amber.
 * - Issues: an overdue blocking issue is red; an open issue of HIGH or CRITICAL severity amber.
 * - Overall: the worst area. An area with nothing to judge (no baseline, so no SPI) is green with
 *   the reason saying so, never an error.
 */

export type HealthColour = 'GREEN' | 'AMBER' | 'RED';
export type HealthArea = 'SCHEDULE' | 'COST' | 'SCOPE' | 'RISKS' | 'ISSUES';
export const HEALTH_AREAS: readonly HealthArea[] = ['SCHEDULE', 'COST', 'SCOPE', 'RISKS', 'ISSUES'];

export interface HealthRules {
  spiAmber: number;
  spiRed: number;
  cpiAmber: number;
  cpiRed: number;
  milestoneSlipAmberDays: number;
  milestoneSlipRedDays: number;
  scopeAmberPercent: number;
  scopeRedPercent: number;
  scopePendingAmberDays: number;
  riskAmberScore: number;
  riskRedScore: number;
}

export const DEFAULT_HEALTH_RULES: Readonly<HealthRules> = Object.freeze({
  spiAmber: 0.95,
  spiRed: 0.85,
  cpiAmber: 0.95,
  cpiRed: 0.85,
  milestoneSlipAmberDays: 0,
  milestoneSlipRedDays: 10,
  scopeAmberPercent: 5,
  scopeRedPercent: 10,
  scopePendingAmberDays: 14,
  riskAmberScore: 8,
  riskRedScore: 15,
});

export type IssueSeverity = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

/** What the rules read of a project at a moment. Dates are 'YYYY-MM-DD'. */
export interface HealthFacts {
  spi: number | null;
  cpi: number | null;
  milestones: readonly { name: string; baselineFinish: string | null; forecastFinish: string | null; actualFinish?: string | null }[];
  /** Open risks only. */
  risks: readonly { title: string; score: number }[];
  /** Open issues only. */
  issues: readonly { title: string; severity: IssueSeverity; blocking: boolean; overdue: boolean }[];
  /** The project's budget before the changes counted below; null or 0 when it has none. */
  budget: number | null;
  /** Cost added by change requests approved in the period (negative when they saved money). */
  approvedChangeCost: number;
  /** Change requests waiting for a decision, with the days since they were submitted. */
  pendingChanges: readonly { title: string; waitingDays: number }[];
}

export interface AreaHealth {
  area: HealthArea;
  colour: HealthColour;
  /** Plain sentences, the worst first; one reason even when green. */
  reasons: string[];
}

export interface HealthAssessment {
  overall: HealthColour;
  areas: AreaHealth[];
}

const RANK: Record<HealthColour, number> = { GREEN: 0, AMBER: 1, RED: 2 };

/** The worse of colours (GREEN for none). */
export function worstColour(colours: Iterable<HealthColour>): HealthColour {
  let worst: HealthColour = 'GREEN';
  for (const c of colours) if (RANK[c] > RANK[worst]) worst = c;
  return worst;
}

interface Finding {
  colour: HealthColour;
  reason: string;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
const fmt = (n: number): string => n.toFixed(2);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function indexFindings(label: 'SPI' | 'CPI', value: number | null, amber: number, red: number): Finding[] {
  if (value === null) return [];
  if (value < red) return [{ colour: 'RED', reason: `${label} ${fmt(value)} is below ${fmt(red)}` }];
  if (value < amber) return [{ colour: 'AMBER', reason: `${label} ${fmt(value)} is below ${fmt(amber)}` }];
  return [{ colour: 'GREEN', reason: `${label} ${fmt(value)} is at or above ${fmt(amber)}` }];
}

function scheduleFindings(facts: HealthFacts, rules: HealthRules): Finding[] {
  const found = indexFindings('SPI', facts.spi, rules.spiAmber, rules.spiRed);
  for (const m of facts.milestones) {
    const finish = m.actualFinish ?? m.forecastFinish;
    if (!m.baselineFinish || !finish) continue;
    const slip = daysBetween(m.baselineFinish, finish);
    const verb = m.actualFinish ? 'finished' : 'is forecast';
    if (slip > rules.milestoneSlipRedDays) found.push({ colour: 'RED', reason: `${m.name} ${verb} ${plural(slip, 'day')} after its baseline (${m.baselineFinish})` });
    else if (slip > rules.milestoneSlipAmberDays) found.push({ colour: 'AMBER', reason: `${m.name} ${verb} ${plural(slip, 'day')} after its baseline (${m.baselineFinish})` });
  }
  if (!found.length) return [{ colour: 'GREEN', reason: 'No baseline to measure the schedule against' }];
  if (!found.some((f) => f.colour !== 'GREEN') && facts.milestones.some((m) => m.baselineFinish)) found.push({ colour: 'GREEN', reason: 'Every milestone is on or before its baseline' });
  return found;
}

function scopeFindings(facts: HealthFacts, rules: HealthRules): Finding[] {
  const found: Finding[] = [];
  if (facts.budget && facts.approvedChangeCost > 0) {
    const percent = (facts.approvedChangeCost / facts.budget) * 100;
    const said = `Approved changes add ${percent.toFixed(1)} % to the budget`;
    if (percent > rules.scopeRedPercent) found.push({ colour: 'RED', reason: `${said} (over ${rules.scopeRedPercent} %)` });
    else if (percent > rules.scopeAmberPercent) found.push({ colour: 'AMBER', reason: `${said} (over ${rules.scopeAmberPercent} %)` });
  }
  for (const c of facts.pendingChanges) {
    if (c.waitingDays > rules.scopePendingAmberDays) found.push({ colour: 'AMBER', reason: `${c.title} has waited ${plural(c.waitingDays, 'day')} for a decision` });
  }
  if (!found.length) found.push({ colour: 'GREEN', reason: facts.pendingChanges.length ? `${plural(facts.pendingChanges.length, 'change request')} awaiting a decision, none overdue` : 'No change request is waiting for a decision' });
  return found;
}

function riskFindings(facts: HealthFacts, rules: HealthRules): Finding[] {
  const found: Finding[] = [];
  for (const r of facts.risks) {
    if (r.score >= rules.riskRedScore) found.push({ colour: 'RED', reason: `Risk "${r.title}" scores ${r.score} (red from ${rules.riskRedScore})` });
    else if (r.score >= rules.riskAmberScore) found.push({ colour: 'AMBER', reason: `Risk "${r.title}" scores ${r.score} (amber from ${rules.riskAmberScore})` });
  }
  if (!found.length) found.push({ colour: 'GREEN', reason: facts.risks.length ? `${plural(facts.risks.length, 'open risk')}, all below ${rules.riskAmberScore}` : 'No open risks' });
  return found;
}

function issueFindings(facts: HealthFacts): Finding[] {
  const found: Finding[] = [];
  for (const i of facts.issues) {
    if (i.blocking && i.overdue) found.push({ colour: 'RED', reason: `Blocking issue "${i.title}" is overdue` });
    else if (i.severity === 'HIGH' || i.severity === 'CRITICAL') found.push({ colour: 'AMBER', reason: `Issue "${i.title}" is open at ${i.severity.toLowerCase()} severity` });
  }
  if (!found.length) found.push({ colour: 'GREEN', reason: facts.issues.length ? `${plural(facts.issues.length, 'open issue')}, none severe or overdue and blocking` : 'No open issues' });
  return found;
}

function area(area: HealthArea, findings: Finding[]): AreaHealth {
  const sorted = [...findings].sort((a, b) => RANK[b.colour] - RANK[a.colour]);
  const colour = worstColour(sorted.map((f) => f.colour));
  // A green reason beside an amber or red one only adds noise.
  const reasons = sorted.filter((f) => colour === 'GREEN' || f.colour !== 'GREEN').map((f) => f.reason);
  return { area, colour, reasons };
}

/** The rules over the defaults: a project stores only what it changed. */
export function healthRules(overrides: Partial<HealthRules> | null | undefined): HealthRules {
  return { ...DEFAULT_HEALTH_RULES, ...(overrides ?? {}) };
}

/** Problems with a set of rules, by field name (an empty list when they are sound). */
export function healthRuleProblems(rules: HealthRules): { field: keyof HealthRules; message: string }[] {
  const problems: { field: keyof HealthRules; message: string }[] = [];
  for (const [field, value] of Object.entries(rules) as [keyof HealthRules, number][]) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) problems.push({ field, message: 'Must be a number of zero or more' });
  }
  const pairs: [keyof HealthRules, keyof HealthRules, string][] = [
    ['spiRed', 'spiAmber', 'SPI red must be below SPI amber'],
    ['cpiRed', 'cpiAmber', 'CPI red must be below CPI amber'],
  ];
  for (const [low, high, message] of pairs) if (rules[low] > rules[high]) problems.push({ field: low, message });
  const ordered: [keyof HealthRules, keyof HealthRules, string][] = [
    ['milestoneSlipAmberDays', 'milestoneSlipRedDays', 'The amber milestone slip must not exceed the red one'],
    ['scopeAmberPercent', 'scopeRedPercent', 'The amber scope growth must not exceed the red one'],
    ['riskAmberScore', 'riskRedScore', 'The amber risk score must not exceed the red one'],
  ];
  for (const [low, high, message] of ordered) if (rules[low] > rules[high]) problems.push({ field: low, message });
  return problems;
}

/** The project's health from its facts, by the given rules (the defaults when none). */
export function assessHealth(facts: HealthFacts, rules: HealthRules = DEFAULT_HEALTH_RULES): HealthAssessment {
  const areas = [
    area('SCHEDULE', scheduleFindings(facts, rules)),
    area('COST', indexFindings('CPI', facts.cpi, rules.cpiAmber, rules.cpiRed).concat(facts.cpi === null ? [{ colour: 'GREEN', reason: 'No baseline or no actual cost to measure cost against' }] : [])),
    area('SCOPE', scopeFindings(facts, rules)),
    area('RISKS', riskFindings(facts, rules)),
    area('ISSUES', issueFindings(facts)),
  ];
  return { overall: worstColour(areas.map((a) => a.colour)), areas };
}
