/**
 * The passes of schedule-passes.ts, rewritten for the common plan: every task on the project
 * calendar, no summaries, no elapsed lags. Working time is then the same for every task and
 * link, so the passes reduce to arithmetic on working-time offsets like cpm() in network.ts,
 * with no calendar lookup per link or task; dates become moments again only at the end.
 *
 * The one thing an offset alone loses is which side of non-working time a date sits on:
 * Friday 17:00 and Monday 08:00 are the same offset. A task with a duration does not care
 * (it starts at the start reading and finishes at the finish reading), but a milestone stays
 * where its driving date falls. So each date is a key: 2 * offset for the finish reading
 * (calendar.finishAtOffset) and 2 * offset + 1 for the start reading (startAtOffset). Keys
 * order like the moments they stand for, where both readings coincide (inside working time)
 * either key gives the same moment, and every rule of the general passes becomes:
 *  - snap to a start:  2 * floor(key / 2) + 1      - snap to a finish:  2 * floor(key / 2)
 *  - add working minutes d to a finish: 2 * (floor(key / 2) + d), to a start: ... + 1
 *  - a milestone keeps its key (it stays on its driving date, on the same reading).
 * A moment in the middle of non-working time (a status date given as a plain day, say) reads
 * as the start after it, which is where every rule that meets it snaps it to; the one place
 * where such a moment would show unsnapped (a zero-length task in progress that the status
 * date moves) keeps the plan on the general passes.
 *
 * schedule.offsets.spec.ts compares both implementations on random plans.
 */
import { STANDARD_WORK_CALENDAR, type WorkCalendar } from './calendar.js';
import { LINK_CODE } from './network.js';
import { CONSTRAINT, PROGRESS, type ScheduleModel } from './schedule-model.js';
import { sharedLocalMinuteText } from './dates.js';
import { Int32Table } from './int-table.js';
import type { ScheduleDates, ScheduleDateTexts } from './schedule-passes.js';
import { keepAlive, listOf } from './shapes.js';

const { FS, SS, FF } = LINK_CODE;

/** True when the plan can be scheduled on working-time offsets (see above). */
export function canRunOnOffsets(model: ScheduleModel): boolean {
  if (model.kind.length !== model.taskCount || !model.singleCalendar || model.hasElapsedLags) return false;
  const status = model.statusDate;
  if (Number.isNaN(status) || momentOfKey(model.projectCalendar, keyOfMoment(model.projectCalendar, status)) === status) return true;
  return !hasProgressWithoutRemainingWork(model.progress, model.duration, model.doneMinutes);
}

function hasProgressWithoutRemainingWork(progress: Uint8Array, duration: Float64Array, done: Float64Array): boolean {
  for (let v = 0; v < progress.length; v++) if (progress[v] === PROGRESS.IN_PROGRESS && duration[v] === done[v]) return true;
  return false;
}

/** Early, late and scheduled dates, floats and link slack, as runPasses gives them. */
export function runOffsetPasses(model: ScheduleModel, order: Int32Array): ScheduleDates {
  const calendar = model.projectCalendar;
  const n = model.taskCount;
  const { into, outOf } = model;
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const ls = new Float64Array(n);
  const lf = new Float64Array(n);
  const totalFloat = new Float64Array(n);
  const freeFloat = new Float64Array(n);
  const linkSlack = new Float64Array(model.linkFrom.length).fill(NaN);
  const projectStartKey = keyOfMoment(calendar, model.projectStart);
  const statusKey = keyOfMoment(calendar, model.statusDate);

  const finishKey = forwardPass(
    order, model.inStart, into.node, into.type, into.lag, model.duration, model.levelingDelay, model.progress, model.doneMinutes,
    model.startBound, model.finishBound, model.actualStart, model.actualFinish, new BoundKeys(calendar), statusKey, projectStartKey, es, ef,
  );
  backwardPass(
    order, model.outStart, outOf.node, outOf.type, outOf.lag, model.outLinks, model.duration, model.progress,
    model.lateStartCap, model.lateFinishCap, new BoundKeys(calendar), finishKey, es, ef, ls, lf, totalFloat, freeFloat, linkSlack,
  );
  // Scheduled dates are the early ones unless ALAP tasks move: the very same arrays then.
  let start = es;
  let finish = ef;
  if (model.constraint.indexOf(CONSTRAINT.ALAP) >= 0) {
    start = es.slice();
    finish = ef.slice();
    placeAlapTasks(order, model.outStart, outOf.node, outOf.type, outOf.lag, model.duration, model.constraint, model.progress, finishKey, ef, lf, start, finish);
  }

  // Moments and texts of every date; the key arrays are overwritten with their moments.
  const dates = new KeyDates(calendar);
  const texts: ScheduleDateTexts = {
    text: dates.texts,
    earlyStart: new Int32Array(n),
    earlyFinish: new Int32Array(n),
    lateStart: new Int32Array(n),
    lateFinish: new Int32Array(n),
    start: new Int32Array(0),
    finish: new Int32Array(0),
  };
  if (start === es) {
    texts.start = texts.earlyStart;
    texts.finish = texts.earlyFinish;
  } else {
    dates.toMoments(start, (texts.start = new Int32Array(n)));
    dates.toMoments(finish, (texts.finish = new Int32Array(n)));
  }
  return {
    order,
    earlyStart: dates.toMoments(es, texts.earlyStart),
    earlyFinish: dates.toMoments(ef, texts.earlyFinish),
    lateStart: dates.toMoments(ls, texts.lateStart),
    lateFinish: dates.toMoments(lf, texts.lateFinish),
    start,
    finish,
    totalFloat,
    freeFloat,
    linkSlack,
    projectFinish: momentOfKey(calendar, finishKey),
    texts,
  };
}

