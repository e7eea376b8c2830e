import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { can } from '../../common/guard.js';
import { pageArgs, pageOf, type ActivityArgs, type Connection } from '../../common/pagination.js';
import { Activity } from './activity.entity.js';

export class ActivityService {
  constructor(private readonly ds: DataSource) {}

  /** Newest first, for a project or for one task of it, optionally only since a moment. */
  async list(actor: Actor, projectId: string, taskId: string | null, args: ActivityArgs): Promise<Connection<Activity>> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const { take, skip } = pageArgs(args.first, args.after);
    const qb = this.ds.getRepository(Activity).createQueryBuilder('a').where('a.project_id = :projectId', { projectId }).orderBy('a.id', 'DESC');
    if (taskId) qb.andWhere('a.task_id = :taskId', { taskId });
    if (args.since) qb.andWhere('a.created_at >= :since', { since: args.since });
    return pageOf(qb, skip, take);
  }
}
