// Seeded plans for the planning benchmarks (cpm.mjs, compare.mjs): the same plans on every run.

/** Deterministic PRNG (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard week plus ten holidays a year for 2025-2034 and a year-end closure. */
export function projectCalendar() {
  const exceptions = [];
  for (let year = 2025; year <= 2034; year++) {
    for (const md of ['01-01', '04-18', '04-21', '05-01', '05-29', '06-09', '07-14', '08-15', '11-11', '12-25']) {
      exceptions.push({ from: `${year}-${md}`, to: `${year}-${md}`, working: false, name: 'Holiday' });
    }
  }
  exceptions.push({ from: '2025-12-24', to: '2026-01-02', working: false, name: 'Year-end closure' });
  return { id: 'project', name: 'Project', baseId: 'standard', exceptions };
}

/** Four ten-hour days (Monday to Thursday), with the project calendar's holidays. */
export function fourDayCalendar() {
  const workWeek = { 5: [] };
  for (const day of [1, 2, 3, 4]) workWeek[day] = [{ from: '07:00', to: '12:00' }, { from: '12:30', to: '17:30' }];
  return { id: 'four-day', name: 'Four-day week', baseId: 'project', workWeek };
}

/** 70% FS, 12% SS, 12% FF, 6% SF. */
function linkType(rnd) {
  const r = rnd();
  return r < 0.7 ? 'FS' : r < 0.82 ? 'SS' : r < 0.94 ? 'FF' : 'SF';
}

/** 70% without lag, 20% a lag of 1-5 days, 10% a lead of 1-2 days. */
function lagDays(rnd) {
  const l = rnd();
  return l < 0.7 ? 0 : l < 0.9 ? 1 + Math.floor(rnd() * 5) : -(1 + Math.floor(rnd() * 2));
}

/** 5% milestones, else 1-10 days. */
function duration(rnd) {
  return rnd() < 0.05 ? 0 : 1 + Math.floor(rnd() * 10);
}

/**
 * A flat network: tasks 'T0', 'T1', ... listed so that every link points forward, about 1.4
 * links per task, each back to one of the 200 tasks listed before its successor (chains a few
 * hundred tasks deep). The shape of this benchmark's first rows; no product plan looks like it.
 */
export function flatNetwork(n, seed) {
  const rnd = random(seed);
  const tasks = [];
  for (let i = 0; i < n; i++) tasks.push({ id: `T${i}`, durationDays: duration(rnd) });
  const links = [];
  const targetLinks = Math.round(n * 1.4);
  for (let k = 0; k < targetLinks; k++) {
    const to = 1 + Math.floor(rnd() * (n - 1));
    const from = Math.max(0, to - 1 - Math.floor(rnd() * Math.min(to, 200)));
    links.push({ predecessorId: `T${from}`, successorId: `T${to}`, type: linkType(rnd), lagDays: lagDays(rnd) });
  }
  return { start: '2025-01-06', calendars: [projectCalendar()], calendarId: 'project', tasks, links };
}

/**
 * A plan in the shape the server hands over (planInput of a stored project):
 *  - a four-level outline: 1 phase per 10,000 tasks, 1 sub-phase per 1,000, work packages of
 *    about 20 tasks, about 5 % of the tasks summaries;
 *  - tasks keyed by UUIDs and listed in an order of their own (as rows come back from the
 *    database), links too; every id a flat string of its own (read through JSON.parse, as a
 *    driver gives them, not shared with the task it names);
 *  - two calendars with holidays: the project's, and a four-day week on 10 % of the tasks;
 *  - links of all four types with lags and leads between tasks near each other in the
 *    outline (1.4 per task), one link into a work package for every 100 tasks and one between
 *    consecutive sub-phases in three of ten;
 *  - 2 % of the tasks with a start-no-earlier-than constraint, 0.5 % finish-no-later-than,
 *    0.3 % as late as possible, 0.5 % a deadline; a status date a tenth into the plan, with
 *    the work before it done (actual start and finish) and the work across it in progress
 *    (actual start, 10-90 %).
 * `scheduleOf` computes a draft schedule to place the constraints and progress around.
 */
