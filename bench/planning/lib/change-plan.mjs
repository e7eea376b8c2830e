// The change request preview's benchmark plan and change set, shared by change-preview.mjs and
// compare-preview.mjs: the CPM benchmark's product-shaped plan as the plan document the server
// loads, with work resources on a third of the tasks, and a 20-item change set.
const WORK_WEEK = { 1: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }], 2: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }], 3: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }], 4: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }], 5: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }], 6: [], 0: [] };

/** The engine's input of the product-shape plan as the plan document the server loads from its rows. */
export function asDocument(input, rnd) {
  const order = new Map();
  const tasks = input.tasks.map((t) => {
    const k = order.get(t.parentId) ?? 0;
    order.set(t.parentId, k + 1);
    return {
      id: t.id,
      name: t.name,
      parentId: t.parentId,
      order: k,
      kind: t.kind === 'TASK' && t.durationDays === 0 ? 'MILESTONE' : t.kind,
      durationDays: t.durationDays,
      ...(t.calendarId ? { calendarId: t.calendarId } : {}),
      ...(t.constraint ? { constraint: t.constraint } : {}),
      ...(t.deadline ? { deadline: t.deadline } : {}),
      ...(t.actualStart ? { actualStart: t.actualStart } : {}),
      ...(t.actualFinish ? { actualFinish: t.actualFinish } : {}),
      percentComplete: t.percentComplete,
    };
  });
  const calendars = input.calendars.map((c) => ({
    id: c.id,
    name: c.name,
    ...(c.id === 'project' ? {} : { baseId: c.baseId }),
    workWeek: c.workWeek ?? WORK_WEEK,
    hoursPerDay: 8,
    exceptions: c.exceptions ?? [],
  }));
  const resources = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, name: `Person ${i + 1}`, type: 'WORK', maxUnits: 1, standardRate: 60 + (i % 5) * 10, overtimeRate: 0, costPerUse: 0, rates: [] }));
  const leaves = tasks.filter((t) => t.kind === 'TASK' && t.durationDays > 0);
  const parents = new Set(tasks.map((t) => t.parentId));
  const assignments = leaves.filter((t) => !parents.has(t.id) && rnd() < 0.33).map((t) => ({ taskId: t.id, resourceId: `r${Math.floor(rnd() * 40)}`, units: 1 }));
  return {
    format: 'trellis-plan',
    version: 1,
    project: { name: 'Benchmark', start: `${input.start}T00:00`, ...(input.statusDate ? { statusDate: `${input.statusDate}T00:00` } : {}), calendarId: 'project', currency: 'EUR' },
    calendars,
    tasks,
    links: input.links.map((l) => ({ predecessorId: l.predecessorId, successorId: l.successorId, type: l.type, ...(l.lagDays ? { lagDays: l.lagDays } : {}) })),
    resources,
    assignments,
    baselines: [],
    costEntries: [],
  };
}

/** 20 edits: 10 tasks added as a chain under a work package, 6 durations, 3 links among the new tasks, 1 link removed. */
export function changeSetOf(doc, rnd, normalizeChangeSet) {
  const parents = new Set(doc.tasks.map((t) => t.parentId));
  const leaves = doc.tasks.filter((t) => !parents.has(t.id) && t.kind === 'TASK' && !t.actualStart);
  const anchor = leaves[Math.floor(rnd() * leaves.length)];
  const addTasks = Array.from({ length: 10 }, (_, i) => ({ key: `n${i}`, name: `Added ${i + 1}`, parentId: anchor.parentId, durationDays: 1 + Math.floor(rnd() * 5) }));
  const durations = Array.from({ length: 6 }, () => leaves[Math.floor(rnd() * leaves.length)]).filter((t, i, a) => a.indexOf(t) === i).map((t) => ({ taskId: t.id, durationDays: t.durationDays + 2 }));
  const links = [{ predecessorId: anchor.id, successorId: 'n0' }, { predecessorId: 'n0', successorId: 'n1' }, { predecessorId: 'n1', successorId: 'n2' }];
  const removable = doc.links.filter((l) => l.type === 'FS');
  const removed = removable[Math.floor(rnd() * removable.length)];
  return normalizeChangeSet({ addTasks, durations, links, removeLinks: [{ predecessorId: removed.predecessorId, successorId: removed.successorId }], budgetDelta: 25_000 }, 'changeSet');
}
