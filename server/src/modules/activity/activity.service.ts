import type { DataSource } from 'typeorm';
import type { Context } from '../../context.js';
import { Permission } from '../../common/access.js';
import { can } from '../../common/guard.js';
import { pageArgs, pageOf, type Connection } from '../../common/pagination.js';
import { Activity } from './activity.entity.js';

export class ActivityService {
  constructor(private readonly ds: DataSource) {}

  /** Newest first, for a project or for one task of it. */
  async list(ctx: Context, projectId: string, taskId: string | null, first?: number | null, after?: string | null): Promise<Connection<Activity>> {
    await can(ctx, projectId, Permission.PROJECT_READ);
    const { take, skip } = pageArgs(first, after);
    const qb = this.ds.getRepository(Activity).createQueryBuilder('a').where('a.project_id = :projectId', { projectId }).orderBy('a.id', 'DESC');
    if (taskId) qb.andWhere('a.task_id = :taskId', { taskId });
    return pageOf(qb, skip, take);
  }
}
