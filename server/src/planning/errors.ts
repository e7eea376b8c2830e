/** Errors the planning engine raises for input it cannot schedule. */

/** The links form a loop; `taskIds` lists the tasks around it in link order. */
export class CycleError extends Error {
  readonly taskIds: string[];

  constructor(taskIds: string[]) {
    super(`Links form a cycle: ${[...taskIds, taskIds[0]].join(' -> ')}`);
    this.name = 'CycleError';
    this.taskIds = taskIds;
  }
}

/** Input the engine cannot make sense of; `field` points at it (e.g. 'links[3].successorId'). */
export class PlanInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'PlanInputError';
    this.field = field;
  }
}
