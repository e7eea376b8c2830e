import { describe, expect, it } from 'vitest';
import { EchoTracker } from './echo';

/** A promise resolved from outside, to order a mutation's answer against events. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('EchoTracker', () => {
  it('knows the echo of its own write by change number after the mutation answered', async () => {
    const foreign: string[] = [];
    const t = new EchoTracker((id) => foreign.push(id));
    await t.track(['a'], async () => ({ changeNumber: 7 }), (r) => r.changeNumber);
    expect(t.seen('a', 7)).toBe('own');
    expect(t.seen('a', 8)).toBe('foreign');
    expect(foreign).toEqual([]);
  });

  it('an echo that arrives before the answer is recognised once the answer comes', async () => {
    const foreign: string[] = [];
    const t = new EchoTracker((id) => foreign.push(id));
    const answer = deferred<{ changeNumber: number }>();
    const running = t.track(['a'], () => answer.promise, (r) => r.changeNumber);
    expect(t.seen('a', 12)).toBe('pending');
    answer.resolve({ changeNumber: 12 });
    await running;
    expect(foreign).toEqual([]);
  });

  it("someone else's change during our mutation is reported when the mutation answers", async () => {
    const foreign: string[] = [];
    const t = new EchoTracker((id) => foreign.push(id));
    const answer = deferred<{ changeNumber: number }>();
    const running = t.track(['a'], () => answer.promise, (r) => r.changeNumber);
    expect(t.seen('a', 11)).toBe('pending');
    answer.resolve({ changeNumber: 12 });
    await running;
    expect(foreign).toEqual(['a']);
  });

  it('a failed mutation makes what arrived meanwhile foreign', async () => {
    const foreign: string[] = [];
    const t = new EchoTracker((id) => foreign.push(id));
    const answer = deferred<{ changeNumber: number }>();
    const running = t.track(['a'], () => answer.promise, (r) => r.changeNumber).catch(() => undefined);
    t.seen('a', 3);
    answer.reject(new Error('CONFLICT'));
    await running;
    expect(foreign).toEqual(['a']);
  });

  it('forgets the oldest numbers beyond what it keeps', () => {
    const t = new EchoTracker(() => undefined);
    for (let n = 1; n <= EchoTracker.KEEP + 1; n++) t.own(n);
    expect(t.isOwn(1)).toBe(false);
    expect(t.isOwn(EchoTracker.KEEP + 1)).toBe(true);
  });
});
