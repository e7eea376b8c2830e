import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import type { Viewer } from './common/roles.js';
import { ProjectRole } from './modules/project/project.enums.js';
import { Project } from './modules/project/project.entity.js';
import { Dependency } from './modules/task/dependency.entity.js';
import { TaskStatus } from './modules/task/status.entity.js';
import { Task } from './modules/task/task.entity.js';
import { User } from './modules/user/user.entity.js';
import { membershipQueries } from './common/access.js';
import { requestActor, type Actor, type EntityKind } from './common/actor.js';
import { entityKey, entityProjects } from './common/locate.js';

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const m = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => m.get(id) ?? null);
}
function groupBy<T>(ids: readonly string[], rows: T[], key: (r: T) => string): T[][] {
  const m = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) m.get(key(r))?.push(r);
  return ids.map((id) => m.get(id)!);
}

/**
 * Batch per macrotask rather than per microtask: GraphQL resolves a long list over many promise
 * ticks, and the default schedule would split one relation into several queries as lists grow.
 */
const options = { batchScheduleFn: (run: () => void) => setImmediate(run) };

/** Per-request DataLoaders (never module-scoped): relations cost one query per kind, not per parent. */
export function createLoaders(ds: DataSource, viewer: Viewer) {
  const members = membershipQueries(ds);
  const loaders = {
    user: new DataLoader<string, User | null>(async (ids) => byId(ids, await ds.getRepository(User).findBy({ id: In([...ids]) })), options),
    project: new DataLoader<string, Project | null>(async (ids) =>
      byId(ids, await ds.getRepository(Project).findBy({ id: In([...ids]) })), options),
    task: new DataLoader<string, Task | null>(async (ids) => byId(ids, await ds.getRepository(Task).findBy({ id: In([...ids]) })), options),
    status: new DataLoader<string, TaskStatus | null>(async (ids) =>
      byId(ids, await ds.getRepository(TaskStatus).findBy({ id: In([...ids]) })), options),
    /** Live (not archived) tasks of a project in outline order. */
    tasksByProject: new DataLoader<string, Task[]>(async (ids) =>
      groupBy(
        ids,
        await ds.getRepository(Task).find({
          where: { projectId: In([...ids]), archivedAt: IsNull() },
          order: { wbsSort: 'ASC' },
        }),
        (t) => t.projectId,
      ), options),
    /** Both directions of a task's links in one query: `in` (it is the successor) and `out`. */
    links: new DataLoader<string, { in: Dependency[]; out: Dependency[] }>(async (ids) => {
      const rows = await ds.getRepository(Dependency).find({
        where: [{ successorId: In([...ids]) }, { predecessorId: In([...ids]) }],
        order: { createdAt: 'ASC' },
      });
      const m = new Map(ids.map((id) => [id, { in: [] as Dependency[], out: [] as Dependency[] }]));
      for (const d of rows) {
        m.get(d.successorId)?.in.push(d);
        m.get(d.predecessorId)?.out.push(d);
      }
      return ids.map((id) => m.get(id)!);
    }, options),
    childCount: new DataLoader<string, number>(async (ids) => {
      const rows: { parent_id: string; n: string }[] = await ds.query(
        `SELECT parent_id, count(*) AS n FROM tasks WHERE parent_id = ANY($1::uuid[]) AND archived_at IS NULL GROUP BY parent_id`,
        [ids],
      );
      const m = new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
      return ids.map((id) => m.get(id) ?? 0);
    }, options),
    /** The viewer's role in each project (null = not a member). */
    membership: new DataLoader<string, { role: ProjectRole; archived: boolean } | null>(async (ids) =>
      viewer.kind === 'user' ? members.memberships(viewer.userId, ids) : ids.map(() => null), options),
    /** Archived flag per project (null = no such project); used for board tokens. */
    archived: new DataLoader<string, boolean | null>(async (ids) => {
      const rows = await ds.getRepository(Project).find({ select: { id: true, archivedAt: true }, where: { id: In([...ids]) } });
      const m = new Map(rows.map((r) => [r.id, r.archivedAt !== null]));
      return ids.map((id) => m.get(id) ?? null);
    }, options),
    /** The project of a row, keyed by `entityKey(kind, id)` (null = no such row). */
    entityProject: new DataLoader<string, string | null>(entityProjects(ds), options),
  };
  const scoped = Object.assign(loaders, {
    /**
     * A key for what a service keeps for the rest of one request (a schedule read once for many
     * tasks); replaced by clear(), so a subscription's next event reads afresh.
     */
    scope: {} as object,
    /** Subscriptions reuse one context across events: forget cached rows before each event. */
    clear(): void {
      for (const l of Object.values(loaders)) if (l instanceof DataLoader) l.clearAll();
      scoped.scope = {};
    },
  });
  return scoped;
}
export type Loaders = ReturnType<typeof createLoaders>;

/** The actor of a request, its lookups served (and cached) by the request's loaders. */
export function actorOf(viewer: Viewer, loaders: Loaders): Actor {
  return requestActor(viewer, {
    membership: (projectId) => loaders.membership.load(projectId),
    archived: (projectId) => loaders.archived.load(projectId),
    projectOf: (kind: EntityKind, id: string) => loaders.entityProject.load(entityKey(kind, id)),
    get scope() {
      return loaders.scope;
    },
  });
}
