import type { DataSource } from 'typeorm';
import type { Context } from '../../context.js';
import { Permission } from '../../common/access.js';
import { can } from '../../common/guard.js';
import { pageArgs, toConnection, type Connection } from '../../common/pagination.js';
import { Activity } from './activity.entity.js';

export class ActivityService {
  constructor(private readonly ds: DataSource) {}

  /** Newest first, for a project or for one task of it. */
  async list(ctx: Context, projectId: string, taskId: string | null, first?: number | null, after?: string | null): Promise<Connection<Activity>> {
    await can(ctx, projectId, Permission.PROJECT_READ);
    const { take, skip } = pageArgs(first, after);
    const where = taskId ? { projectId, taskId } : { projectId };
    const [rows, total] = await this.ds.getRepository(Activity).findAndCount({ where, order: { id: 'DESC' }, skip, take });
    return toConnection(rows, total, skip);
  }
}
