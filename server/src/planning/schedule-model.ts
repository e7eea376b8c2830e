/**
 * Turns a PlanInput into the flat, typed-array model the scheduling passes run on, checking
 * the input on the way (every problem is a PlanInputError naming the field).
 *
 * The model is a graph of nodes. Each task is a node at its input index. Each summary task
 * gets a second node, its "gate", placed after the tasks:
 *  - links into a summary end at its gate, and the gate holds back the start of every child
 *    (MS Project: a link into a summary constrains all its descendants' starts);
 *  - the summary's own node rolls up its children (start = min, finish = max), and links out
 *    of a summary leave from it (they use the summary's dates).
 * Splitting the summary in two keeps the graph acyclic and linear in size, where copying a
 * summary's links onto every descendant could multiply them.
 *
 * Nodes are numbered in topological order (tasks first, then gates, each in the order the
 * links give them), not in the order the tasks were listed in: the passes then read every
 * array of the model front to back and find a task's predecessors' dates still in the
 * processor's cache, whatever order the rows came in. `inputIndex` and `nodeOf` translate
 * between the two numberings; errors and results speak of input indexes.
 */
import { STANDARD_CALENDAR, WorkCalendar } from './calendar.js';
import { MINUTES_PER_DAY, parseLocalDate } from './dates.js';
import { PlanInputError } from './errors.js';
import type { CalendarSpec, ConstraintType, PlanInput, PlanLink, PlanTask } from './model.js';
import { accumulate, countLinkEnds, findTopologicalOrder, LINK_CODE, type LinkGraph } from './network.js';
import { listOf } from './shapes.js';
import { TaskIdTable } from './task-ids.js';

export const NODE = { ACTIVITY: 0, SUMMARY: 1, GATE: 2 } as const;
export const EDGE = { LINK: 0, GATE: 1, ROLLUP: 2 } as const;
export const PROGRESS = { NOT_STARTED: 0, IN_PROGRESS: 1, COMPLETE: 2 } as const;
export const CONSTRAINT: Record<ConstraintType, number> = { ASAP: 0, ALAP: 1, SNET: 2, SNLT: 3, FNET: 4, FNLT: 5, MSO: 6, MFO: 7 };

export interface ScheduleModel extends LinkGraph {
  /** Edges 0..linkCount-1 are the input's links (EDGE.LINK), the rest gate and roll-up edges. */
  linkCount: number;
  /** The nodes in a topological order (the one they are numbered by); null when the links loop. */
  order: Int32Array | null;
  taskCount: number;
  /** The input's tasks by node number. */
  tasks: PlanTask[];
  /** tasks[i].id, in one compact array. */
  taskIds: string[];
  /** Task node -> its index in the input. */
  inputIndex: Int32Array;
  /** Index in the input -> its task node. */
  nodeOf: Int32Array;
  kind: Uint8Array;
  /** Summary task -> its gate node, gate node -> its summary task, -1 elsewhere. */
  gateOf: Int32Array;
  /** Task -> index of its summary task, -1 at the top level. */
  parent: Int32Array;
  calendars: WorkCalendar[];
  /** Node -> index into `calendars`; summaries and gates use the project calendar. Lags and floats run on it. */
  calendarOf: Int32Array;
  /**
   * Node -> index into `calendars` of the working time its dates fall in and its duration counts:
   * `calendarOf`, or for a task with resources on calendars of their own the union of those
   * (PlanTask.resourceCalendarIds), added to `calendars`. The same array as `calendarOf` when no task has one.
   */
  workCalendarOf: Int32Array;
  projectCalendar: WorkCalendar;
  projectMinutesPerDay: number;
  /** Working minutes, in the task's calendar. */
  duration: Float64Array;
  /** Each activity's durationDays as given, and 1 for a milestone (kind MILESTONE or no duration): the result copies them. */
  durationDays: Float64Array;
  milestone: Uint8Array;
  levelingDelay: Float64Array;
  progress: Uint8Array;
  /** Epoch minutes (dates.ts); NaN when absent. */
  actualStart: Float64Array;
  actualFinish: Float64Array;
  doneMinutes: Float64Array;
  constraint: Uint8Array;
  constraintDate: Float64Array;
  deadline: Float64Array;
  /** Earliest start / finish allowed before links: project start, status date, SNET/MSO, FNET/MFO. */
  startBound: Float64Array;
  finishBound: Float64Array;
  /** Caps on late dates: SNLT/MSO on the start, FNLT/MFO and deadlines on the finish. */
  lateStartCap: Float64Array;
  lateFinishCap: Float64Array;
  edgeKind: Uint8Array;
  linkType: Uint8Array;
  /** Lag in working minutes of the successor's calendar, or in plain minutes when elapsed. */
  lag: Float64Array;
  lagElapsed: Uint8Array;
  /**
   * What the passes read of each edge, copied in the order of the link indexes so that they
   * read it front to back rather than jumping by edge number through arrays larger than the
   * processor caches: inFrom[j] is linkFrom[inLinks[j]], and so on.
   */
  into: OrderedEdges;
  outOf: OrderedEdges;
  projectStart: number;
  statusDate: number;
  /** True when every node runs on the project calendar (no task has a calendar of its own). */
  singleCalendar: boolean;
  /** True when some link has an elapsed lag. */
  hasElapsedLags: boolean;
  /** What reading a task needs besides the task: calendars by id, their day lengths, the resource-calendar unions made. */
  reading: TaskReading;
}

