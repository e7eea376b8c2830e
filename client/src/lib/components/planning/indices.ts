/** Reading earned-value indices: SPI and CPI against 1.0, and the wording a status report uses. */

export type Health = 'good' | 'watch' | 'bad' | 'none';

/**
 * 1.0 or better is on plan; down to 0.9 is worth watching; below that is in trouble. An index
 * without a denominator (nothing planned or spent yet) says nothing.
 */
export function indexHealth(value: number | null | undefined): Health {
  if (value == null || !Number.isFinite(value) || value <= 0) return 'none';
  if (value >= 1) return 'good';
  if (value >= 0.9) return 'watch';
  return 'bad';
}

/** TCPI is the other way round: above 1.0 the remaining work must be done more cheaply than so far. */
export function tcpiHealth(value: number | null | undefined): Health {
  if (value == null || !Number.isFinite(value) || value <= 0) return 'none';
  if (value <= 1) return 'good';
  if (value <= 1.1) return 'watch';
  return 'bad';
}

export function formatIndex(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) || value <= 0 ? '—' : value.toFixed(2);
}

export function describeSpi(spi: number | null | undefined): string {
  const h = indexHealth(spi);
  if (h === 'none') return 'Nothing planned yet';
  return h === 'good' ? 'On or ahead of schedule' : 'Behind schedule';
}

export function describeCpi(cpi: number | null | undefined): string {
  const h = indexHealth(cpi);
  if (h === 'none') return 'No cost recorded yet';
  return h === 'good' ? 'On or under budget' : 'Over budget';
}
