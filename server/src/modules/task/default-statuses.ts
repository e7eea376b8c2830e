import type { EntityManager } from 'typeorm';
import { TaskStatus } from './status.entity.js';
import { StatusCategory } from './task.enums.js';

export const DEFAULT_STATUSES: { name: string; category: StatusCategory; color: string }[] = [
  { name: 'Backlog', category: StatusCategory.BACKLOG, color: '#94a3b8' },
  { name: 'To do', category: StatusCategory.UNSTARTED, color: '#64748b' },
  { name: 'In progress', category: StatusCategory.STARTED, color: '#2563eb' },
  { name: 'In review', category: StatusCategory.STARTED, color: '#7c3aed' },
  { name: 'Done', category: StatusCategory.COMPLETED, color: '#16a34a' },
  { name: 'Cancelled', category: StatusCategory.CANCELLED, color: '#9ca3af' },
];

/** Gives a new project the default workflow, in the transaction that creates it. */
export async function addDefaultStatuses(m: EntityManager, projectId: string): Promise<void> {
  await m.getRepository(TaskStatus).insert(DEFAULT_STATUSES.map((s, i) => ({ ...s, projectId, position: i })));
}
