import type { EntityManager } from 'typeorm';

/** A task's assignee changed from one member to another (either may be none). */
export interface AssigneeChange {
  projectId: string;
  taskId: string;
  from: string | null;
  to: string | null;
  /** Who made the change, for the history. */
  actorId: string | null;
}

/**
 * What else follows when a person is assigned to a task or taken off it, run inside the
 * transaction that changes the assignee. The planning module's resources are the implementation
 * (the person's resource is assigned or unassigned too); the composition root passes it in, so
 * this module does not import the one above it.
 */
export interface AssigneeFollower {
  assigneeChanged(m: EntityManager, change: AssigneeChange): Promise<void>;
}

export const noFollower: AssigneeFollower = { assigneeChanged: async () => undefined };