interface TaskReading {
  calendarIndex: Map<string, number>;
  minutesPerDay: Float64Array;
  unions: Map<string, number>;
}

/**
 * Edges in the order of a CSR index (ScheduleModel.into, outOf): three arrays rather than one
 * per field, so that filling them scatters three writes per edge instead of five and a call
 * allocates less (read the form with edgeKindOf, linkTypeOf, isElapsed).
 */
export interface OrderedEdges {
  /** The node at the edge's other end. */
  node: Int32Array;
  /** The edge's kind, link type and elapsed flag in one byte (edgeForm). */
  form: Uint8Array;
  /** Lag in working minutes of the successor's calendar, or in plain minutes when elapsed. */
  lag: Int32Array;
}

/** Lags are kept in 32 bits: about 4,000 years of minutes, far beyond the years calendars serve. */
const MAX_LAG_MINUTES = 0x7fffffff;

/** One byte for an edge's kind (EDGE), link type (LINK_CODE) and elapsed flag. */
export function edgeForm(kind: number, type: number, elapsed: number): number {
  return kind | (type << 2) | (elapsed << 4);
}

/** The EDGE kind in an edgeForm byte. */
export function edgeKindOf(form: number): number {
  return form & 3;
}

/** The LINK_CODE type in an edgeForm byte. */
export function linkTypeOf(form: number): number {
  return (form >> 2) & 3;
}

/** 1 when the edgeForm byte marks an elapsed lag, else 0. */
export function isElapsed(form: number): number {
  return form >> 4;
}

export function buildScheduleModel(input: PlanInput): ScheduleModel {
  const { calendars, calendarIndex, projectCalendar } = buildCalendars(input);
  const projectMinutesPerDay = projectCalendar.minutesPerDay();
  const inputTasks = input.tasks ?? [];
  const taskCount = inputTasks.length;
  const taskIndex = TaskIdTable.build(inputTasks);
  const inputParent = resolveParents(inputTasks, taskIndex);
  const inputNodes = layOutNodes(inputParent);
  const nodeCount = inputNodes.kind.length;

  const projectStart = projectCalendar.snapToStart(requireDate(input.start, '', -1, 'start'));
  const statusDate = input.statusDate ? requireDate(input.statusDate, '', -1, 'statusDate') : NaN;
  const links = input.links ?? [];
  const { graph, lagPercent, hasElapsedLags } = buildEdges(links, taskIndex, inputParent, inputNodes.gateOf, inputNodes.kind);

  // From here on, nodes go by their place in topological order (see the top of this file).
  const { number: nodeOf, order, inStart, outStart } = topologicalNumbers(taskCount, nodeCount, graph.linkFrom, graph.linkTo);
  renumberEnds(graph.linkFrom, nodeOf);
  renumberEnds(graph.linkTo, nodeOf);
  const inputIndex = new Int32Array(taskCount);
  const tasks = listOf<PlanTask>(taskCount);
  const taskIds = listOf<string>(taskCount);
  const parent = new Int32Array(taskCount);
  const kind = new Uint8Array(nodeCount);
  const gateOf = new Int32Array(nodeCount);
  placeTasks(inputTasks, taskIndex.ids, inputParent, nodeOf, inputIndex, tasks, taskIds, parent);
  placeNodes(inputNodes.kind, inputNodes.gateOf, nodeOf, kind, gateOf);

  // One literal with every field: objects built by spreading or Object.assign get hidden
  // classes of their own, and the passes' property reads would then see many.
  const model: ScheduleModel = {
    n: nodeCount,
    linkFrom: graph.linkFrom,
    linkTo: graph.linkTo,
    // The link indexes come last (indexEdges), once the lags are in minutes.
    inStart: NO_LINKS,
    inLinks: NO_LINKS,
    outStart: NO_LINKS,
    outLinks: NO_LINKS,
    edgeKind: graph.edgeKind,
    linkType: graph.linkType,
    lag: graph.lag,
    lagElapsed: graph.lagElapsed,
    into: NO_EDGES,
    outOf: NO_EDGES,
    linkCount: links.length,
    order,
    taskCount,
    tasks,
    taskIds,
    inputIndex,
    nodeOf: nodeOf.subarray(0, taskCount),
    kind,
    gateOf,
    parent,
    calendars,
    calendarOf: new Int32Array(nodeCount).fill(calendarIndex.get(projectCalendar.id)!),
    workCalendarOf: NO_LINKS,
    projectCalendar,
    projectMinutesPerDay,
    duration: new Float64Array(nodeCount),
    durationDays: new Float64Array(taskCount),
    milestone: new Uint8Array(taskCount),
    levelingDelay: new Float64Array(nodeCount),
    progress: new Uint8Array(nodeCount),
    actualStart: new Float64Array(nodeCount).fill(NaN),
    actualFinish: new Float64Array(nodeCount).fill(NaN),
    doneMinutes: new Float64Array(nodeCount),
    constraint: new Uint8Array(nodeCount),
    constraintDate: new Float64Array(nodeCount).fill(NaN),
    deadline: new Float64Array(nodeCount).fill(NaN),
    startBound: new Float64Array(nodeCount).fill(-Infinity),
    finishBound: new Float64Array(nodeCount).fill(-Infinity),
    lateStartCap: new Float64Array(nodeCount).fill(Infinity),
    lateFinishCap: new Float64Array(nodeCount).fill(Infinity),
    projectStart,
    statusDate,
    singleCalendar: true,
    hasElapsedLags,
    reading: NO_READING,
  };
  model.workCalendarOf = model.calendarOf;
  // Minutes in one duration day of each calendar, by calendar index.
  const minutesPerDay = Float64Array.from(calendars, (calendar) => calendar.minutesPerDay(projectMinutesPerDay / 60));
  const unions = new Map<string, number>();
  model.reading = { calendarIndex, minutesPerDay, unions };
  model.singleCalendar = readTasks(model, calendarIndex, minutesPerDay, unions) === 0;
  convertLags(links.length, model.linkFrom, model.linkTo, model.lagElapsed, lagPercent, model.lag, kind, model.duration, model.calendarOf, minutesPerDay, tasks);
  const renumberedIn = countsRenumbered(inStart, nodeOf, new Int32Array(nodeCount + 1));
  const renumberedOut = countsRenumbered(outStart, nodeOf, new Int32Array(nodeCount + 1));
  accumulate(renumberedIn, renumberedOut);
  indexEdges(model, renumberedIn, renumberedOut);
  return model;
}

