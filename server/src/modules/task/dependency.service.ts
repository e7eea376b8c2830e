import { In, type DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission, isUuid } from '../../common/access.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { pageArgs, pageOf, type Connection } from '../../common/pagination.js';
import { ActivityAction, recordActivity } from '../activity/index.js';
import { PlanPart } from './task.enums.js';
import { Project } from '../project/index.js';
import { Dependency } from './dependency.entity.js';
import { Task } from './task.entity.js';
import { DependencyType } from './task.enums.js';
import type { DependencyCreateInput, DependencyUpdateInput } from './task.inputs.js';
import { ancestorIds, lockProject } from './wbs.js';

/**
 * Finds a path `from` -> ... -> `to` over the links (predecessor -> successor); returns the task ids
 * along it, or null. Adding to->from closes a cycle exactly when such a path exists.
 */
export function findPath(links: { predecessorId: string; successorId: string }[], from: string, to: string): string[] | null {
  const next = new Map<string, string[]>();
  for (const l of links) next.set(l.predecessorId, [...(next.get(l.predecessorId) ?? []), l.successorId]);
  const prev = new Map<string, string>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length) {
    const cur = queue.shift()!;
    if (cur === to) {
      const path = [to];
      let p = to;
      while (p !== from) {
        p = prev.get(p)!;
        path.unshift(p);
      }
      return path;
    }
    for (const n of next.get(cur) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        prev.set(n, cur);
        queue.push(n);
      }
    }
  }
  return null;
}

function checkLag(lag: number | undefined): void {
  if (lag !== undefined && (!Number.isFinite(lag) || Math.abs(lag) > 10_000)) {
    throw new BadUserInputError('Lag must be between -10,000 and 10,000 working days', 'input.lagDays');
  }
}

export class DependencyService {
  constructor(private readonly ds: DataSource) {}

