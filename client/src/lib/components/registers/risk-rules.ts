/**
 * What the risk page computes on the client: the same arithmetic the server stores (shown while a
 * form is edited, before saving), the form's rules with every error at once, and the heat map.
 */
import type { Risk, RiskKind, RiskStatus, RiskStrategy } from '$lib/graphql/types';

/** Probability 1..5 as a chance (the schema's mapping). */
export const PROBABILITY_PERCENT: Record<number, number> = { 1: 10, 2: 30, 3: 50, 4: 70, 5: 90 };

export const STRATEGIES: Record<RiskKind, RiskStrategy[]> = {
  THREAT: ['AVOID', 'MITIGATE', 'TRANSFER', 'ACCEPT', 'ESCALATE'],
  OPPORTUNITY: ['EXPLOIT', 'ENHANCE', 'SHARE', 'ACCEPT'],
};

export const RISK_STATUSES: RiskStatus[] = ['IDENTIFIED', 'ACTIVE', 'CLOSED', 'OCCURRED'];
export const OPEN_STATUSES: RiskStatus[] = ['IDENTIFIED', 'ACTIVE'];

export const words = (v: string): string => v.charAt(0) + v.slice(1).toLowerCase().replace(/_/g, ' ');

export interface RiskDraft {
  title: string;
  description: string;
  cause: string;
  effect: string;
  category: string;
  ownerId: string;
  kind: RiskKind;
  probability: number;
  impactSchedule: number;
  impactCost: number;
  impactScope: number;
  impactQuality: number;
  costImpact: string;
  scheduleImpactDays: string;
  strategy: RiskStrategy | '';
  responsePlan: string;
  trigger: string;
  reviewDate: string;
  status: RiskStatus;
  residualProbability: number | null;
  residualImpact: number | null;
  taskIds: string[];
}

export function emptyDraft(): RiskDraft {
  return {
    title: '', description: '', cause: '', effect: '', category: '', ownerId: '', kind: 'THREAT',
    probability: 3, impactSchedule: 1, impactCost: 1, impactScope: 1, impactQuality: 1,
    costImpact: '', scheduleImpactDays: '', strategy: '', responsePlan: '', trigger: '', reviewDate: '',
    status: 'IDENTIFIED', residualProbability: null, residualImpact: null, taskIds: [],
  };
}

export function draftOf(r: Risk): RiskDraft {
  return {
    title: r.title, description: r.description, cause: r.cause, effect: r.effect, category: r.category,
    ownerId: r.owner?.id ?? '', kind: r.kind, probability: r.probability, impactSchedule: r.impactSchedule,
    impactCost: r.impactCost, impactScope: r.impactScope, impactQuality: r.impactQuality,
    costImpact: r.costImpact == null ? '' : String(r.costImpact), scheduleImpactDays: r.scheduleImpactDays == null ? '' : String(r.scheduleImpactDays),
    strategy: r.strategy ?? '', responsePlan: r.responsePlan, trigger: r.trigger, reviewDate: r.reviewDate ?? '', status: r.status,
    residualProbability: r.residualProbability ?? null, residualImpact: r.residualImpact ?? null, taskIds: r.linkedTasks.map((t) => t.id),
  };
}

const TITLE_MAX = 500;
const TEXT_MAX = 50_000;

/** Every problem of a draft at once, by field name. */
export function draftErrors(d: RiskDraft): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.title.trim()) e.title = 'Title is required';
  else if (d.title.length > TITLE_MAX) e.title = `Title must be at most ${TITLE_MAX} characters`;
  if (d.category.length > TITLE_MAX) e.category = `Category must be at most ${TITLE_MAX} characters`;
  for (const f of ['description', 'cause', 'effect', 'responsePlan', 'trigger'] as const) {
    if (d[f].length > TEXT_MAX) e[f] = `At most ${TEXT_MAX.toLocaleString('en')} characters`;
  }
  const money = numberOrNull(d.costImpact);
  if (d.costImpact.trim() && (money === null || money < 0)) e.costImpact = 'Enter an amount of zero or more';
  const days = numberOrNull(d.scheduleImpactDays);
  if (d.scheduleImpactDays.trim() && (days === null || days < 0 || days > 10_000)) e.scheduleImpactDays = 'Enter 0 to 10,000 working days';
  if (d.strategy && !STRATEGIES[d.kind].includes(d.strategy)) e.strategy = `A ${d.kind.toLowerCase()} takes ${STRATEGIES[d.kind].map((s) => s.toLowerCase()).join(', ')}`;
  if (d.reviewDate && !/^\d{4}-\d{2}-\d{2}$/.test(d.reviewDate)) e.reviewDate = 'Enter a date';
  return e;
}

