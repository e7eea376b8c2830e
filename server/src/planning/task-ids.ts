/**
 * Task ids to input indexes, for plans of any size.
 *
 * Every link names its two tasks by id, so a plan of 100k tasks and 140k links resolves about
 * 380k ids. With a Map<string, number> that was the largest single cost of computeSchedule:
 * each lookup reads the map's bucket, then its entry, then the stored key, three unrelated
 * places in memory once the map outgrows the processor caches. This table keeps each slot's
 * hash next to its task index in one Int32Array, so a lookup reads one slot and then checks
 * the task found there: by comparing the stored id with the one looked up (which is what
 * makes any string a safe key), or for short ids by an exact numeric code (shortIdCode).
 *
 * The hash reads at most the first and the last 8 characters of an id, enough to tell apart
 * UUIDs, numbers and short codes without reading every character of long ids. Ids that only
 * differ in the middle would then pile up in long probe runs: when building the table meets
 * such runs, it starts again hashing every character.
 */
import { PlanInputError } from './errors.js';
import type { PlanLink, PlanTask } from './model.js';
import { keepAlive, listOf } from './shapes.js';

/** Characters hashed from each end of an id in the quick mode. */
const END_CHARACTERS = 8;
/** Probes per id beyond which building switches to hashing whole ids. */
const MAX_PROBES_PER_ID = 8;
/** Ids of at most this many characters below U+0100 are compared as numbers (see shortIdCode). */
const SHORT_ID_LENGTH = 6;
/** shortIdCode of a longer string, and of anything that is not a string. */
const NOT_SHORT = -1;
const NOT_A_STRING = -2;

export class TaskIdTable {
  private constructor(
    /** The ids in input order. */
    readonly ids: string[],
    /** shortIdCode of each id. */
    private readonly codes: Float64Array,
    /** True when some id is not short: only then do stored ids get compared as strings. */
    private readonly longIds: boolean,
    /** Per slot: [hash, task index + 1]; 0 as index marks an empty slot. */
    private readonly slots: Int32Array,
    private readonly mask: number,
    private readonly wholeIds: boolean,
  ) {}

