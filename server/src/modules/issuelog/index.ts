/**
 * The issue log: problems, questions, blockers and defects, linked to tasks and risks; an open
 * blocker marks its tasks as blocked (`Task.blockingIssues`). It sits above the risk module, so a
 * risk that occurs becomes an issue here in one step (`riskOccur`). The `Issue` type stays open for
 * fields that higher modules resolve.
 */
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { batchOptions, groupBy } from '../../common/batch.js';
import type { DomainEvent } from '../../common/events.js';
import type { Logger } from '../../common/logger.js';
import { defineModule } from '../../module.js';
import type { Hub } from '../../topics.js';
import { Risk, type RiskService } from '../risk/index.js';
import { Task } from '../task/index.js';
import { Issue, IssueRisk, IssueTask } from './issue.entity.js';
import { IssueResolver, ProjectIssuesResolver, RiskIssuesResolver, TaskBlockingResolver } from './issue.resolver.js';
import { IssueService } from './issue.service.js';
import { IssueEventAction, type IssueEvent } from './issue.types.js';
import { WallRegistersResolver, WallRegistersService } from './wall.js';

export { Issue, IssueRisk, IssueTask } from './issue.entity.js';
export { IssueLevel, IssueStatus, IssueType, isOpenIssue } from './issue.enums.js';
export { issueKey, issueLabel, IssueService } from './issue.service.js';

declare module '../../topics.js' {
  interface TopicRegistry {
    ISSUE_CHANGED: [projectId: string, payload: IssueEvent];
  }
}

/** Rows of `entity` linked through `sql` (pairs of owner id and row id), grouped per owner id. */
function linked<T extends { id: string }>(ds: DataSource, entity: new () => T, sql: string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const pairs: { owner: string; id: string }[] = await ds.query(sql, [ids]);
    const rows = pairs.length ? await ds.getRepository(entity).findBy({ id: In([...new Set(pairs.map((p) => p.id))]) } as never) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return groupBy(ids, pairs.filter((p) => byId.has(p.id)), (p) => p.owner).map((list) => list.map((p) => byId.get(p.id)!));
  }, batchOptions);
}

/** This module's per-request loaders. */
const issueLoaders = (ds: DataSource) => ({
  issueTasks: linked(ds, Task, `SELECT l.issue_id AS owner, t.id FROM issue_tasks l JOIN tasks t ON t.id = l.task_id WHERE l.issue_id = ANY($1::uuid[]) AND t.archived_at IS NULL ORDER BY t.wbs_sort`),
  issueRisks: linked(ds, Risk, `SELECT l.issue_id AS owner, r.id FROM issue_risks l JOIN risks r ON r.id = l.risk_id WHERE l.issue_id = ANY($1::uuid[]) AND r.archived_at IS NULL ORDER BY r.number`),
  riskIssues: linked(ds, Issue, `SELECT l.risk_id AS owner, i.id FROM issue_risks l JOIN issues i ON i.id = l.issue_id WHERE l.risk_id = ANY($1::uuid[]) AND i.archived_at IS NULL ORDER BY i.number`),
  /** Open blockers per task. */
  blockingIssues: linked(ds, Issue, `SELECT l.task_id AS owner, i.id FROM issue_tasks l JOIN issues i ON i.id = l.issue_id
      WHERE l.task_id = ANY($1::uuid[]) AND i.archived_at IS NULL AND i.type = 'BLOCKER' AND i.status IN ('OPEN', 'IN_PROGRESS', 'ESCALATED') ORDER BY i.number`),
});
declare module '../../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the module's loaders, added to ctx.loaders
  interface RequestLoaders extends ReturnType<typeof issueLoaders> {}
}

declare module '../../common/actor.js' {
  interface EntityKinds {
    issue: true;
  }
}

export interface IssueNeeds {
  /** Marks a risk occurred in the transaction that logs its issue. */
  risks: RiskService;
}

/** Publishes committed issue events to this instance's `issueChanged` subscribers, in commit order. */
function issueEvents(ds: DataSource, hub: Hub, logger: Logger) {
  let chain = Promise.resolve();
  return (e: DomainEvent) => {
    if (e.type !== 'issue' || !hub.watching('ISSUE_CHANGED', e.projectId)) return;
    chain = chain
      .then(async () => {
        const rows = await ds.getRepository(Issue).findBy({ id: In(e.ids) });
        for (const issue of rows) {
          hub.publish('ISSUE_CHANGED', e.projectId, { action: IssueEventAction[e.action], issue, changeNumber: e.change ?? null, actorId: e.actorId ?? null });
        }
      })
      .catch((err) => logger.error('issue event failed', { err: err as Error }));
  };
}

export const issuelogModule = defineModule({
  name: 'issuelog',
  entities: [Issue, IssueTask, IssueRisk],
  loaders: issueLoaders,
  located: {
    issue: { name: 'Issue', sql: 'SELECT id, project_id FROM issues WHERE id = ANY($1::uuid[])' },
  },
  create: ({ ds, hub, logger }, needs: IssueNeeds) => {
    const issues = new IssueService(ds, needs.risks);
    const walls = new WallRegistersService(ds);
    return {
      services: { issues, walls },
      resolvers: [
        [IssueResolver, new IssueResolver(issues)],
        [ProjectIssuesResolver, new ProjectIssuesResolver(issues)],
        [RiskIssuesResolver, new RiskIssuesResolver()],
        [TaskBlockingResolver, new TaskBlockingResolver()],
        [WallRegistersResolver, new WallRegistersResolver(walls)],
      ],
      onEvent: issueEvents(ds, hub, logger),
    };
  },
});
