import { In, type DataSource } from 'typeorm';
import { Activity } from './modules/activity/index.js';
import type { BoardService } from './modules/board/index.js';
import { type Outline, Task } from './modules/task/index.js';
import { Project } from './modules/project/index.js';
import type { DomainEvent } from './common/events.js';
import type { Hub as SubscriptionHub } from './topics.js';
import type { Logger } from './common/logger.js';
import type { PlanPart } from './modules/planning/index.js';

/** What this instance does beyond subscriptions when access changes anywhere; given at construction. */
export interface RelayHooks {
  /** A wall token was revoked: open walls using it close. */
  boardTokenRevoked?: (tokenId: string) => void;
  /** A project changed (archiving makes its documents read-only). */
  projectChanged?: (projectId: string) => void;
  /** A session was signed out or a token revoked: sockets it opened end. */
  credentialRevoked?: (tokenHash: string) => void;
  /** A member left a project: their open documents close. */
  memberRemoved?: (projectId: string, userId: string) => void;
}

/**
 * Turns committed database events into subscription payloads. Each instance loads a changed row once,
 * whatever the number of its subscribers, and recomputes a board at most once per burst of changes.
 */
export class EventRelay {
  private readonly pendingBoards = new Map<string, NodeJS.Timeout>();
  private readonly pendingOutlines = new Map<string, NodeJS.Timeout>();
  private chain: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly ds: DataSource,
    private readonly hub: SubscriptionHub,
    private readonly boards: BoardService,
    private readonly logger: Logger,
    private readonly hooks: RelayHooks = {},
    /** Called for every committed domain event first, in commit order: the modules' handlers (the schedule service). */
    private readonly listeners: readonly ((event: DomainEvent) => void)[] = [],
    private readonly boardDelayMs = 30,
  ) {}

  /** Events are handled one after another, so subscribers see them in commit order. */
  handle(event: DomainEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch (err) {
        this.logger.error('event listener failed', { err: err as Error });
      }
    }
    this.chain = this.chain.then(() => this.process(event)).catch((err) => this.logger.error('event relay failed', { err: err as Error }));
  }

  private async process(e: DomainEvent): Promise<void> {
    if (this.closed) return;
    switch (e.type) {
      case 'task':
        if (this.hub.watching('TASK_UPDATED', e.projectId)) {
          const tasks = await this.ds.getRepository(Task).findBy({ id: In(e.ids) });
          const byId = new Map(tasks.map((t) => [t.id, t]));
          for (const id of e.ids) {
            const task = byId.get(id);
            if (task) this.hub.publish('TASK_UPDATED', e.projectId, { action: e.action, task, changeNumber: e.change ?? null, actorId: e.actorId ?? null });
          }
        }
        break;
      case 'project':
        this.hooks.projectChanged?.(e.projectId);
        if (this.hub.watching('PROJECT_UPDATED', e.projectId)) {
          const p = await this.ds.getRepository(Project).findOneBy({ id: e.projectId });
          if (p) this.hub.publish('PROJECT_UPDATED', e.projectId, p);
        }
        break;
      case 'activity':
        if (this.hub.watching('ACTIVITY_ADDED', e.projectId)) {
          const rows = await this.ds.getRepository(Activity).find({ where: { id: In(e.ids) }, order: { id: 'ASC' } });
          for (const a of rows) this.hub.publish('ACTIVITY_ADDED', e.projectId, a);
        }
        break;
      case 'board_token_revoked':
        this.hooks.boardTokenRevoked?.(e.tokenId);
        return;
      case 'credential_revoked':
        this.hooks.credentialRevoked?.(e.tokenHash);
        return;
      case 'member_removed':
        this.hub.endFor(e.projectId, e.userId);
        this.hooks.memberRemoved?.(e.projectId, e.userId);
        return;
      // Both can move the schedule, whose dates the board shows.
      case 'outline':
        this.scheduleOutline(e.projectId);
        break;
      case 'plan':
        this.hub.publish('PLAN_CHANGED', e.projectId, { projectId: e.projectId, part: e.part as PlanPart });
        break;
    }
    this.scheduleBoard(e.projectId);
  }

  private scheduleBoard(projectId: string): void {
    if (this.closed || !this.hub.watching('BOARD_UPDATED', projectId) || this.pendingBoards.has(projectId)) return;
    const timer = setTimeout(() => {
      this.pendingBoards.delete(projectId);
      this.boards
        .compute(projectId)
        .then((board) => this.hub.publish('BOARD_UPDATED', projectId, board))
        .catch((err) => this.logger.error('board refresh failed', { err: err as Error, projectId }));
    }, this.boardDelayMs);
    this.pendingBoards.set(projectId, timer);
  }

  /** One message with every live task's place, however many were renumbered. */
  private scheduleOutline(projectId: string): void {
    if (this.closed || !this.hub.watching('OUTLINE_CHANGED', projectId) || this.pendingOutlines.has(projectId)) return;
    const timer = setTimeout(() => {
      this.pendingOutlines.delete(projectId);
      this.ds
        .query(
          `SELECT id, parent_id AS "parentId", position, wbs_code AS "wbsCode" FROM tasks
            WHERE project_id = $1 AND archived_at IS NULL ORDER BY wbs_sort`,
          [projectId],
        )
        .then((nodes: Outline['nodes']) => this.hub.publish('OUTLINE_CHANGED', projectId, { projectId, nodes }))
        .catch((err) => this.logger.error('outline refresh failed', { err: err as Error, projectId }));
    }, this.boardDelayMs);
    this.pendingOutlines.set(projectId, timer);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of [...this.pendingBoards.values(), ...this.pendingOutlines.values()]) clearTimeout(t);
    this.pendingBoards.clear();
    this.pendingOutlines.clear();
    await this.chain;
  }
}
