/**
 * The change module: change requests (a change set on the plan, its impact previewed by the
 * planning engine on a what-if copy, a decision workflow, applied in one transaction on approval)
 * and the decision log. It sits above planning and collab, whose engine and WBS document it uses.
 */
import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import { batchOptions, byId, groupBy } from '../../common/batch.js';
import type { DomainEvent } from '../../common/events.js';
import type { Logger } from '../../common/logger.js';
import { defineModule } from '../../module.js';
import type { Hub } from '../../topics.js';
import type { ScheduleService } from '../planning/index.js';
import type { TaskStructure } from '../task/index.js';
import { Issue } from '../issuelog/index.js';
import { ChangeBoard, ChangeRequest, ChangeRequestIssue, ChangeRequestStep, Decision } from './change.entity.js';
import { RegisterEventAction } from './change.enums.js';
import { ChangeBoardResolver, ChangeProjectResolver, ChangeRequestResolver, ChangeRequestStepResolver, DecisionResolver, IssueChangeRequestResolver } from './change.resolver.js';
import { ChangeService } from './change.service.js';
import type { ChangeRequestEventPayload, DecisionEventPayload } from './change.types.js';
import { DecisionService } from './decision.service.js';

export { ChangeBoard, ChangeRequest, ChangeRequestIssue, ChangeRequestStep, Decision } from './change.entity.js';
export { ChangeCategory, ChangeRequestStatus } from './change.enums.js';
export { ChangeService } from './change.service.js';
export { DecisionService } from './decision.service.js';

declare module '../../topics.js' {
  interface TopicRegistry {
    CHANGE_REQUEST_CHANGED: [projectId: string, payload: ChangeRequestEventPayload];
    DECISION_CHANGED: [projectId: string, payload: DecisionEventPayload];
  }
}

const changeLoaders = (ds: DataSource) => ({
  changeRequest: new DataLoader<string, ChangeRequest | null>(async (ids) => byId(ids, await ds.getRepository(ChangeRequest).findBy({ id: In([...ids]) })), batchOptions),
  /** A request's workflow steps, oldest first. */
  changeRequestSteps: new DataLoader<string, ChangeRequestStep[]>(async (ids) =>
    groupBy(ids, await ds.getRepository(ChangeRequestStep).find({ where: { changeRequestId: In([...ids]) }, order: { id: 'ASC' } }), (s) => s.changeRequestId), batchOptions),
  /** The live issues each change request addresses, by number. */
  changeRequestIssues: new DataLoader<string, Issue[]>(async (ids) => {
    const links = await ds.getRepository(ChangeRequestIssue).findBy({ changeRequestId: In([...ids]) });
    const issues = links.length ? await ds.getRepository(Issue).find({ where: { id: In(links.map((l) => l.issueId)), archivedAt: IsNull() }, order: { number: 'ASC' } }) : [];
    return ids.map((id) => {
      const mine = new Set(links.filter((l) => l.changeRequestId === id).map((l) => l.issueId));
      return issues.filter((i) => mine.has(i.id));
    });
  }, batchOptions),
  /** The change requests that address each issue, by number. */
  issueChangeRequests: new DataLoader<string, ChangeRequest[]>(async (ids) => {
    const links = await ds.getRepository(ChangeRequestIssue).findBy({ issueId: In([...ids]) });
    const requests = links.length ? await ds.getRepository(ChangeRequest).find({ where: { id: In(links.map((l) => l.changeRequestId)) }, order: { number: 'ASC' } }) : [];
    return ids.map((id) => {
      const mine = new Set(links.filter((l) => l.issueId === id).map((l) => l.changeRequestId));
      return requests.filter((r) => mine.has(r.id));
    });
  }, batchOptions),
});
declare module '../../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the module's loaders, added to ctx.loaders
  interface RequestLoaders extends ReturnType<typeof changeLoaders> {}
}

declare module '../../common/actor.js' {
  interface EntityKinds {
    changeRequest: true;
    decision: true;
  }
}

export interface ChangeNeeds {
  /** The live schedule and plan (the planning module's schedules), for checks and previews. */
  schedules: ScheduleService;
  /** Adds and removes tasks through the WBS document (the collab module's WbsService). */
  structure: TaskStructure;
}

/**
 * Turns this module's committed events into subscription payloads, one after another so watchers
 * see them in commit order; a row is loaded once however many watch.
 */
function registerRelay(ds: DataSource, hub: Hub, logger: Logger) {
  let chain: Promise<void> = Promise.resolve();
  const publish = async (e: Extract<DomainEvent, { type: 'register' }>) => {
    const base = { action: e.action as RegisterEventAction, changeNumber: e.change ?? null, actorId: e.actorId ?? null };
    if (e.register === 'change_request' && hub.watching('CHANGE_REQUEST_CHANGED', e.projectId)) {
      const rows = e.action === 'DELETED' ? [] : await ds.getRepository(ChangeRequest).findBy({ id: In(e.ids) });
      for (const id of e.ids) hub.publish('CHANGE_REQUEST_CHANGED', e.projectId, { ...base, id, changeRequest: rows.find((r) => r.id === id) ?? null });
    }
    if (e.register === 'decision' && hub.watching('DECISION_CHANGED', e.projectId)) {
      const rows = e.action === 'DELETED' ? [] : await ds.getRepository(Decision).findBy({ id: In(e.ids) });
      for (const id of e.ids) hub.publish('DECISION_CHANGED', e.projectId, { ...base, id, decision: rows.find((r) => r.id === id) ?? null });
    }
  };
  return {
    onEvent(e: DomainEvent): void {
      if (e.type !== 'register') return;
      chain = chain.then(() => publish(e)).catch((err) => logger.error('register event failed', { err: err as Error }));
    },
    close: () => chain,
  };
}

export const changeModule = defineModule({
  name: 'change',
  entities: [ChangeRequest, ChangeRequestStep, ChangeBoard, Decision, ChangeRequestIssue],
  loaders: changeLoaders,
  located: {
    changeRequest: { name: 'Change request', sql: 'SELECT id, project_id FROM change_requests WHERE id = ANY($1::uuid[])' },
    decision: { name: 'Decision', sql: 'SELECT id, project_id FROM decisions WHERE id = ANY($1::uuid[])' },
  },
  create: ({ ds, hub, logger }, needs: ChangeNeeds) => {
    const changes = new ChangeService(ds, needs.schedules, needs.structure);
    const decisions = new DecisionService(ds);
    const relay = registerRelay(ds, hub, logger);
    return {
      services: { changes, decisions },
      resolvers: [
        [ChangeRequestResolver, new ChangeRequestResolver(changes)],
        [ChangeRequestStepResolver, new ChangeRequestStepResolver()],
        [ChangeBoardResolver, new ChangeBoardResolver()],
        [DecisionResolver, new DecisionResolver(decisions)],
        [IssueChangeRequestResolver, new IssueChangeRequestResolver()],
        [ChangeProjectResolver, new ChangeProjectResolver(changes, decisions)],
      ],
      onEvent: relay.onEvent,
      close: relay.close,
    };
  },
});