// ---- Keys -------------------------------------------------------------------------------------

/** The key of a moment; ±Infinity and NaN stay as they are. */
function keyOfMoment(calendar: WorkCalendar, moment: number): number {
  if (!Number.isFinite(moment)) return moment;
  const offset = calendar.offsetAt(moment);
  return calendar.finishAtOffset(offset) === moment ? 2 * offset : 2 * offset + 1;
}

function momentOfKey(calendar: WorkCalendar, key: number): number {
  if (!Number.isFinite(key)) return key;
  const offset = Math.floor(key / 2);
  return key - 2 * offset === 1 ? calendar.startAtOffset(offset) : calendar.finishAtOffset(offset);
}

/** The offset of a key. */
function offsetOf(key: number): number {
  return Math.floor(key / 2);
}

/** The start reading `minutes` of work after (before when negative) the key's offset. */
function startAfter(key: number, minutes: number): number {
  return 2 * (Math.floor(key / 2) + minutes) + 1;
}

/** The finish reading `minutes` of work after the key's offset. */
function finishAfter(key: number, minutes: number): number {
  return 2 * (Math.floor(key / 2) + minutes);
}

/**
 * The latest a finish-type link (FF, SF) may ask a task with a duration to finish: the start
 * reading of its finish (latestEquivalentFinish in schedule-passes.ts).
 */
function equivalentFinish(finishKey: number, duration: number): number {
  return duration === 0 ? finishKey : 2 * Math.floor(finishKey / 2) + 1;
}

/**
 * Keys of the bounds and caps read from the model's moments as the passes go: nearly every
 * task has the same ones (the project start, none), so one remembered conversion covers them.
 */
class BoundKeys {
  private lastMoment = NaN;
  private lastKey = NaN;

  constructor(private readonly calendar: WorkCalendar) {}

  of(moment: number): number {
    if (moment === this.lastMoment) return this.lastKey;
    if (!Number.isFinite(moment)) return moment;
    this.lastMoment = moment;
    this.lastKey = keyOfMoment(this.calendar, moment);
    return this.lastKey;
  }
}

keepAlive(new BoundKeys(STANDARD_WORK_CALENDAR));

/**
 * Moments and texts of keys, each distinct key converted and formatted once: a schedule has
 * a few thousand distinct dates for hundreds of thousands of task dates, and a table lookup
 * (Int32Table: keys are whole numbers well inside 32 bits, 1900-2400 in working minutes) is
 * several times cheaper than finding the day of an offset in the calendar. The texts are
 * numbered in order of appearance, so a date's text is one array read for whoever builds the
 * result; the moment of text number t is moments[t].
 */
class KeyDates {
  readonly texts: string[] = listOf<string>(0);
  private moments: Float64Array = new Float64Array(1024);
  /** Key to text number; keys close in time share a part of it. */
  private readonly numbers: Int32Table;

  constructor(
    private readonly calendar: WorkCalendar,
    capacityBits = 12,
  ) {
    this.numbers = new Int32Table(capacityBits);
  }

  /** Replaces each key with its moment and writes its text number; returns `keys`. */
  toMoments(keys: Float64Array, textNumbers: Int32Array): Float64Array {
    for (let v = 0; v < keys.length; v++) {
      const number = this.numberOf(keys[v]);
      keys[v] = this.moments[number];
      textNumbers[v] = number;
    }
    return keys;
  }

  /** The text number of `key`, added when new (task dates are finite). */
  private numberOf(key: number): number {
    // A key the table cannot hold gets a text number of its own each time.
    if (!Int32Table.holds(key)) return this.add(key);
    const number = this.numbers.get(key);
    if (number >= 0) return number;
    const added = this.add(key);
    this.numbers.add(key, added);
    return added;
  }

