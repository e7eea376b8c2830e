/**
 * Task ids to input indexes, for plans of any size.
 *
 * Every link names its two tasks by id, so a plan of 100k tasks and 140k links resolves about
 * 380k ids. With a Map<string, number> that was the largest single cost of computeSchedule:
 * each lookup reads the map's bucket, then its entry, then the stored key, three unrelated
 * places in memory once the map outgrows the processor caches. This table keeps each slot's
 * hash next to its task index in one Int32Array, so a lookup reads one slot and then checks
 * the task found there by comparing its id with the one looked up (which is what makes any
 * string a safe key).
 *
 * The hash reads at most the first and the last 8 characters of an id, enough to tell apart
 * UUIDs, numbers and short codes without reading every character of long ids. Ids that only
 * differ in the middle would then pile up in long probe runs: when building the table meets
 * such runs, it starts again hashing every character.
 */
import { PlanInputError } from './errors.js';
import type { PlanLink, PlanTask } from './model.js';
import { listOf } from './shapes.js';

/** Characters hashed from each end of an id in the quick mode. */
const END_CHARACTERS = 8;
/** Probes per id beyond which building switches to hashing whole ids. */
const MAX_PROBES_PER_ID = 8;

export class TaskIdTable {
  private constructor(
    /** The ids in input order. */
    readonly ids: string[],
    /** Per slot: [hash, task index + 1]; 0 as index marks an empty slot. */
    private readonly slots: Int32Array,
    private readonly mask: number,
    private readonly wholeIds: boolean,
    /** The hash of each task's parentId (0 without one), taken while reading the ids; null when hashing whole ids. */
    private readonly parentHashes: Int32Array | null,
  ) {}

  /**
   * Indexes the tasks' ids; a missing, empty or repeated id is a PlanInputError naming the
   * task, the first one in input order.
   */
  static build(tasks: PlanTask[]): TaskIdTable {
    const ids = listOf<string>(tasks.length);
    // The ids and their parents' ids are hashed as they are read: one sweep over the tasks.
    const hashes = new Int32Array(tasks.length);
    const parentHashes = readIds(tasks, ids, hashes, new Int32Array(tasks.length));
    let capacity = 16;
    while (capacity < 2 * ids.length) capacity *= 2;
    const quick = new TaskIdTable(ids, new Int32Array(2 * capacity), capacity - 1, false, parentHashes);
    if (quick.insertAll(hashes, MAX_PROBES_PER_ID * ids.length + capacity)) return quick;
    const whole = new TaskIdTable(ids, new Int32Array(2 * capacity), capacity - 1, true, null);
    whole.insertAll(whole.hashIds(hashes), Infinity);
    return whole;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The input index of the task with this id, or -1 (for anything that is not a known id). */
  indexOf(id: unknown): number {
    if (typeof id !== 'string') return -1;
    return this.find(id, hashId(id, this.wholeIds));
  }

  /**
   * The task indexes of every link's predecessor and successor: [p0, s0, p1, s1, ...], -1 for
   * an unknown id. The work goes in sweeps over all links: hash every id, take the task of the
   * first slot with that hash, then check that it is the task with that id. Each sweep is a
   * few instructions per id, so the processor fetches the table slots and stored ids of many
   * links at once instead of waiting for each in turn (one link at a time was about twice as
   * slow at 100k tasks).
   */
  resolveLinks(links: PlanLink[]): Int32Array {
    // Each sweep is a function of its own: V8 compiles a long loop while it runs (on-stack
    // replacement) and would throw that code away on reaching code after the loop it has not
    // seen run yet.
    const hashes = this.hashEnds(links, new Int32Array(2 * links.length));
    const ends = this.firstWithHash(hashes, new Int32Array(2 * links.length));
    return this.confirmEnds(links, hashes, ends);
  }

  /**
   * The input index of each task's parent, in the same sweeps as resolveLinks: -1 for a task
   * without one (parentId null or absent), -2 for a parentId that is not a known task's id.
   */
  resolveParents(tasks: PlanTask[]): Int32Array {
    const hashes = this.parentHashes ?? this.hashParentIds(tasks, new Int32Array(tasks.length));
    const found = this.firstWithHash(hashes, new Int32Array(tasks.length));
    return this.confirmParents(tasks, hashes, found);
  }

  private hashParentIds(tasks: PlanTask[], hashes: Int32Array): Int32Array {
    const whole = this.wholeIds;
    for (let i = 0; i < tasks.length; i++) {
      const id = tasks[i].parentId;
      hashes[i] = typeof id === 'string' ? hashId(id, whole) : 0;
    }
    return hashes;
  }

  private confirmParents(tasks: PlanTask[], hashes: Int32Array, found: Int32Array): Int32Array {
    const { ids } = this;
    for (let i = 0; i < tasks.length; i++) {
      const id = tasks[i].parentId;
      const candidate = found[i];
      if (id == null) found[i] = -1;
      else if (typeof id !== 'string') found[i] = -2;
      else if (candidate < 0 || ids[candidate] !== id) {
        const index = this.find(id, hashes[i]);
        found[i] = index >= 0 ? index : -2;
      }
    }
    return found;
  }

  private hashEnds(links: PlanLink[], hashes: Int32Array): Int32Array {
    const whole = this.wholeIds;
    for (let e = 0; e < links.length; e++) {
      const link = links[e];
      const predecessor = link?.predecessorId;
      const successor = link?.successorId;
      hashes[2 * e] = typeof predecessor === 'string' ? hashId(predecessor, whole) : 0;
      hashes[2 * e + 1] = typeof successor === 'string' ? hashId(successor, whole) : 0;
    }
    return hashes;
  }

  /** For each hash the task in the first slot holding it, -1 when none does. */
  private firstWithHash(hashes: Int32Array, tasks: Int32Array): Int32Array {
    const { slots, mask } = this;
    for (let k = 0; k < hashes.length; k++) {
      const hash = hashes[k];
      let slot = hash & mask;
      while (slots[2 * slot + 1] !== 0 && slots[2 * slot] !== hash) slot = (slot + 1) & mask;
      tasks[k] = slots[2 * slot + 1] - 1;
    }
    return tasks;
  }

  /** Where the candidate is not the task with the link's id (another id with the same hash, or none), looks further; an unknown id stays -1. */
  private confirmEnds(links: PlanLink[], hashes: Int32Array, ends: Int32Array): Int32Array {
    const { ids } = this;
    for (let e = 0; e < links.length; e++) {
      const link = links[e];
      const p = 2 * e;
      const s = p + 1;
      const predecessor = link?.predecessorId;
      const successor = link?.successorId;
      const first = ends[p];
      const second = ends[s];
      if (first < 0 || ids[first] !== predecessor) ends[p] = typeof predecessor === 'string' ? this.find(predecessor, hashes[p]) : -1;
      if (second < 0 || ids[second] !== successor) ends[s] = typeof successor === 'string' ? this.find(successor, hashes[s]) : -1;
    }
    return ends;
  }

  private find(id: string, hash: number): number {
    const { slots, mask, ids } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1];
      if (entry === 0) return -1;
      if (slots[2 * slot] === hash && ids[entry - 1] === id) return entry - 1;
    }
  }

  private hashIds(hashes: Int32Array): Int32Array {
    for (let i = 0; i < this.ids.length; i++) hashes[i] = hashId(this.ids[i], this.wholeIds);
    return hashes;
  }

  /** Inserts every id, whose hashes are given; false when the probes run over `probeBudget` (the table is then unusable). */
  private insertAll(hashes: Int32Array, probeBudget: number): boolean {
    const { ids, slots, mask } = this;
    let probes = 0;
    for (let i = 0; i < ids.length; i++) {
      const hash = hashes[i];
      let slot = hash & mask;
      for (; slots[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
        if (slots[2 * slot] === hash && ids[slots[2 * slot + 1] - 1] === ids[i]) {
          throw new PlanInputError(`tasks[${i}].id`, `task "${ids[i]}" is listed twice`);
        }
        if (++probes > probeBudget) return false;
      }
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = i + 1;
    }
    return true;
  }
}