const NO_LINKS = new Int32Array(0);
const NO_READING: TaskReading = { calendarIndex: new Map(), minutesPerDay: new Float64Array(0), unions: new Map() };

/**
 * Reads task node `k` again from `task` (its input index unchanged): the scheduling fields
 * (duration, constraint, deadline, progress, leveling delay). Its calendars, place in the
 * outline and links must be the ones the model was built with; throws PlanInputError as a
 * full build would.
 */
export function rereadTask(model: ScheduleModel, k: number, task: PlanTask): void {
  model.tasks[k] = task;
  model.progress[k] = PROGRESS.NOT_STARTED;
  model.actualStart[k] = NaN;
  model.actualFinish[k] = NaN;
  model.doneMinutes[k] = 0;
  model.constraint[k] = CONSTRAINT.ASAP;
  model.constraintDate[k] = NaN;
  model.deadline[k] = NaN;
  model.startBound[k] = -Infinity;
  model.finishBound[k] = -Infinity;
  model.lateStartCap[k] = Infinity;
  model.lateFinishCap[k] = Infinity;
  const { calendarIndex, minutesPerDay, unions } = model.reading;
  readTask(model, k, model.inputIndex[k], calendarIndex, minutesPerDay, unions);
  // A start constraint on a summary holds back all of its children, like a link into it.
  if (model.gateOf[k] >= 0) model.startBound[model.gateOf[k]] = model.startBound[k];
}
const NO_EDGES: OrderedEdges = orderedEdges(0);

/**
 * The number of each node (input tasks, then gates) in the new numbering: its place in a
 * topological order of the links, tasks and gates counted apart so that tasks keep the numbers
 * 0..taskCount-1; and that order in the new numbers (renumbering keeps it topological), which
 * the passes follow. When the links loop, the input numbering and no order (computeSchedule
 * reports the loop).
 */
function topologicalNumbers(
  taskCount: number,
  nodeCount: number,
  linkFrom: Int32Array,
  linkTo: Int32Array,
): { number: Int32Array; order: Int32Array | null; inStart: Int32Array; outStart: Int32Array } {
  const inStart = new Int32Array(nodeCount + 1);
  const outStart = new Int32Array(nodeCount + 1);
  countLinkEnds(linkFrom, linkTo, inStart, outStart);
  accumulate(inStart, outStart);
  const successors = successorsByPredecessor(linkFrom, linkTo, outStart.slice(0, nodeCount), new Int32Array(linkFrom.length));
  const graph: LinkGraph = { n: nodeCount, linkFrom, linkTo, inStart, inLinks: NO_LINKS, outStart, outLinks: NO_LINKS };
  const { order } = findTopologicalOrder(graph, successors);
  const number = new Int32Array(nodeCount);
  if (!order) return { number: numberAsListed(number), order: null, inStart, outStart };
  numberInOrder(order, taskCount, number);
  return { number, order: renumberEnds(order, number), inStart, outStart };
}

/**
 * The count of each node's links, from a CSR index's starts in the input numbering (`start`),
 * put where countLinkEnds puts it for the new numbering: a node keeps its links when it is
 * renumbered, so they need not be counted again.
 */
function countsRenumbered(start: Int32Array, number: Int32Array, counts: Int32Array): Int32Array {
  for (let v = 0; v < number.length; v++) counts[number[v] + 1] = start[v + 1] - start[v];
  return counts;
}

/** Each link's successor listed under its predecessor, in link order. */
function successorsByPredecessor(linkFrom: Int32Array, linkTo: Int32Array, fill: Int32Array, successors: Int32Array): Int32Array {
  for (let e = 0; e < linkFrom.length; e++) successors[fill[linkFrom[e]]++] = linkTo[e];
  return successors;
}