  /**
   * Indexes the tasks' ids; a missing, empty or repeated id is a PlanInputError naming the
   * task, the first one in input order.
   */
  static build(tasks: PlanTask[]): TaskIdTable {
    const ids = readIds(tasks);
    const codes = shortIdCodes(ids, new Float64Array(ids.length));
    const longIds = codes.indexOf(NOT_SHORT) >= 0;
    let capacity = 16;
    while (capacity < 2 * ids.length) capacity *= 2;
    const quick = new TaskIdTable(ids, codes, longIds, new Int32Array(2 * capacity), capacity - 1, false);
    if (quick.insertAll(MAX_PROBES_PER_ID * ids.length + capacity)) return quick;
    const whole = new TaskIdTable(ids, codes, longIds, new Int32Array(2 * capacity), capacity - 1, true);
    whole.insertAll(Infinity);
    return whole;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The input index of the task with this id, or -1 (for anything that is not a known id). */
  indexOf(id: unknown): number {
    const code = codeOf(id);
    return this.find(id, code, this.hashOf(id, code));
  }

  /**
   * The task indexes of every link's predecessor and successor: [p0, s0, p1, s1, ...], -1 for
   * an unknown id. The work goes in sweeps over all links: hash every id, take the task of the
   * first slot with that hash, then check that it is the task with that id. Each sweep is a
   * few instructions per id, so the processor fetches the table slots and stored ids of many
   * links at once instead of waiting for each in turn (one link at a time was about twice as
   * slow at 100k tasks). Short ids are checked by their codes; longer ones by comparing the
   * strings, whose stored ids are fetched in a sweep of their own first.
   */
  resolveLinks(links: PlanLink[]): Int32Array {
    // Each sweep is a function of its own: V8 compiles a long loop while it runs (on-stack
    // replacement) and would throw that code away on reaching code after the loop it has not
    // seen run yet.
    const codes = new Float64Array(2 * links.length);
    const hashes = this.hashEnds(links, codes, new Int32Array(2 * links.length));
    const ends = this.firstWithHash(hashes, new Int32Array(2 * links.length));
    const candidateIds = this.longIds ? this.idsOf(ends) : null;
    return this.confirmEnds(links, codes, hashes, candidateIds, ends);
  }

  private hashEnds(links: PlanLink[], codes: Float64Array, hashes: Int32Array): Int32Array {
    for (let e = 0; e < links.length; e++) {
      const link = links[e];
      const predecessor = link?.predecessorId;
      const successor = link?.successorId;
      codes[2 * e] = codeOf(predecessor);
      codes[2 * e + 1] = codeOf(successor);
      hashes[2 * e] = this.hashOf(predecessor, codes[2 * e]);
      hashes[2 * e + 1] = this.hashOf(successor, codes[2 * e + 1]);
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
  private confirmEnds(links: PlanLink[], codes: Float64Array, hashes: Int32Array, candidateIds: (string | undefined)[] | null, ends: Int32Array): Int32Array {
    for (let e = 0; e < links.length; e++) {
      const link = links[e];
      const p = 2 * e;
      const s = p + 1;
      if (!this.isCandidate(ends[p], codes[p], candidateIds, p, link?.predecessorId)) ends[p] = this.find(link?.predecessorId, codes[p], hashes[p]);
      if (!this.isCandidate(ends[s], codes[s], candidateIds, s, link?.successorId)) ends[s] = this.find(link?.successorId, codes[s], hashes[s]);
    }
    return ends;
  }

  /** True when `candidate` is the task with `id` (of shortIdCode `code`): by code for a short id, else by the id fetched into candidateIds[k]. */
  private isCandidate(candidate: number, code: number, candidateIds: (string | undefined)[] | null, k: number, id: unknown): boolean {
    if (code >= 0) return candidate >= 0 && this.codes[candidate] === code;
    return code === NOT_SHORT && candidateIds !== null && candidateIds[k] === id;
  }

  /** The ids of the given tasks; undefined for -1. */
  private idsOf(tasks: Int32Array): (string | undefined)[] {
    const ids = listOf<string | undefined>(tasks.length);
    for (let k = 0; k < tasks.length; k++) ids[k] = tasks[k] >= 0 ? this.ids[tasks[k]] : undefined;
    return ids;
  }

  private find(id: unknown, code: number, hash: number): number {
    if (code === NOT_A_STRING) return -1;
    const { slots, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1];
      if (entry === 0) return -1;
      if (slots[2 * slot] === hash && this.isTask(entry - 1, id, code)) return entry - 1;
    }
  }

  /** True when task `task` has the id `id`, whose shortIdCode is `code`. */
  private isTask(task: number, id: unknown, code: number): boolean {
    return code >= 0 ? this.codes[task] === code : this.codes[task] === NOT_SHORT && this.ids[task] === id;
  }

  private hashOf(id: unknown, code: number): number {
    if (code >= 0) return codeHash(code);
    return code === NOT_SHORT ? hashId(id as string, this.wholeIds) : 0;
  }

  private hashIds(hashes: Int32Array): Int32Array {
    for (let i = 0; i < this.ids.length; i++) hashes[i] = this.hashOf(this.ids[i], this.codes[i]);
    return hashes;
  }

  /** Inserts every id; false when the probes run over `probeBudget` (the table is then unusable). */
  private insertAll(probeBudget: number): boolean {
    const { ids, slots, mask } = this;
    const hashes = this.hashIds(new Int32Array(ids.length));
    let probes = 0;
    for (let i = 0; i < ids.length; i++) {
      const hash = hashes[i];
      let slot = hash & mask;
      for (; slots[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
        if (slots[2 * slot] === hash && this.isTask(slots[2 * slot + 1] - 1, ids[i], this.codes[i])) {
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

function readIds(tasks: PlanTask[]): string[] {
  const ids = listOf<string>(tasks.length);
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    if (!task || typeof task.id !== 'string' || task.id === '') throw new PlanInputError(`tasks[${i}].id`, 'a task needs an id');
    ids[i] = task.id;
  }
  return ids;
}

function shortIdCodes(ids: string[], codes: Float64Array): Float64Array {
  for (let i = 0; i < ids.length; i++) codes[i] = shortIdCode(ids[i]);
  return codes;
}

function codeOf(id: unknown): number {
  return typeof id === 'string' ? shortIdCode(id) : NOT_A_STRING;
}

/**
 * A short id as one exact number below 2^51: its first four characters, one byte each, in
 * the low 32 bits, its length and the next two characters above them. Two short ids are
 * equal exactly when their codes are, so confirming a link's task takes a read of the task's
 * code rather than of its id, which lies elsewhere in memory. NOT_SHORT for anything longer
 * or with a character outside U+0000-U+00FF.
 */
function shortIdCode(id: string): number {
  const length = id.length;
  if (length > SHORT_ID_LENGTH) return NOT_SHORT;
  let low = 0;
  for (let k = 0; k < length && k < 4; k++) {
    const c = id.charCodeAt(k);
    if (c > 0xff) return NOT_SHORT;
    low |= c << (8 * k);
  }
  let high = length;
  for (let k = 4; k < length; k++) {
    const c = id.charCodeAt(k);
    if (c > 0xff) return NOT_SHORT;
    high |= c << (8 * (k - 4) + 3);
  }
  return high * 4294967296 + (low >>> 0);
}

/** The final mix of hashId over a short id's code. */
function codeHash(code: number): number {
  const low = code >>> 0;
  const high = (code - low) / 4294967296;
  let hash = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
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

keepAlive(TaskIdTable.build([{ id: 'shape', durationDays: 0 }, { id: 'a longer id of a task', durationDays: 0 }]));
