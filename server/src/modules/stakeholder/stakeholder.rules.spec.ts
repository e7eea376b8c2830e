import { workingDays } from '@trellis/schema/working-days';
import { describe, expect, it } from 'vitest';
import { CadenceKind, EngagementLevel, RaciFlag, RaciLetter, StakeholderStrategy } from './stakeholder.enums.js';
import { engagementGap, nextDue, raciFlags, strategyOf, type Cadence } from './stakeholder.rules.js';

const weekdays = workingDays(null);
const cadence = (c: Partial<Cadence>): Cadence => ({ kind: CadenceKind.WEEKLY, date: null, weekday: null, everyWeeks: null, monthDay: null, startsOn: '2030-01-01', ...c });

describe('the power/interest grid', () => {
  it('counts 3 and up as high', () => {
    expect(strategyOf(3, 3)).toBe(StakeholderStrategy.MANAGE_CLOSELY);
    expect(strategyOf(5, 2)).toBe(StakeholderStrategy.KEEP_SATISFIED);
    expect(strategyOf(2, 5)).toBe(StakeholderStrategy.KEEP_INFORMED);
    expect(strategyOf(2, 2)).toBe(StakeholderStrategy.MONITOR);
  });

  it('measures the engagement gap in steps', () => {
    expect(engagementGap(EngagementLevel.RESISTANT, EngagementLevel.SUPPORTIVE)).toBe(2);
    expect(engagementGap(EngagementLevel.LEADING, EngagementLevel.NEUTRAL)).toBe(-2);
  });
});

describe('RACI flags', () => {
  it('wants one A and at least one R', () => {
    expect(raciFlags([])).toEqual([RaciFlag.NO_ACCOUNTABLE, RaciFlag.NO_RESPONSIBLE]);
    expect(raciFlags([RaciLetter.R, RaciLetter.A, RaciLetter.C, null])).toEqual([]);
    expect(raciFlags([RaciLetter.A, RaciLetter.A, RaciLetter.R])).toEqual([RaciFlag.MANY_ACCOUNTABLE]);
  });
});

describe('next due day', () => {
  it('moves a weekly Saturday to the Monday after it', () => {
    // 2030-01-01 is a Tuesday; the first Saturday is the 5th.
    expect(nextDue(cadence({ weekday: 6 }), null, weekdays)).toBe('2030-01-07');
  });

  it('steps every N weeks from the start and past what was held', () => {
    const c = cadence({ kind: CadenceKind.EVERY_N_WEEKS, weekday: 1, everyWeeks: 2 });
    expect(nextDue(c, null, weekdays)).toBe('2030-01-07');
    expect(nextDue(c, '2030-01-07', weekdays)).toBe('2030-01-21');
    expect(nextDue(c, '2030-01-25', weekdays)).toBe('2030-02-04');
  });

  it('takes the last day of a shorter month and the first working day of a month', () => {
    expect(nextDue(cadence({ kind: CadenceKind.MONTHLY_DAY, monthDay: 31, startsOn: '2030-02-01' }), null, weekdays)).toBe('2030-02-28');
    // 2030-06-01 is a Saturday.
    expect(nextDue(cadence({ kind: CadenceKind.MONTHLY_FIRST_WORKING_DAY, startsOn: '2030-05-15' }), null, weekdays)).toBe('2030-06-03');
  });

  it('has nothing due once a one-off is held', () => {
    const c = cadence({ kind: CadenceKind.ONCE, date: '2030-03-09', startsOn: '2030-03-09' });
    expect(nextDue(c, null, weekdays)).toBe('2030-03-11');
    expect(nextDue(c, '2030-03-11', weekdays)).toBeNull();
  });
});