export function productPlan(n, seed, scheduleOf) {
  const rnd = random(seed);
  const summaries = Math.round(n * 0.05);
  const phases = Math.max(1, Math.round(n / 10_000));
  const subPhases = Math.max(phases, Math.round(n / 1_000));
  const packages = Math.max(subPhases, summaries - phases - subPhases);
  const leafCount = n - phases - subPhases - packages;

  // The outline in order: each summary before its children.
  const tasks = [];
  const leaves = [];
  const packageTasks = [];
  /** First leaf (index into leaves) of each work package and sub-phase. */
  const packageFirstLeaf = [];
  const subPhaseOfPackage = [];
  let phase = -1;
  let subPhase = -1;
  let workPackage = -1;
  for (let k = 0; k < leafCount; k++) {
    const p = Math.floor((k * phases) / leafCount);
    const s = Math.floor((k * subPhases) / leafCount);
    const w = Math.floor((k * packages) / leafCount);
    if (p !== phase) {
      phase = p;
      tasks.push({ id: `P${p}`, parentId: null, durationDays: 0, kind: 'SUMMARY' });
    }
    if (s !== subPhase) {
      subPhase = s;
      tasks.push({ id: `Q${s}`, parentId: `P${p}`, durationDays: 0, kind: 'SUMMARY' });
    }
    if (w !== workPackage) {
      workPackage = w;
      const summary = { id: `W${w}`, parentId: `Q${s}`, durationDays: 0, kind: 'SUMMARY' };
      tasks.push(summary);
      packageTasks.push(summary);
      packageFirstLeaf.push(k);
      subPhaseOfPackage.push(s);
    }
    const leaf = { id: `L${k}`, parentId: `W${w}`, durationDays: duration(rnd), calendarId: rnd() < 0.1 ? 'four-day' : null };
    tasks.push(leaf);
    leaves.push(leaf);
  }

  const links = [];
  const targetLinks = Math.round(n * 1.4);
  for (let k = 0; k < targetLinks; k++) {
    const to = 1 + Math.floor(rnd() * (leafCount - 1));
    const from = Math.max(0, to - 1 - Math.floor(rnd() * Math.min(to, 200)));
    links.push({ predecessorId: leaves[from].id, successorId: leaves[to].id, type: linkType(rnd), lagDays: lagDays(rnd) });
  }
  // Into work packages: from a task listed before the package (never one of its own).
  for (let w = 1; w < packageTasks.length; w += 5) {
    const before = packageFirstLeaf[w] - 1 - Math.floor(rnd() * Math.min(packageFirstLeaf[w], 40));
    links.push({ predecessorId: leaves[before].id, successorId: packageTasks[w].id, type: rnd() < 0.8 ? 'FS' : 'SS', lagDays: rnd() < 0.8 ? 0 : 1 });
  }
  // Sub-phase after sub-phase, within a phase.
  for (let s = 1; s < subPhases; s++) {
    if (rnd() >= 0.3 || Math.floor((s * phases) / subPhases) !== Math.floor(((s - 1) * phases) / subPhases)) continue;
    links.push({ predecessorId: `Q${s - 1}`, successorId: `Q${s}`, type: 'FS', lagDays: 0 });
  }

  const plan = { start: '2025-01-06', calendars: [projectCalendar(), fourDayCalendar()], calendarId: 'project', tasks, links };
  addConstraintsAndProgress(plan, leaves, rnd, scheduleOf(plan));
  return asStored(plan, rnd);
}

function addConstraintsAndProgress(plan, leaves, rnd, draft) {
  const byId = new Map(draft.tasks.map((t) => [t.id, t]));
  const day = (text) => text.slice(0, 10);
  const addDays = (text, days) => new Date(Date.parse(`${day(text)}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const span = (Date.parse(`${day(draft.finish)}T00:00Z`) - Date.parse(`${day(draft.start)}T00:00Z`)) / 86_400_000;
  const statusDate = addDays(draft.start, Math.round(span / 10));
  plan.statusDate = statusDate;
  for (const leaf of leaves) {
    const scheduled = byId.get(leaf.id);
    if (day(scheduled.finish) < statusDate) {
      leaf.actualStart = day(scheduled.start);
      leaf.actualFinish = day(scheduled.finish);
      leaf.percentComplete = 100;
      continue;
    }
    if (day(scheduled.start) < statusDate) {
      leaf.actualStart = day(scheduled.start);
      leaf.percentComplete = 10 + Math.floor(rnd() * 9) * 10;
      continue;
    }
    const r = rnd();
    if (r < 0.02) leaf.constraint = { type: 'SNET', date: addDays(scheduled.start, Math.floor(rnd() * 15)) };
    else if (r < 0.025) leaf.constraint = { type: 'FNLT', date: addDays(scheduled.finish, 20 + Math.floor(rnd() * 60)) };
    else if (r < 0.028) leaf.constraint = { type: 'ALAP' };
    if (rnd() < 0.005) leaf.deadline = addDays(scheduled.finish, Math.floor(rnd() * 60) - 5);
  }
}

/** UUID ids, tasks and links shuffled, every id a flat string of its own. */
function asStored(plan, rnd) {
  const hex = (digits) => Array.from({ length: digits }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const uuid = new Map(plan.tasks.map((t) => [t.id, `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rnd() * 4)]}${hex(3)}-${hex(12)}`]));
  const tasks = plan.tasks.map((t) => ({ ...t, id: uuid.get(t.id), parentId: t.parentId ? uuid.get(t.parentId) : null }));
  const links = plan.links.map((l) => ({ ...l, predecessorId: uuid.get(l.predecessorId), successorId: uuid.get(l.successorId) }));
  shuffle(tasks, rnd);
  shuffle(links, rnd);
  // One object literal per task, with every field, as the server's planInput builds them
  // (copies made with spread would each get a hidden class of their own).
  const rows = tasks.map((t) => ({
    id: t.id,
    name: `Task ${t.id.slice(0, 8)}`,
    parentId: t.parentId,
    kind: t.kind ?? 'TASK',
    durationDays: t.durationDays,
    calendarId: t.calendarId ?? null,
    constraint: t.constraint ?? null,
    deadline: t.deadline ?? null,
    actualStart: t.actualStart ?? null,
    actualFinish: t.actualFinish ?? null,
    percentComplete: t.percentComplete ?? 0,
    levelingDelayDays: 0,
  }));
  const linkRows = links.map((l) => ({ predecessorId: l.predecessorId, successorId: l.successorId, type: l.type, lagDays: l.lagDays }));
  return JSON.parse(JSON.stringify({ ...plan, tasks: rows, links: linkRows }));
}

function shuffle(list, rnd) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}
