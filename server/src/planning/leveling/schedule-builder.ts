import type { CompiledProblem } from './problem.js';

/**
 * Schedule generation on a time-indexed resource profile.
 *
 * - `decode` is the serial schedule generation scheme (SGS): it takes a precedence-feasible
 *   list of the movable activities and starts each one as early as precedence, its release
 *   date and the remaining capacity allow.
 * - `justify` is double justification (Valls, Ballestín & Quintanilla 2005): shift every
 *   activity as far right as possible (latest finish first), then as far left as possible
 *   (earliest start first). The makespan never grows and usually shrinks.
 *
 * Every pass rebuilds the profile from scratch and counts as one generated schedule. All
 * buffers are allocated once, so the passes allocate nothing.
 */
export class ScheduleBuilder {
  /** Start of every activity in the current schedule (fixed activities keep their start). */
  readonly start: Int32Array;
  /** Schedules generated so far (each SGS pass counts one). */
  generated = 0;

  private readonly availability: Int32Array;
  private readonly sortKeys: Float64Array;
  private readonly order: Int32Array;
  private readonly byRank: Int32Array;
  private readonly listed: Uint8Array;

  constructor(private readonly p: CompiledProblem) {
    this.start = Int32Array.from(p.fixedStart);
    this.availability = new Int32Array(p.baseAvailability.length);
    this.sortKeys = new Float64Array(p.movable.length);
    this.order = new Int32Array(p.movable.length);
    this.byRank = new Int32Array(p.activityCount);
    p.topoRank.forEach((rank, activity) => (this.byRank[rank] = activity));
    this.listed = new Uint8Array(p.activityCount);
  }

  /** Serial SGS over `list` (movable activities, each after its predecessors); returns the makespan. */
  decode(list: Int32Array): number {
    const p = this.p;
    const start = this.start;
    this.availability.set(p.baseAvailability);
    let makespan = p.fixedMakespan;
    for (let index = 0; index < list.length; index++) {
      const i = list[index];
      const t = this.earliestFeasible(i, this.earliestByPredecessors(i));
      start[i] = t;
      this.reserve(i, t);
      if (t + p.duration[i] > makespan) makespan = t + p.duration[i];
    }
    this.generated++;
    return makespan;
  }

  /** Double justification of the current schedule, whose makespan is `makespan`; returns the new makespan. */
  justify(makespan: number): number {
    this.shiftRight(makespan);
    return this.shiftLeft();
  }

  /** Writes the movable activities into `list` by start time: a precedence-feasible activity list. */
  listByStart(list: Int32Array): void {
    this.sortMovable((i) => this.start[i], 1);
    if (this.p.hasNegativeDistance) this.repairPrecedence();
    list.set(this.order);
  }

  makespan(): number {
    const p = this.p;
    let makespan = p.fixedMakespan;
    for (const i of p.movable) makespan = Math.max(makespan, this.start[i] + p.duration[i]);
    return makespan;
  }

  /**
   * Right shift: latest finish first, each activity as late as its successors (already moved or
   * not yet: those only move right, so their current start is a safe bound) and `makespan` allow.
   * Processing by finish time guarantees every activity still fits at its current start.
   */
  private shiftRight(makespan: number): void {
    const p = this.p;
    const start = this.start;
    this.sortMovable((i) => start[i] + p.duration[i], -1);
    this.availability.set(p.baseAvailability);
    for (let index = 0; index < this.order.length; index++) {
      const i = this.order[index];
      let latest = makespan - p.duration[i];
      for (let k = p.succStart[i]; k < p.succStart[i + 1]; k++) {
        const j = p.succTarget[k];
        // Fixed successors never constrain: they only hold their own resources.
        if (!p.fixed[j] && start[j] - p.succDistance[k] < latest) latest = start[j] - p.succDistance[k];
      }
      const t = this.latestFeasible(i, latest);
      start[i] = t;
      this.reserve(i, t);
    }
    this.generated++;
  }

