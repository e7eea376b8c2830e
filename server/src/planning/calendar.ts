import type { CalendarSpec } from './model.js';

/** MS Project's Standard calendar: Monday to Friday, 08:00-12:00 and 13:00-17:00, 8 hours a day. */
export const STANDARD_CALENDAR: CalendarSpec = {
  id: 'standard',
  name: 'Standard',
  workWeek: {
    0: [],
    1: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }],
    2: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }],
    3: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }],
    4: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }],
    5: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }],
    6: [],
  },
  hoursPerDay: 8,
  exceptions: [],
};

export class WorkCalendar {
  static from(_spec: CalendarSpec, _all?: CalendarSpec[]): WorkCalendar {
    throw new Error('not implemented yet');
  }
  isWorkingDay(_date: string): boolean {
    throw new Error('not implemented yet');
  }
  addWorkingMinutes(_at: string, _minutes: number): string {
    throw new Error('not implemented yet');
  }
  workingMinutesBetween(_a: string, _b: string): number {
    throw new Error('not implemented yet');
  }
}
