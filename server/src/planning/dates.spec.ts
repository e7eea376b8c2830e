import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocalMinute, parseLocalDate } from './dates.js';

describe('parseLocalDate', () => {
  it('reads back every minute it formats, as a plain date at midnight too', () => {
    // 1600-01-01 to 2400-01-01 in epoch minutes.
    fc.assert(fc.property(fc.integer({ min: -194_074_560, max: 226_704_960 }), (minute) => {
      const text = formatLocalMinute(minute);
      expect(parseLocalDate(text)).toEqual({ minute, dateOnly: false });
      expect(parseLocalDate(text.slice(0, 10))).toEqual({ minute: minute - (((minute % 1440) + 1440) % 1440), dateOnly: true });
    }));
  });

  it('refuses days, months and times that do not exist', () => {
    for (const text of ['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-01-06T24:01', '2025-01-06T23:60', '2025-1-06', '2025-01-0a', '2025-01-06X08:00']) {
      expect(parseLocalDate(text), text).toBeUndefined();
    }
    expect(parseLocalDate('2024-02-29')).toBeDefined();
    expect(parseLocalDate('2000-02-29')).toBeDefined();
    expect(parseLocalDate('2025-01-06T24:00')).toEqual(parseLocalDate('2025-01-07T00:00'));
    expect(parseLocalDate('2025-01-06 08:00')).toEqual(parseLocalDate('2025-01-06T08:00'));
    expect(parseLocalDate('2025-01-06T08:00:59')).toEqual(parseLocalDate('2025-01-06T08:00'));
  });
});
