import { RiskKind, RiskStatus, RiskStrategy } from './risk.enums.js';

/**
 * The risk arithmetic, in one place: the service stores what these return (so lists can sort and
 * filter by them) and nothing else computes them.
 */

/** Probability 1..5 as a chance: 10, 30, 50, 70, 90 percent. */
export const PROBABILITY_PERCENT: Readonly<Record<number, number>> = { 1: 10, 2: 30, 3: 50, 4: 70, 5: 90 };

export const PROBABILITY_MAPPING_TEXT = 'Probability 1..5 maps to a chance of 10 / 30 / 50 / 70 / 90 percent';

export interface ImpactScores {
  impactSchedule: number;
  impactCost: number;
  impactScope: number;
  impactQuality: number;
}

/** A risk's impact is the worst of its four impact scores. */
export function impactOf(s: ImpactScores): number {
  return Math.max(s.impactSchedule, s.impactCost, s.impactScope, s.impactQuality);
}

/** Score = probability × impact (1..25). */
export function scoreOf(probability: number, impact: number): number {
  return probability * impact;
}

/** Expected monetary value = probability's chance × cost impact, rounded to cents; null without a cost impact. */
export function expectedValueOf(probability: number, costImpact: number | null): number | null {
  if (costImpact === null) return null;
  return Math.round(costImpact * (PROBABILITY_PERCENT[probability] ?? 0)) / 100;
}

const STRATEGIES: Record<RiskKind, readonly RiskStrategy[]> = {
  [RiskKind.THREAT]: [RiskStrategy.AVOID, RiskStrategy.MITIGATE, RiskStrategy.TRANSFER, RiskStrategy.ACCEPT, RiskStrategy.ESCALATE],
  [RiskKind.OPPORTUNITY]: [RiskStrategy.EXPLOIT, RiskStrategy.ENHANCE, RiskStrategy.SHARE, RiskStrategy.ACCEPT],
};

/** The response strategies that fit a kind of risk. */
export function strategiesFor(kind: RiskKind): readonly RiskStrategy[] {
  return STRATEGIES[kind];
}

export const OPEN_RISK_STATUSES: readonly RiskStatus[] = [RiskStatus.IDENTIFIED, RiskStatus.ACTIVE];

export const isOpenRisk = (status: RiskStatus): boolean => OPEN_RISK_STATUSES.includes(status);

/** A review is overdue when its date is before today and the risk is still open. */
export function reviewOverdue(reviewDate: string | null, status: RiskStatus, today: string): boolean {
  return !!reviewDate && reviewDate < today && isOpenRisk(status);
}

/** Today as YYYY-MM-DD in UTC (the server's day for "before today"). */
export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10);