function numberInOrder(order: Int32Array, taskCount: number, number: Int32Array): Int32Array {
  let nextTask = 0;
  let nextGate = taskCount;
  for (let k = 0; k < order.length; k++) {
    const v = order[k];
    number[v] = v < taskCount ? nextTask++ : nextGate++;
  }
  return number;
}

function numberAsListed(number: Int32Array): Int32Array {
  for (let v = 0; v < number.length; v++) number[v] = v;
  return number;
}

function renumberEnds(ends: Int32Array, nodeOf: Int32Array): Int32Array {
  for (let e = 0; e < ends.length; e++) ends[e] = nodeOf[ends[e]];
  return ends;
}

/** Puts each input task, its id and its parent at its node number. */
function placeTasks(
  inputTasks: PlanTask[],
  inputIds: string[],
  inputParent: Int32Array,
  nodeOf: Int32Array,
  inputIndex: Int32Array,
  tasks: PlanTask[],
  taskIds: string[],
  parent: Int32Array,
): number {
  for (let i = 0; i < inputTasks.length; i++) {
    const k = nodeOf[i];
    inputIndex[k] = i;
    tasks[k] = inputTasks[i];
    taskIds[k] = inputIds[i];
    parent[k] = inputParent[i] >= 0 ? nodeOf[inputParent[i]] : -1;
  }
  return inputTasks.length;
}

function placeNodes(inputKind: Uint8Array, inputGateOf: Int32Array, nodeOf: Int32Array, kind: Uint8Array, gateOf: Int32Array): number {
  for (let v = 0; v < inputKind.length; v++) {
    kind[nodeOf[v]] = inputKind[v];
    gateOf[nodeOf[v]] = inputGateOf[v] >= 0 ? nodeOf[inputGateOf[v]] : -1;
  }
  return inputKind.length;
}

function orderedEdges(m: number): OrderedEdges {
  return { node: new Int32Array(m), form: new Uint8Array(m), lag: new Int32Array(m) };
}

/**
 * The CSR link indexes (as network.ts indexLinks builds them, from the starts of each node's
 * lists given) together with the edges' data in the same order (model.into, model.outOf),
 * written while the indexes are filled.
 */
function indexEdges(model: ScheduleModel, inStart: Int32Array, outStart: Int32Array): void {
  const n = model.kind.length;
  const m = model.linkFrom.length;
  const into = orderedEdges(m);
  const outOf = orderedEdges(m);
  // Nothing reads the link numbers in in-link order (the passes read `into`), so they are not written.
  fillOrderedEdges(model.linkTo, model.linkFrom, inStart.slice(0, n), model.edgeKind, model.linkType, model.lag, model.lagElapsed, false, NO_LINKS, into);
  model.outLinks = fillOrderedEdges(model.linkFrom, model.linkTo, outStart.slice(0, n), model.edgeKind, model.linkType, model.lag, model.lagElapsed, true, new Int32Array(m), outOf);
  model.inStart = inStart;
  model.outStart = outStart;
  model.into = into;
  model.outOf = outOf;
}

/**
 * Lists each edge under the node at its `end` (link order within a node, so results are
 * deterministic), with the node at its other end, its form and lag, and when asked the edge
 * numbers into `edges`, which it returns.
 */
function fillOrderedEdges(
  end: Int32Array,
  otherEnd: Int32Array,
  fill: Int32Array,
  edgeKind: Uint8Array,
  linkType: Uint8Array,
  lag: Float64Array,
  lagElapsed: Uint8Array,
  copyEdges: boolean,
  edges: Int32Array,
  ordered: OrderedEdges,
): Int32Array {
  const { node, form, lag: lagOut } = ordered;
  for (let e = 0; e < end.length; e++) {
    const j = fill[end[e]]++;
    if (copyEdges) edges[j] = e;
    node[j] = otherEnd[e];
    form[j] = edgeForm(edgeKind[e], linkType[e], lagElapsed[e]);
    lagOut[j] = lag[e];
  }
  return edges;
}

/** Summaries are the tasks with children; each gets a gate node numbered after the tasks. */
function layOutNodes(parent: Int32Array): { kind: Uint8Array; gateOf: Int32Array } {
  const taskCount = parent.length;
  const kind = new Uint8Array(taskCount);
  const summaryCount = markSummaries(parent, kind);
  const gateOf = new Int32Array(taskCount + summaryCount).fill(-1);
  const nodeKind = new Uint8Array(taskCount + summaryCount).fill(NODE.GATE);
  nodeKind.set(kind);
  numberGates(kind, gateOf);
  return { kind: nodeKind, gateOf };
}

function markSummaries(parent: Int32Array, kind: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < parent.length; i++) {
    const p = parent[i];
    if (p >= 0 && kind[p] !== NODE.SUMMARY) {
      kind[p] = NODE.SUMMARY;
      count++;
    }
  }
  return count;
}

function numberGates(kind: Uint8Array, gateOf: Int32Array): number {
  let next = kind.length;
  for (let i = 0; i < kind.length; i++) {
    if (kind[i] === NODE.SUMMARY) {
      gateOf[i] = next;
      gateOf[next++] = i;
    }
  }
  return next;
}

