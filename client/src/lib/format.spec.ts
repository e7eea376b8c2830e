import { describe, expect, it } from 'vitest';
import { formatDays, formatFileSize, formatHours, formatNumber } from './format';

// The client project runs in an English locale; each expectation is also built from Intl so the
// figures follow the same grouping and decimal marks as every other number the client shows.
const n = (v: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(v);

describe('shared number formatting', () => {
  it('formats working hours with the locale\'s decimals, never a raw float', () => {
    expect(formatHours(8)).toBe('8 h');
    expect(formatHours(7.5)).toBe('7.5 h');
    expect(formatHours(1 / 3)).toBe('0.33 h');
    expect(formatHours(1250)).toBe(`${n(1250)} h`);
    expect(formatHours(1250)).toBe('1,250 h');
    expect(formatHours(Number.NaN)).toBe('—');
    expect(formatHours(null)).toBe('—');
  });

  it('formats durations in working days, singular for one', () => {
    expect(formatDays(5)).toBe('5 days');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(-1)).toBe('-1 day');
    expect(formatDays(0.5)).toBe('0.5 days');
    expect(formatDays(2 / 3)).toBe('0.67 days');
    expect(formatDays(1200)).toBe(`${formatNumber(1200)} days`);
    expect(formatDays(undefined)).toBe('—');
  });

  it('formats file sizes in the largest unit that keeps the figure under 1024', () => {
    expect(formatFileSize(820)).toBe('820 byte');
    expect(formatFileSize(12 * 1024)).toBe('12 kB');
    expect(formatFileSize(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatFileSize(20.5 * 1024 * 1024)).toBe('20.5 MB');
    expect(formatFileSize(3 * 1024 ** 3)).toBe('3 GB');
    expect(formatFileSize(-1)).toBe('—');
  });
});
