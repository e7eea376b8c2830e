/**
 * The risk module: the risk register (threats and opportunities, their assessment and response),
 * its append-only history for the exposure trend, and mitigation tasks made through the task
 * module. It sits above planning; the issue log above it turns an occurred risk into an issue.
 */
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { batchOptions, byId } from '../../common/batch.js';
import type { DomainEvent } from '../../common/events.js';
import type { Logger } from '../../common/logger.js';
import { defineModule } from '../../module.js';
import type { Hub } from '../../topics.js';
import { Task, type TaskService } from '../task/index.js';
import { Risk, RiskHistory, RiskTask } from './risk.entity.js';
import { ProjectRisksResolver, RiskResolver } from './risk.resolver.js';
import { RiskService } from './risk.service.js';
import type { RiskEvent } from './risk.types.js';
import { RiskEventAction } from './risk.types.js';

export { Risk, RiskHistory, RiskTask } from './risk.entity.js';
export { RiskKind, RiskStatus, RiskStrategy } from './risk.enums.js';
export { expectedValueOf, impactOf, isOpenRisk, PROBABILITY_PERCENT, scoreOf, strategiesFor } from './risk.rules.js';
export { riskKey, riskLabel, RiskService } from './risk.service.js';
export type { RiskCreateInput } from './risk.inputs.js';

declare module '../../topics.js' {
  interface TopicRegistry {
    RISK_CHANGED: [projectId: string, payload: RiskEvent];
  }
}

/** This module's per-request loaders. */
const riskLoaders = (ds: DataSource) => ({
  risk: new DataLoader<string, Risk | null>(async (ids) => byId(ids, await ds.getRepository(Risk).findBy({ id: In([...ids]) })), batchOptions),
  /** A risk's linked live tasks, in outline order. */
  riskTasks: new DataLoader<string, Task[]>(async (ids) => {
    const rows: { risk_id: string; id: string }[] = await ds.query(
      `SELECT l.risk_id, t.id FROM risk_tasks l JOIN tasks t ON t.id = l.task_id
        WHERE l.risk_id = ANY($1::uuid[]) AND t.archived_at IS NULL ORDER BY t.wbs_sort`,
      [ids],
    );
    const tasks = rows.length ? await ds.getRepository(Task).findBy({ id: In(rows.map((r) => r.id)) }) : [];
    const taskById = new Map(tasks.map((t) => [t.id, t]));
    const out = new Map<string, Task[]>(ids.map((id) => [id, []]));
    for (const r of rows) out.get(r.risk_id)?.push(taskById.get(r.id)!);
    return ids.map((id) => out.get(id)!);
  }, batchOptions),
});
declare module '../../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the module's loaders, added to ctx.loaders
  interface RequestLoaders extends ReturnType<typeof riskLoaders> {}
}

declare module '../../common/actor.js' {
  interface EntityKinds {
    risk: true;
  }
}

export interface RiskNeeds {
  /** Creates mitigation tasks through the task module's own create path. */
  tasks: TaskService;
}

/** Publishes committed risk events to this instance's `riskChanged` subscribers, in commit order. */
function riskEvents(ds: DataSource, hub: Hub, logger: Logger) {
  let chain = Promise.resolve();
  return (e: DomainEvent) => {
    if (e.type !== 'risk' || !hub.watching('RISK_CHANGED', e.projectId)) return;
    chain = chain
      .then(async () => {
        const rows = await ds.getRepository(Risk).findBy({ id: In(e.ids) });
        for (const risk of rows) {
          hub.publish('RISK_CHANGED', e.projectId, { action: RiskEventAction[e.action], risk, changeNumber: e.change ?? null, actorId: e.actorId ?? null });
        }
      })
      .catch((err) => logger.error('risk event failed', { err: err as Error }));
  };
}

export const riskModule = defineModule({
  name: 'risk',
  entities: [Risk, RiskTask, RiskHistory],
  loaders: riskLoaders,
  located: {
    risk: { name: 'Risk', sql: 'SELECT id, project_id FROM risks WHERE id = ANY($1::uuid[])' },
  },
  create: ({ ds, hub, logger }, needs: RiskNeeds) => {
    const risks = new RiskService(ds, needs.tasks);
    return {
      services: { risks },
      resolvers: [
        [RiskResolver, new RiskResolver(risks)],
        [ProjectRisksResolver, new ProjectRisksResolver(risks)],
      ],
      onEvent: riskEvents(ds, hub, logger),
    };
  },
});
