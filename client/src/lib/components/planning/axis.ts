/** Value axes for the resource histogram and the S-curve: round tick steps and a linear scale. */

/**
 * Ticks from 0 (or below, for negative data) to at least `max`, with a step of 1, 2, 2.5 or 5 times
 * a power of ten so that about `target` ticks fit.
 */
export function niceTicks(min: number, max: number, target = 5): number[] {
  const lo = Math.min(0, min);
  const hi = max > lo ? max : lo + 1;
  const raw = (hi - lo) / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  // Multiples of the step, cleaned of binary rounding (0.6000000000000001 -> 0.6).
  for (let i = 0; first + i * step < hi + step * 0.999; i++) ticks.push(Number((first + i * step).toPrecision(12)));
  return ticks;
}

export interface LinearScale {
  (value: number): number;
  domain: [number, number];
  range: [number, number];
}

/** Maps `domain` onto `range` (pixel positions; a y axis passes them bottom-first). */
export function linear(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const f = ((v: number) => r0 + (v - d0) * k) as LinearScale;
  f.domain = domain;
  f.range = range;
  return f;
}

/** Short money labels for an axis: 850k, 1.2M, 950. */
export function compactNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e6) return `${trim(n / 1e6)}M`;
  if (abs >= 1e3) return `${trim(n / 1e3)}k`;
  return trim(n);
}

function trim(n: number): string {
  return String(Math.round(n * 10) / 10);
}