  async list(actor: Actor, projectId: string, first?: number | null, after?: string | null): Promise<Connection<Dependency>> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const { take, skip } = pageArgs(first, after);
    const qb = this.ds.getRepository(Dependency).createQueryBuilder('d').where('d.project_id = :projectId', { projectId }).orderBy('d.created_at', 'ASC').addOrderBy('d.id', 'ASC');
    return pageOf(qb, skip, take);
  }

  async create(actor: Actor, input: DependencyCreateInput): Promise<Dependency> {
    const grant = await authorizeEntity(actor, 'task', input.predecessorId, Permission.DEPENDENCY_MANAGE, 'input.predecessorId');
    const [pred, succ] = await Promise.all(
      [input.predecessorId, input.successorId].map((id) => (isUuid(id) ? this.ds.getRepository(Task).findOneBy({ id }) : Promise.resolve(null))),
    );
    if (!pred || pred.archivedAt) throw new NotFoundError('Task', 'input.predecessorId');
    if (!succ || succ.archivedAt || succ.projectId !== pred.projectId) {
      throw new BadUserInputError('The successor task does not exist in the same project', 'input.successorId');
    }
    if (pred.id === succ.id) throw new BadUserInputError('A task cannot depend on itself', 'input.successorId');
    checkLag(input.lagDays);
    const projectId = pred.projectId;
    return this.ds.transaction(async (m) => {
      // Serialises link changes per project, so two concurrent halves of a cycle cannot both pass.
      await lockProject(m, projectId);
      const links = await m.getRepository(Dependency).find({ select: { predecessorId: true, successorId: true }, where: { projectId } });
      if (links.some((l) => l.predecessorId === pred.id && l.successorId === succ.id)) {
        throw new BadUserInputError('These tasks are already linked', 'input.successorId');
      }
      // Linking a summary with its own sub-task makes no schedule sense (MS Project refuses it too).
      const predUp = await ancestorIds(m, pred.id);
      const succUp = await ancestorIds(m, succ.id);
      if (predUp.includes(succ.id) || succUp.includes(pred.id)) {
        throw new BadUserInputError('A summary task cannot be linked to its own sub-task', 'input.successorId');
      }
      const path = findPath(links, succ.id, pred.id);
      if (path) {
        const cycleIds = [...path, succ.id];
        const [project] = await m.getRepository(Project).find({ select: { key: true }, where: { id: projectId } });
        const numbers = await m.getRepository(Task).find({ select: { id: true, number: true }, where: { id: In(cycleIds) } });
        const key = new Map(numbers.map((t) => [t.id, `${project!.key}-${t.number}`]));
        const keys = cycleIds.map((id) => key.get(id)!);
        throw new BadUserInputError(`This link would close a cycle: ${keys.join(' → ')}`, 'input.predecessorId', { cycle: keys });
      }
      const repo = m.getRepository(Dependency);
      const dep = await repo.save(
        repo.create({ projectId, predecessorId: pred.id, successorId: succ.id, type: input.type ?? DependencyType.FS, lagDays: input.lagDays ?? 0 }),
      );
      await recordActivity(m, projectId, grant.userId, [
        { entityType: 'dependency', entityId: dep.id, taskId: succ.id, action: ActivityAction.CREATED, newValue: { predecessorId: pred.id, successorId: succ.id, type: dep.type, lagDays: dep.lagDays } },
      ]);
      await publishInTransaction(m, { type: 'task', projectId, action: 'UPDATED', ids: [pred.id, succ.id] }, { type: 'plan', projectId, part: PlanPart.LINKS });
      return dep;
    });
  }

  private async load(actor: Actor, id: string, permission: Permission) {
    const grant = await authorizeEntity(actor, 'dependency', id, permission);
    const dep = await this.ds.getRepository(Dependency).findOneBy({ id });
    if (!dep) throw new NotFoundError('Dependency');
    return { dep, grant };
  }

  async update(actor: Actor, input: DependencyUpdateInput): Promise<Dependency> {
    const { dep, grant } = await this.load(actor, input.id, Permission.DEPENDENCY_MANAGE);
    checkLag(input.lagDays);
    return this.ds.transaction(async (m) => {
      const changes = [];
      if (input.type !== undefined && input.type !== null && input.type !== dep.type) {
        changes.push({ entityType: 'dependency', entityId: dep.id, taskId: dep.successorId, action: ActivityAction.UPDATED, field: 'type', oldValue: dep.type, newValue: input.type });
        dep.type = input.type;
      }
      if (input.lagDays !== undefined && input.lagDays !== null && input.lagDays !== dep.lagDays) {
        changes.push({ entityType: 'dependency', entityId: dep.id, taskId: dep.successorId, action: ActivityAction.UPDATED, field: 'lagDays', oldValue: dep.lagDays, newValue: input.lagDays });
        dep.lagDays = input.lagDays;
      }
      if (!changes.length) return dep;
      const saved = await m.getRepository(Dependency).save(dep);
      await recordActivity(m, dep.projectId, grant.userId, changes);
      await publishInTransaction(m, { type: 'task', projectId: dep.projectId, action: 'UPDATED', ids: [dep.predecessorId, dep.successorId] }, { type: 'plan', projectId: dep.projectId, part: PlanPart.LINKS });
      return saved;
    });
  }

  async remove(actor: Actor, id: string): Promise<Dependency> {
    const { dep, grant } = await this.load(actor, id, Permission.DEPENDENCY_MANAGE);
    return this.ds.transaction(async (m) => {
      await m.getRepository(Dependency).delete({ id: dep.id });
      await recordActivity(m, dep.projectId, grant.userId, [
        { entityType: 'dependency', entityId: dep.id, taskId: dep.successorId, action: ActivityAction.DELETED, oldValue: { predecessorId: dep.predecessorId, successorId: dep.successorId, type: dep.type } },
      ]);
      await publishInTransaction(m, { type: 'task', projectId: dep.projectId, action: 'UPDATED', ids: [dep.predecessorId, dep.successorId] }, { type: 'plan', projectId: dep.projectId, part: PlanPart.LINKS });
      return dep;
    });
  }
}
