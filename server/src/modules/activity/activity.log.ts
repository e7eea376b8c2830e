import type { EntityManager } from 'typeorm';
import { publishInTransaction } from '../../common/events.js';
import { Activity, ActivityAction } from './activity.entity.js';

export interface Change {
  entityType: string;
  entityId: string;
  taskId?: string | null;
  action: ActivityAction;
  field?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
  /** How the item is named now, kept with the row (see Activity.subject). */
  subject?: string | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Field-level changes between two versions of a row, for the listed fields. */
export function fieldChanges<T extends object>(
  before: T,
  after: T,
  fields: (keyof T & string)[],
  base: Omit<Change, 'action' | 'field' | 'oldValue' | 'newValue'>,
): Change[] {
  return fields
    .filter((f) => !same(before[f], after[f]))
    .map((f) => ({ ...base, action: ActivityAction.UPDATED, field: f, oldValue: before[f] ?? null, newValue: after[f] ?? null }));
}

/** Appends activity rows in the caller's transaction and announces them (delivered on commit). */
export async function recordActivity(m: EntityManager, projectId: string, actorId: string | null, changes: Change[]): Promise<void> {
  if (changes.length === 0) return;
  const result = await m
    .createQueryBuilder()
    .insert()
    .into(Activity)
    .values(
      changes.map((c) => ({
        projectId,
        actorId,
        entityType: c.entityType,
        entityId: c.entityId,
        taskId: c.taskId ?? null,
        action: c.action,
        field: c.field ?? null,
        oldValue: (c.oldValue ?? null) as object,
        newValue: (c.newValue ?? null) as object,
        subject: c.subject ?? null,
      })),
    )
    .returning(['id'])
    .execute();
  const ids = (result.raw as { id: string }[]).map((r) => String(r.id));
  await publishInTransaction(m, { type: 'activity', projectId, ids });
}