  /** Converts and formats a new key; returns its text number. */
  private add(key: number): number {
    const moment = momentOfKey(this.calendar, key);
    const number = this.texts.length;
    if (number === this.moments.length) {
      const moments = new Float64Array(2 * number);
      moments.set(this.moments);
      this.moments = moments;
    }
    this.moments[number] = moment;
    this.texts.push(sharedLocalMinuteText(moment));
    return number;
  }
}

keepAlive(new KeyDates(STANDARD_WORK_CALENDAR, 1));

// ---- Passes -----------------------------------------------------------------------------------

// The passes take typed arrays rather than the model (see shapes.ts).

/** Early dates in topological order (scheduleActivityEarly and linkDrivenStart); returns the project finish. */
function forwardPass(
  order: Int32Array,
  inStart: Int32Array,
  inFrom: Int32Array,
  inType: Uint8Array,
  inLag: Float64Array,
  duration: Float64Array,
  levelingDelay: Float64Array,
  progress: Uint8Array,
  doneMinutes: Float64Array,
  startBound: Float64Array,
  finishBound: Float64Array,
  actualStart: Float64Array,
  actualFinish: Float64Array,
  keys: BoundKeys,
  statusKey: number,
  projectStartKey: number,
  es: Float64Array,
  ef: Float64Array,
): number {
  let projectFinish = projectStartKey;
  for (let k = 0; k < order.length; k++) {
    const v = order[k];
    const length = duration[v];
    if (progress[v] === PROGRESS.COMPLETE && !Number.isNaN(actualFinish[v])) {
      const finish = keys.of(actualFinish[v]);
      ef[v] = finish;
      es[v] = !Number.isNaN(actualStart[v]) ? keys.of(actualStart[v]) : length > 0 ? startAfter(finish, -length) : finish;
    } else {
      let start = keys.of(actualStart[v]);
      if (Number.isNaN(start)) {
        start = keys.of(startBound[v]);
        let finish = keys.of(finishBound[v]);
        for (let j = inStart[v]; j < inStart[v + 1]; j++) {
          const p = inFrom[j];
          const type = inType[j];
          let candidate = type === FS || type === FF ? ef[p] : es[p];
          if (inLag[j] !== 0) candidate = finishAfter(candidate, inLag[j]);
          if (type === FS || type === SS) {
            if (candidate > start) start = candidate;
          } else if (candidate > finish) {
            finish = candidate;
          }
        }
        if (finish > -Infinity) {
          const fromFinish = length > 0 ? startAfter(finish, -length) : finish;
          if (fromFinish > start) start = fromFinish;
        }
        if (start === -Infinity) start = projectStartKey;
        if (length > 0) start = startAfter(start, 0);
        if (levelingDelay[v] > 0) start = startAfter(start, levelingDelay[v]);
      }
      es[v] = start;
      if (progress[v] === PROGRESS.IN_PROGRESS) {
        // Done work stays where it happened; what remains cannot be done before the status date.
        const done = doneMinutes[v];
        let resume = done === 0 ? start : finishAfter(start, done);
        if (resume < statusKey) resume = statusKey;
        ef[v] = length - done > 0 ? finishAfter(resume, length - done) : resume;
      } else {
        ef[v] = length > 0 ? finishAfter(start, length) : start;
      }
    }
    if (ef[v] > projectFinish) projectFinish = ef[v];
  }
  return projectFinish;
}

/**
 * Late dates, total and free float and the slack of links out of critical tasks, in reverse
 * topological order (scheduleLate, measureFreeFloat and recordLinkSlack).
 */