  /** Left shift: earliest start first, each activity as early as possible (the mirror of shiftRight). */
  private shiftLeft(): number {
    const p = this.p;
    const start = this.start;
    this.sortMovable((i) => start[i], 1);
    this.availability.set(p.baseAvailability);
    let makespan = p.fixedMakespan;
    for (let index = 0; index < this.order.length; index++) {
      const i = this.order[index];
      const t = this.earliestFeasible(i, this.earliestByPredecessors(i));
      start[i] = t;
      this.reserve(i, t);
      if (t + p.duration[i] > makespan) makespan = t + p.duration[i];
    }
    this.generated++;
    return makespan;
  }

  private earliestByPredecessors(i: number): number {
    const p = this.p;
    let earliest = p.release[i];
    for (let k = p.predStart[i]; k < p.predStart[i + 1]; k++) {
      const bound = this.start[p.predSource[k]] + p.predDistance[k];
      if (bound > earliest) earliest = bound;
    }
    return earliest;
  }

  /** First t >= from where the activity's demands fit for its whole duration. */
  private earliestFeasible(i: number, from: number): number {
    const p = this.p;
    const d = p.duration[i];
    const first = p.demandStart[i];
    const last = p.demandStart[i + 1];
    if (d === 0 || first === last) return from;
    const available = this.availability;
    const horizon = p.horizon;
    let t = from;
    search: for (;;) {
      for (let k = first; k < last; k++) {
        const base = p.demandResource[k] * horizon;
        const amount = p.demandAmount[k];
        // Scan backwards so that a conflict lets the search jump past it in one step.
        for (let tau = t + d - 1; tau >= t; tau--) {
          if (available[base + tau] < amount) {
            t = tau + 1;
            continue search;
          }
        }
      }
      return t;
    }
  }

  /** Last t <= from where the activity's demands fit for its whole duration. */
  private latestFeasible(i: number, from: number): number {
    const p = this.p;
    const d = p.duration[i];
    const first = p.demandStart[i];
    const last = p.demandStart[i + 1];
    if (d === 0 || first === last) return from;
    const available = this.availability;
    const horizon = p.horizon;
    let t = from;
    search: for (;;) {
      for (let k = first; k < last; k++) {
        const base = p.demandResource[k] * horizon;
        const amount = p.demandAmount[k];
        for (let tau = t; tau < t + d; tau++) {
          if (available[base + tau] < amount) {
            t = tau - d;
            if (t < 0) throw new Error(`right shift found no room for activity ${i}`);
            continue search;
          }
        }
      }
      return t;
    }
  }

  private reserve(i: number, t: number): void {
    const p = this.p;
    const end = t + p.duration[i];
    for (let k = p.demandStart[i]; k < p.demandStart[i + 1]; k++) {
      const base = p.demandResource[k] * p.horizon;
      const amount = p.demandAmount[k];
      for (let tau = t; tau < end; tau++) this.availability[base + tau] -= amount;
    }
  }

  /**
   * Orders the movable activities into `this.order` by `time` (direction 1: ascending, -1:
   * descending), ties broken by topological rank in the same direction so that zero-distance
   * relations keep predecessors first (or last). One numeric sort of packed keys, no allocation.
   */
  private sortMovable(time: (i: number) => number, direction: 1 | -1): void {
    const p = this.p;
    const n = p.activityCount;
    const keys = this.sortKeys;
    for (let index = 0; index < p.movable.length; index++) {
      const i = p.movable[index];
      keys[index] = direction * (time(i) * n + p.topoRank[i]);
    }
    keys.sort();
    for (let index = 0; index < keys.length; index++) {
      const rank = (((direction * keys[index]) % n) + n) % n;
      this.order[index] = this.byRank[rank];
    }
  }

  /**
   * With negative distances a successor may start before its predecessor; lists must still put
   * predecessors first, so move each activity after its movable predecessors, keeping the
   * start order otherwise (a stable topological sort by position).
   */
  private repairPrecedence(): void {
    const p = this.p;
    const listed = this.listed;
    listed.fill(0);
    const pending = Array.from(this.order);
    let written = 0;
    while (pending.length > 0) {
      const index = pending.findIndex((i) => {
        for (let k = p.predStart[i]; k < p.predStart[i + 1]; k++) {
          const q = p.predSource[k];
          if (!p.fixed[q] && !listed[q]) return false;
        }
        return true;
      });
      const [i] = pending.splice(index, 1);
      listed[i] = 1;
      this.order[written++] = i;
    }
  }
}