/** Reads every task's id into `ids` with its quick hash into `hashes`; returns the quick hashes of the parents' ids (0 for none). */
function readIds(tasks: PlanTask[], ids: string[], hashes: Int32Array, parentHashes: Int32Array): Int32Array {
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    if (!task || typeof task.id !== 'string' || task.id === '') throw new PlanInputError(`tasks[${i}].id`, 'a task needs an id');
    const id = task.id;
    ids[i] = id;
    hashes[i] = hashId(id, false);
    const parentId = task.parentId;
    parentHashes[i] = typeof parentId === 'string' ? hashId(parentId, false) : 0;
  }
  return parentHashes;
}

/**
 * FNV-1a over the id's characters (or its two ends) and its length, then a final mix of the
 * bits. Characters go in two at a time (both fit in 32 bits), which halves the chain of
 * multiplications each one waits for.
 */
function hashId(id: string, whole: boolean): number {
  const length = id.length;
  let hash = 0x811c9dc5 ^ length;
  if (whole || length <= 2 * END_CHARACTERS) {
    let k = 0;
    for (; k + 1 < length; k += 2) hash = Math.imul(hash ^ (id.charCodeAt(k) | (id.charCodeAt(k + 1) << 16)), 0x01000193);
    if (k < length) hash = Math.imul(hash ^ id.charCodeAt(k), 0x01000193);
  } else {
    for (let k = 0; k < END_CHARACTERS; k += 2) hash = Math.imul(hash ^ (id.charCodeAt(k) | (id.charCodeAt(k + 1) << 16)), 0x01000193);
    for (let k = length - END_CHARACTERS; k < length; k += 2) hash = Math.imul(hash ^ (id.charCodeAt(k) | (id.charCodeAt(k + 1) << 16)), 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}