/** Reads every task's own fields; returns how many tasks run on a calendar other than the project's. */
function readTasks(model: ScheduleModel, calendarIndex: Map<string, number>, minutesPerDay: Float64Array, unions: Map<string, number>): number {
  try {
    return readTasksInNodeOrder(model, calendarIndex, minutesPerDay, unions);
  } catch (error) {
    // Of several faulty tasks the first listed is named: read them again in input order.
    if (error instanceof PlanInputError) readTasksInInputOrder(model, calendarIndex, minutesPerDay, unions);
    throw error;
  }
}

/** Node order: every array of the model is written front to back. */
function readTasksInNodeOrder(model: ScheduleModel, calendarIndex: Map<string, number>, minutesPerDay: Float64Array, unions: Map<string, number>): number {
  const projectCalendar = calendarIndex.get(model.projectCalendar.id);
  let onOtherCalendars = 0;
  for (let k = 0; k < model.taskCount; k++) {
    readTask(model, k, model.inputIndex[k], calendarIndex, minutesPerDay, unions);
    // A start constraint on a summary holds back all of its children, like a link into it.
    if (model.gateOf[k] >= 0) model.startBound[model.gateOf[k]] = model.startBound[k];
    if (model.workCalendarOf[k] !== projectCalendar) onOtherCalendars++;
  }
  return onOtherCalendars;
}

function readTasksInInputOrder(model: ScheduleModel, calendarIndex: Map<string, number>, minutesPerDay: Float64Array, unions: Map<string, number>): number {
  for (let i = 0; i < model.taskCount; i++) readTask(model, model.nodeOf[i], i, calendarIndex, minutesPerDay, unions);
  return model.taskCount;
}

function buildCalendars(input: PlanInput): { calendars: WorkCalendar[]; calendarIndex: Map<string, number>; projectCalendar: WorkCalendar } {
  const specs: CalendarSpec[] = input.calendars ?? [];
  const seen = new Set<string>();
  specs.forEach((spec, i) => {
    if (!spec || typeof spec.id !== 'string' || spec.id === '') throw new PlanInputError(`calendars[${i}].id`, 'a calendar needs an id');
    if (seen.has(spec.id)) throw new PlanInputError(`calendars[${i}].id`, `calendar "${spec.id}" is listed twice`);
    seen.add(spec.id);
  });
  const all = seen.has(STANDARD_CALENDAR.id) ? specs : [STANDARD_CALENDAR, ...specs];
  const byId = new Map(all.map((spec) => [spec.id, spec]));
  // Every calendar is built, used or not, so a broken one is reported whichever task uses it.
  const calendars = all.map((spec) => WorkCalendar.fromLookup(spec, byId));
  const calendarIndex = new Map(calendars.map((calendar, i) => [calendar.id, i]));
  const projectId = input.calendarId ?? STANDARD_CALENDAR.id;
  const projectIndex = calendarIndex.get(projectId);
  if (projectIndex === undefined) throw new PlanInputError('calendarId', `unknown calendar "${projectId}"`);
  return { calendars, calendarIndex, projectCalendar: calendars[projectIndex] };
}

function resolveParents(tasks: PlanTask[], taskIndex: TaskIdTable): Int32Array {
  const parent = taskIndex.resolveParents(tasks);
  const unknown = parent.indexOf(-2);
  if (unknown >= 0) throw new PlanInputError(`tasks[${unknown}].parentId`, `unknown task "${tasks[unknown].parentId}"`);
  checkParentsDoNotLoop(tasks, parent);
  return parent;
}

/** Walking up from every task must reach the top; each task is walked through once. */
function checkParentsDoNotLoop(tasks: PlanTask[], parent: Int32Array): number {
  const state = new Uint8Array(tasks.length); // 0 unvisited, 1 on the current walk, 2 known to reach the top
  for (let i = 0; i < tasks.length; i++) {
    let v = i;
    while (v >= 0 && state[v] === 0) {
      state[v] = 1;
      v = parent[v];
    }
    if (v >= 0 && state[v] === 1) {
      throw new PlanInputError(`tasks[${i}].parentId`, `task "${tasks[v].id}" is inside itself through its parents`);
    }
    for (let w = i; w >= 0 && state[w] === 1; w = parent[w]) state[w] = 2;
  }
  return tasks.length;
}

/**
 * Field paths such as 'tasks[12].deadline' are only built when something is wrong, so reading
 * a valid plan of 100k tasks allocates no error strings.
 */
function fieldOf(list: string, index: number, name: string): string {
  return name === '' ? `${list}[${index}]` : `${list}[${index}].${name}`;
}

function invalidDate(text: unknown, list: string, index: number, name: string): PlanInputError {
  return new PlanInputError(index < 0 ? name : fieldOf(list, index, name), `${JSON.stringify(text)} is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)`);
}

/** A start-like date; `index` -1 for top-level fields such as 'start'. */
export function requireDate(text: unknown, list: string, index: number, name: string): number {
  const parsed = typeof text === 'string' ? parseLocalDate(text) : undefined;
  if (!parsed) throw invalidDate(text, list, index, name);
  return parsed.minute;
}

/** A finish given as a plain date means the end of that day (MS Project reads "finish 7 March" as 17:00). */
function requireFinishDate(text: unknown, list: string, index: number, name: string): number {
  const parsed = typeof text === 'string' ? parseLocalDate(text) : undefined;
  if (!parsed) throw invalidDate(text, list, index, name);
  return parsed.dateOnly ? parsed.minute + MINUTES_PER_DAY : parsed.minute;
}