export function numberOrNull(s: string): number | null {
  if (!s.trim()) return null;
  const n = Number(s.replace(/[\s,]/g, ''));
  return Number.isFinite(n) ? n : null;
}

export const impactOf = (d: Pick<RiskDraft, 'impactSchedule' | 'impactCost' | 'impactScope' | 'impactQuality'>): number =>
  Math.max(d.impactSchedule, d.impactCost, d.impactScope, d.impactQuality);

export function expectedValue(probability: number, costImpact: number | null): number | null {
  return costImpact === null ? null : Math.round(costImpact * (PROBABILITY_PERCENT[probability] ?? 0)) / 100;
}

/** The draft as the API's fields (create and update send the same). */
export function draftInput(d: RiskDraft) {
  return {
    title: d.title.trim(), description: d.description, cause: d.cause, effect: d.effect, category: d.category.trim(),
    ownerId: d.ownerId || null, kind: d.kind, probability: d.probability, impactSchedule: d.impactSchedule,
    impactCost: d.impactCost, impactScope: d.impactScope, impactQuality: d.impactQuality,
    costImpact: numberOrNull(d.costImpact), scheduleImpactDays: numberOrNull(d.scheduleImpactDays),
    strategy: d.strategy || null, responsePlan: d.responsePlan, trigger: d.trigger, reviewDate: d.reviewDate || null,
    status: d.status, residualProbability: d.residualProbability, residualImpact: d.residualImpact, taskIds: d.taskIds,
  };
}

/** Only what the draft changed from `base` (so re-applying after a conflict sends the person's edits alone). */
export function changedFields(base: RiskDraft, d: RiskDraft): Partial<ReturnType<typeof draftInput>> {
  const a = draftInput(base);
  const b = draftInput(d);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(b) as (keyof typeof b)[]) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out[k] = b[k];
  return out;
}

export type HeatMode = 'inherent' | 'residual';

/** Risks per cell of the 5×5 grid; residual mode counts only risks with a residual assessment. */
export function heatCounts(risks: readonly Risk[], mode: HeatMode): number[][] {
  const grid = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const r of risks) {
    const p = mode === 'inherent' ? r.probability : r.residualProbability;
    const i = mode === 'inherent' ? r.impact : r.residualImpact;
    if (p && i) grid[p - 1]![i - 1]!++;
  }
  return grid;
}

/** The band a score falls in (colours of the grid and the score chips). */
export function band(score: number): 'low' | 'medium' | 'high' | 'severe' {
  if (score >= 15) return 'severe';
  if (score >= 9) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

export type RiskSortKey = 'key' | 'title' | 'score' | 'residualScore' | 'expectedValue' | 'reviewDate' | 'status' | 'owner';

export function compareRisks(a: Risk, b: Risk, key: RiskSortKey): number {
  const num = (x: number | null | undefined) => (x == null ? -Infinity : x);
  switch (key) {
    case 'key':
      return Number(a.key.slice(2)) - Number(b.key.slice(2));
    case 'title':
      return a.title.localeCompare(b.title);
    case 'score':
      return a.score - b.score;
    case 'residualScore':
      return num(a.residualScore) - num(b.residualScore);
    case 'expectedValue':
      return num(a.expectedValue) - num(b.expectedValue);
    case 'reviewDate':
      return (a.reviewDate ?? '9999').localeCompare(b.reviewDate ?? '9999');
    case 'status':
      return RISK_STATUSES.indexOf(a.status) - RISK_STATUSES.indexOf(b.status);
    case 'owner':
      return (a.owner?.name ?? '~').localeCompare(b.owner?.name ?? '~');
  }
}

export interface RiskFilters {
  ownerId: string;
  status: RiskStatus | 'OPEN' | '';
  category: string;
  minScore: number;
  cell: { mode: HeatMode; probability: number; impact: number } | null;
}

export function matches(r: Risk, f: RiskFilters): boolean {
  if (f.ownerId && (r.owner?.id ?? '') !== (f.ownerId === 'none' ? '' : f.ownerId)) return false;
  if (f.status === 'OPEN' ? !OPEN_STATUSES.includes(r.status) : f.status && r.status !== f.status) return false;
  if (f.category && r.category !== f.category) return false;
  if (f.minScore && r.score < f.minScore) return false;
  if (f.cell) {
    const p = f.cell.mode === 'inherent' ? r.probability : r.residualProbability;
    const i = f.cell.mode === 'inherent' ? r.impact : r.residualImpact;
    if (p !== f.cell.probability || i !== f.cell.impact) return false;
  }
  return true;
}
