import type { DataSource, EntitySubscriberInterface, TransactionStartEvent } from 'typeorm';

/** Where the server reads the time: the system's, or one a test sets to known days. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until it is set or moved. */
export class ManualClock implements Clock {
  private at: Date;
  constructor(at: Date | string) {
    this.at = new Date(at);
  }
  now(): Date {
    return new Date(this.at);
  }
  set(at: Date | string): void {
    this.at = new Date(at);
  }
  addDays(days: number): void {
    this.at = new Date(this.at.getTime() + days * 86_400_000);
  }
}

/** 'YYYY-MM-DD' of an instant, in UTC (the day history and snapshots are kept by). */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

/**
 * Makes every transaction on `ds` stamp its history rows with `clock`'s time (the database's
 * `trellis_now()` reads the transaction's `trellis.now`). Only a clock other than the system's needs
 * it; returns the undo.
 */
export function stampTransactionsWith(ds: DataSource, clock: Clock): () => void {
  const subscriber: EntitySubscriberInterface = {
    afterTransactionStart: async (event: TransactionStartEvent) => {
      await event.queryRunner.query(`SELECT set_config('trellis.now', $1, true)`, [clock.now().toISOString()]);
    },
  };
  ds.subscribers.push(subscriber);
  return () => {
    const i = ds.subscribers.indexOf(subscriber);
    if (i >= 0) ds.subscribers.splice(i, 1);
  };
}