/** Reads input task `i` into node `k`. */
function readTask(model: ScheduleModel, k: number, i: number, calendarIndex: Map<string, number>, minutesPerDayOf: Float64Array, unions: Map<string, number>): void {
  const task = model.tasks[k];
  if (task.calendarId != null) {
    const c = calendarIndex.get(task.calendarId);
    if (c === undefined) throw new PlanInputError(fieldOf('tasks', i, 'calendarId'), `unknown calendar "${task.calendarId}"`);
    // Summaries roll up their children and always measure in the project calendar.
    if (model.kind[k] === NODE.ACTIVITY) model.calendarOf[k] = c;
  }
  if (model.workCalendarOf !== model.calendarOf) model.workCalendarOf[k] = model.calendarOf[k];
  if (task.resourceCalendarIds != null && model.kind[k] === NODE.ACTIVITY) readResourceCalendars(model, k, i, calendarIndex, unions);
  const calendar = model.calendars[model.workCalendarOf[k]];
  const minutesPerDay = minutesPerDayOf[model.calendarOf[k]];

  const days = task.durationDays;
  if (model.kind[k] === NODE.ACTIVITY && (typeof days !== 'number' || !Number.isFinite(days) || days < 0)) {
    throw new PlanInputError(fieldOf('tasks', i, 'durationDays'), `duration must be a number of days >= 0, got ${JSON.stringify(days)}`);
  }
  if (model.kind[k] === NODE.ACTIVITY) {
    model.duration[k] = Math.round(days * minutesPerDay);
    model.durationDays[k] = days;
    model.milestone[k] = task.kind === 'MILESTONE' || model.duration[k] === 0 ? 1 : 0;
  }
  const delay = task.levelingDelayDays ?? 0;
  if (!Number.isFinite(delay) || delay < 0) throw new PlanInputError(fieldOf('tasks', i, 'levelingDelayDays'), 'leveling delay must be >= 0');
  model.levelingDelay[k] = Math.round(delay * minutesPerDay);

  readProgress(model, k, i, calendar);
  readConstraint(model, k, i, calendar);
  if (task.deadline != null) {
    model.deadline[k] = calendar.snapToFinish(requireFinishDate(task.deadline, 'tasks', i, 'deadline'));
    model.lateFinishCap[k] = Math.min(model.lateFinishCap[k], model.deadline[k]);
  }
}

/**
 * A task whose resources have calendars of their own works when any of them does (within its
 * own calendar when it has one): that union is built once per set of calendars.
 */
function readResourceCalendars(model: ScheduleModel, k: number, i: number, calendarIndex: Map<string, number>, unions: Map<string, number>): void {
  const ids = model.tasks[k].resourceCalendarIds;
  if (!Array.isArray(ids)) throw new PlanInputError(fieldOf('tasks', i, 'resourceCalendarIds'), 'expected a list of calendar ids');
  const own = model.calendarOf[k];
  const found = new Set<number>();
  ids.forEach((id, j) => {
    const c = typeof id === 'string' ? calendarIndex.get(id) : undefined;
    if (c === undefined) throw new PlanInputError(`${fieldOf('tasks', i, 'resourceCalendarIds')}[${j}]`, `unknown calendar ${JSON.stringify(id)}`);
    found.add(c);
  });
  if (found.size === 0 || (found.size === 1 && found.has(own))) return;
  const withinOwn = model.tasks[k].calendarId != null;
  const parts = [...found].sort((a, b) => a - b);
  const key = `${withinOwn ? own : -1}|${parts.join(',')}`;
  let union = unions.get(key);
  if (union === undefined) {
    const ownCalendar = model.calendars[own];
    union = model.calendars.length;
    model.calendars.push(WorkCalendar.union(
      `${parts.map((c) => model.calendars[c].id).join(' + ')}${withinOwn ? ` within ${ownCalendar.id}` : ''}`,
      parts.map((c) => model.calendars[c]),
      withinOwn ? ownCalendar : null,
      ownCalendar.hoursPerDay ?? model.projectMinutesPerDay / 60,
      fieldOf('tasks', i, 'resourceCalendarIds'),
    ));
    unions.set(key, union);
  }
  if (model.workCalendarOf === model.calendarOf) model.workCalendarOf = model.calendarOf.slice();
  model.workCalendarOf[k] = union;
}