function backwardPass(
  order: Int32Array,
  outStart: Int32Array,
  outTo: Int32Array,
  outType: Uint8Array,
  outLag: Float64Array,
  outLinks: Int32Array,
  duration: Float64Array,
  progress: Uint8Array,
  lateStartCap: Float64Array,
  lateFinishCap: Float64Array,
  keys: BoundKeys,
  projectFinish: number,
  es: Float64Array,
  ef: Float64Array,
  ls: Float64Array,
  lf: Float64Array,
  totalFloat: Float64Array,
  freeFloat: Float64Array,
  linkSlack: Float64Array,
): void {
  for (let k = order.length - 1; k >= 0; k--) {
    const v = order[k];
    const length = duration[v];
    // The latest finish and start the successors allow, given their late dates and their early ones.
    let lateFinishLimit = Infinity;
    let lateStartLimit = Infinity;
    let earlyFinishLimit = Infinity;
    let earlyStartLimit = Infinity;
    for (let j = outStart[v]; j < outStart[v + 1]; j++) {
      const s = outTo[j];
      const type = outType[j];
      let late: number;
      let early: number;
      if (type === FS || type === SS) {
        late = ls[s];
        early = es[s];
      } else {
        late = equivalentFinish(lf[s], duration[s]);
        early = equivalentFinish(ef[s], duration[s]);
      }
      if (outLag[j] !== 0) {
        late = startAfter(late, -outLag[j]);
        early = startAfter(early, -outLag[j]);
      }
      if (type === FS || type === FF) {
        if (late < lateFinishLimit) lateFinishLimit = late;
        if (early < earlyFinishLimit) earlyFinishLimit = early;
      } else {
        if (late < lateStartLimit) lateStartLimit = late;
        if (early < earlyStartLimit) earlyStartLimit = early;
      }
    }

    const complete = progress[v] === PROGRESS.COMPLETE;
    if (complete) {
      ls[v] = es[v];
      lf[v] = ef[v];
    } else {
      let finish = Math.min(lateFinishLimit, keys.of(lateFinishCap[v]), projectFinish);
      const startLimit = Math.min(lateStartLimit, keys.of(lateStartCap[v]));
      if (startLimit < Infinity) {
        const fromStart = length > 0 ? finishAfter(startLimit, length) : startLimit;
        if (fromStart < finish) finish = fromStart;
      }
      if (length > 0) finish = finishAfter(finish, 0);
      lf[v] = finish;
      ls[v] = length > 0 ? startAfter(finish, -length) : finish;
      totalFloat[v] = offsetOf(finish) - offsetOf(ef[v]);
    }

    // Link slack only matters where critical paths are traced.
    if (totalFloat[v] <= 0) recordLinkSlack(v, outStart, outTo, outType, outLag, outLinks, duration, es, ef, linkSlack);
    if (complete) continue;
    let free = Math.min(earlyFinishLimit, projectFinish);
    if (earlyStartLimit < Infinity) free = Math.min(free, length > 0 ? finishAfter(earlyStartLimit, length) : earlyStartLimit);
    // Free float never exceeds total float and never goes negative (MS Project's free slack).
    freeFloat[v] = Math.max(0, Math.min(offsetOf(free) - offsetOf(ef[v]), totalFloat[v]));
  }
}

/** Working minutes each link out of `v` leaves before it would move its successor's early dates. */
function recordLinkSlack(
  v: number,
  outStart: Int32Array,
  outTo: Int32Array,
  outType: Uint8Array,
  outLag: Float64Array,
  outLinks: Int32Array,
  duration: Float64Array,
  es: Float64Array,
  ef: Float64Array,
  linkSlack: Float64Array,
): void {
  for (let j = outStart[v]; j < outStart[v + 1]; j++) {
    const s = outTo[j];
    const type = outType[j];
    let limit = type === FS || type === SS ? es[s] : equivalentFinish(ef[s], duration[s]);
    if (outLag[j] !== 0) limit = startAfter(limit, -outLag[j]);
    const own = type === FS || type === FF ? ef[v] : es[v];
    linkSlack[outLinks[j]] = offsetOf(limit) - offsetOf(own);
  }
}

/** ALAP tasks as late as their successors' scheduled dates and their own late finish allow (see schedule-passes.ts). */
function placeAlapTasks(
  order: Int32Array,
  outStart: Int32Array,
  outTo: Int32Array,
  outType: Uint8Array,
  outLag: Float64Array,
  duration: Float64Array,
  constraint: Uint8Array,
  progress: Uint8Array,
  projectFinish: number,
  ef: Float64Array,
  lf: Float64Array,
  start: Float64Array,
  finish: Float64Array,
): void {
  for (let k = order.length - 1; k >= 0; k--) {
    const v = order[k];
    if (constraint[v] !== CONSTRAINT.ALAP || progress[v] !== PROGRESS.NOT_STARTED) continue;
    const length = duration[v];
    let finishLimit = Infinity;
    let startLimit = Infinity;
    for (let j = outStart[v]; j < outStart[v + 1]; j++) {
      const s = outTo[j];
      const type = outType[j];
      let limit = type === FS || type === SS ? start[s] : equivalentFinish(finish[s], duration[s]);
      if (outLag[j] !== 0) limit = startAfter(limit, -outLag[j]);
      if (type === FS || type === FF) {
        if (limit < finishLimit) finishLimit = limit;
      } else if (limit < startLimit) {
        startLimit = limit;
      }
    }
    let latest = Math.min(finishLimit, lf[v], projectFinish);
    if (startLimit < Infinity) latest = Math.min(latest, length > 0 ? finishAfter(startLimit, length) : startLimit);
    if (length > 0) latest = finishAfter(latest, 0);
    if (latest > ef[v]) {
      finish[v] = latest;
      start[v] = length > 0 ? startAfter(latest, -length) : latest;
    }
  }
}
