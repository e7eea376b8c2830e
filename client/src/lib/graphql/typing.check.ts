/**
 * Compile-time checks of the typed documents (`npm run typecheck` checks this file; nothing imports it
 * and it never runs): results and variables come from the documents, so a wrong field or variable
 * fails the type check. Each `@ts-expect-error` fails the check if its line ever stops being an error.
 */
import type { LiveConnection } from './live.svelte';
import * as ops from './operations';
import { request } from './request';
import type { Task } from './types';

export async function typedDocuments(live: LiveConnection): Promise<void> {
  const task = await request(ops.TASK_DETAIL, { id: 't' });
  const name: string = task.task.name;
  const predecessorKey: string = task.task.predecessors[0]!.predecessor.key;
  // @ts-expect-error a field the document does not select
  void task.task.createdAt;
  // @ts-expect-error the result's types come from the schema: percentComplete is a number
  const percent: string = task.task.percentComplete;

  // @ts-expect-error required variables are required
  await request(ops.TASK_DETAIL);
  // @ts-expect-error variables have the schema's types
  await request(ops.TASK_DETAIL, { id: 1 });
  // @ts-expect-error an unknown variable
  await request(ops.TASK_DETAIL, { id: 't', key: 'x' });
  // Without required variables, none need be passed; options come after the variables.
  await request(ops.VIEWER);
  await request(ops.WALL_BOARD, {}, { token: 'secret' });

  live.subscribe(ops.ON_TASK_UPDATED, { projectId: 'p' }, {
    next: (d) => {
      const t: Task = d.taskUpdated.task;
      // @ts-expect-error an event's fields are typed too
      const n: number = d.taskUpdated.action;
      void [t, n];
    },
  });
  // @ts-expect-error a subscription's variables are checked as well
  live.subscribe(ops.ON_TASK_UPDATED, { project: 'p' }, { next: () => {} });

  void [name, predecessorKey, percent];
}