function readProgress(model: ScheduleModel, k: number, i: number, calendar: WorkCalendar): void {
  const task = model.tasks[k];
  const percent = task.percentComplete ?? 0;
  if (typeof percent !== 'number' || !(percent >= 0 && percent <= 100)) {
    throw new PlanInputError(fieldOf('tasks', i, 'percentComplete'), `percent complete must be 0..100, got ${JSON.stringify(percent)}`);
  }
  if (model.kind[k] !== NODE.ACTIVITY) return; // a summary's progress is its children's
  let rawStart = NaN;
  if (task.actualStart != null) {
    rawStart = requireDate(task.actualStart, 'tasks', i, 'actualStart');
    // A milestone happens at an instant: at the end of a working day (17:00) it is not moved to the next morning.
    model.actualStart[k] = model.milestone[k] ? calendar.snapToFinish(rawStart) : calendar.snapToStart(rawStart);
  }
  if (task.actualFinish != null) {
    const rawFinish = requireFinishDate(task.actualFinish, 'tasks', i, 'actualFinish');
    if (rawFinish < rawStart) throw new PlanInputError(fieldOf('tasks', i, 'actualFinish'), 'actual finish is before actual start');
    model.actualFinish[k] = calendar.snapToFinish(rawFinish);
    // Work that happened in time the calendar now calls non-working (a day made a holiday afterwards)
    // still happened in that order: the start is never placed after the finish.
    if (model.actualFinish[k] < model.actualStart[k]) model.actualStart[k] = model.actualFinish[k];
  }
  model.doneMinutes[k] = Math.round((model.duration[k] * percent) / 100);
  if (task.actualFinish != null || percent >= 100) model.progress[k] = PROGRESS.COMPLETE;
  else if (task.actualStart != null || percent > 0) model.progress[k] = PROGRESS.IN_PROGRESS;
  if (model.progress[k] === PROGRESS.NOT_STARTED) {
    // Work not started yet cannot happen in the past: it waits for the status date.
    model.startBound[k] = Number.isNaN(model.statusDate) ? model.projectStart : Math.max(model.projectStart, model.statusDate);
  } else {
    model.startBound[k] = model.projectStart;
  }
}

function readConstraint(model: ScheduleModel, k: number, i: number, calendar: WorkCalendar): void {
  const constraint = model.tasks[k].constraint;
  if (!constraint || constraint.type === 'ASAP') return;
  const code = CONSTRAINT[constraint.type];
  if (code === undefined) throw new PlanInputError(fieldOf('tasks', i, 'constraint.type'), `unknown constraint "${constraint.type}"`);
  model.constraint[k] = code;
  if (constraint.type === 'ALAP') return;
  const finishType = constraint.type === 'FNET' || constraint.type === 'FNLT' || constraint.type === 'MFO';
  const date = finishType
    ? calendar.snapToFinish(requireFinishDate(constraint.date, 'tasks', i, 'constraint.date'))
    : calendar.snapToStart(requireDate(constraint.date, 'tasks', i, 'constraint.date'));
  model.constraintDate[k] = date;
  // Actual dates outrank constraints; progress without them (a percent, a Done status) does not.
  if (!Number.isNaN(model.actualStart[k]) || !Number.isNaN(model.actualFinish[k])) return;
  switch (constraint.type) {
    case 'SNET':
      model.startBound[k] = Math.max(model.startBound[k], date);
      break;
    case 'FNET':
      model.finishBound[k] = date;
      break;
    case 'SNLT':
      model.lateStartCap[k] = date;
      break;
    case 'FNLT':
      model.lateFinishCap[k] = date;
      break;
    case 'MSO':
      // A must-start date may lie before the project start; links still win over it.
      model.startBound[k] = Number.isNaN(model.statusDate) ? date : Math.max(date, model.statusDate);
      model.lateStartCap[k] = date;
      break;
    case 'MFO':
      if (!Number.isNaN(model.statusDate)) model.startBound[k] = model.statusDate;
      else model.startBound[k] = -Infinity;
      model.finishBound[k] = date;
      model.lateFinishCap[k] = date;
      break;
  }
}

interface ScheduleEdges {
  graph: {
    linkFrom: Int32Array;
    linkTo: Int32Array;
    edgeKind: Uint8Array;
    linkType: Uint8Array;
    /** Lag days, or for links with `lagPercent` that percentage, until convertLags turns them into minutes. */
    lag: Float64Array;
    lagElapsed: Uint8Array;
  };
  /** 1 for the links whose `lag` holds a percentage. */
  lagPercent: Uint8Array;
  hasElapsedLags: boolean;
}

/** Input links first (edge e = links[e]), then gate -> child and child -> summary edges. */
function buildEdges(links: PlanLink[], taskIndex: TaskIdTable, parent: Int32Array, gateOf: Int32Array, kind: Uint8Array): ScheduleEdges {
  const childCount = countChildren(parent);
  const m = links.length + 2 * childCount;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const edgeKind = new Uint8Array(m);
  const linkType = new Uint8Array(m);
  const lag = new Float64Array(m);
  const lagElapsed = new Uint8Array(m);
  const lagPercent = new Uint8Array(links.length);
  const elapsedCount = readLinks(links, taskIndex.resolveLinks(links), parent, gateOf, kind, from, to, linkType, lag, lagElapsed, lagPercent);
  addStructuralEdges(parent, gateOf, kind, links.length, from, to, edgeKind);
  return {
    graph: {
      linkFrom: from,
      linkTo: to,
      edgeKind,
      linkType,
      lag,
      lagElapsed,
    },
    lagPercent,
    hasElapsedLags: elapsedCount > 0,
  };
}

function countChildren(parent: Int32Array): number {
  let count = 0;
  for (let i = 0; i < parent.length; i++) if (parent[i] >= 0) count++;
  return count;
}

/**
 * Checks the input links, whose ends `ends` gives as task indexes (TaskIdTable.resolveLinks),
 * and writes them out (edge kind LINK is 0, the arrays' initial value).
 * Returns how many have an elapsed lag.
 */
function readLinks(
  links: PlanLink[],
  ends: Int32Array,
  parent: Int32Array,
  gateOf: Int32Array,
  kind: Uint8Array,
  from: Int32Array,
  to: Int32Array,
  linkType: Uint8Array,
  lag: Float64Array,
  lagElapsed: Uint8Array,
  lagPercent: Uint8Array,
): number {
  let elapsedCount = 0;
  for (let e = 0; e < links.length; e++) {
    const link = links[e];
    const p = ends[2 * e];
    const s = ends[2 * e + 1];
    if (p < 0) throw new PlanInputError(fieldOf('links', e, 'predecessorId'), `unknown task "${link?.predecessorId}"`);
    if (s < 0) throw new PlanInputError(fieldOf('links', e, 'successorId'), `unknown task "${link.successorId}"`);
    if (p === s) throw new PlanInputError(fieldOf('links', e, ''), `task "${link.predecessorId}" cannot be linked to itself`);
    const type = linkCode(link.type);
    if (type < 0) throw new PlanInputError(fieldOf('links', e, 'type'), `unknown link type "${link.type}"`);
    if ((parent[s] >= 0 && isAncestor(parent, p, s)) || (parent[p] >= 0 && isAncestor(parent, s, p))) {
      throw new PlanInputError(fieldOf('links', e, ''), `"${link.predecessorId}" and "${link.successorId}" are a summary and its own subtask; they cannot be linked`);
    }
    if (kind[s] === NODE.SUMMARY && (link.type === 'FF' || link.type === 'SF')) {
      throw new PlanInputError(fieldOf('links', e, 'type'), `a summary task ("${link.successorId}") can only be the successor of FS and SS links, as in MS Project`);
    }
    from[e] = p;
    to[e] = kind[s] === NODE.SUMMARY ? gateOf[s] : s;
    linkType[e] = type;
    if (link.elapsed) {
      lagElapsed[e] = 1;
      elapsedCount++;
    }
    const percent = link.lagPercent;
    if (percent != null) {
      if (typeof percent !== 'number' || !Number.isFinite(percent)) throw new PlanInputError(fieldOf('links', e, 'lagPercent'), 'lag percent must be a number');
    }
    const days = link.lagDays ?? 0;
    if (typeof days !== 'number' || !Number.isFinite(days)) throw new PlanInputError(fieldOf('links', e, 'lagDays'), 'lag must be a number of days');
    if (percent != null) {
      lag[e] = percent;
      lagPercent[e] = 1;
    } else {
      lag[e] = days;
    }
  }
  return elapsedCount;
}

function addStructuralEdges(parent: Int32Array, gateOf: Int32Array, kind: Uint8Array, first: number, from: Int32Array, to: Int32Array, edgeKind: Uint8Array): number {
  let e = first;
  for (let i = 0; i < parent.length; i++) {
    const p = parent[i];
    if (p < 0) continue;
    // The parent's gate holds the child back: a child summary is held at its own gate.
    from[e] = gateOf[p];
    to[e] = kind[i] === NODE.SUMMARY ? gateOf[i] : i;
    edgeKind[e++] = EDGE.GATE;
    from[e] = i;
    to[e] = p;
    edgeKind[e++] = EDGE.ROLLUP;
  }
  return e;
}

/** A switch on the literal beats a keyed lookup of a dynamic string in the 100k-link loop. */
function linkCode(type: string): number {
  switch (type) {
    case 'FS': return LINK_CODE.FS;
    case 'SS': return LINK_CODE.SS;
    case 'FF': return LINK_CODE.FF;
    case 'SF': return LINK_CODE.SF;
    default: return -1;
  }
}

function isAncestor(parent: Int32Array, ancestor: number, task: number): boolean {
  for (let v = parent[task]; v >= 0; v = parent[v]) if (v === ancestor) return true;
  return false;
}

/**
 * Lags in minutes, once task calendars are known. A working lag runs on the successor's
 * calendar (the project calendar for a summary), as in MS Project, with that calendar's day
 * length; an elapsed lag is clock time. `lagPercent` is a share of the predecessor's duration
 * in the predecessor's own days.
 */
function convertLags(
  linkCount: number,
  linkFrom: Int32Array,
  linkTo: Int32Array,
  lagElapsed: Uint8Array,
  lagPercent: Uint8Array,
  lag: Float64Array,
  kind: Uint8Array,
  duration: Float64Array,
  calendarOf: Int32Array,
  minutesPerDay: Float64Array,
  tasks: PlanTask[],
): number {
  for (let e = 0; e < linkCount; e++) {
    const dayMinutes = lagElapsed[e] ? MINUTES_PER_DAY : minutesPerDay[calendarOf[linkTo[e]]];
    let days = lag[e];
    if (lagPercent[e]) {
      const p = linkFrom[e];
      const predecessorDays = kind[p] === NODE.ACTIVITY ? duration[p] / minutesPerDay[calendarOf[p]] : Math.max(0, tasks[p].durationDays || 0);
      days = (lag[e] / 100) * predecessorDays;
    }
    const minutes = Math.round(days * dayMinutes);
    if (!(Math.abs(minutes) <= MAX_LAG_MINUTES)) {
      throw new PlanInputError(fieldOf('links', e, lagPercent[e] ? 'lagPercent' : 'lagDays'), 'lag is longer than the years a calendar serves');
    }
    lag[e] = minutes;
  }
  return linkCount;
}
