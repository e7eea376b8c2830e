import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { lockVersioned } from '../../common/versioned.js';
import { perRequest, type Actor } from '../../common/actor.js';
import { Permission, isUuid } from '../../common/access.js';
import { can } from '../../common/guard.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { ActivityAction, recordActivity } from '../activity/index.js';
import { User } from '../user/index.js';
import { Charter } from './charter.entity.js';
import { CharterDecision, CharterDecisionKind } from './charter-decision.entity.js';
import { ProjectMember } from './member.entity.js';
import { CharterApproval } from './project.enums.js';
import type { CharterUpdateInput } from './project.inputs.js';
import { lockProjectStructure as lockProject } from './structure-lock.js';

/** A change to the charter's sections: text sections as light markdown, list sections as items. */
export interface CharterPatch {
  purpose?: string;
  objectives?: string[];
  successCriteria?: string[];
  inScope?: string;
  outOfScope?: string;
  assumptions?: string;
  constraints?: string;
  keyStakeholders?: string[];
  sponsor?: string;
}

/**
 * Writes a patch into the project's charter document and projects it onto the charter row, inside
 * the caller's transaction (the collab module's documents own the text; the root passes it in).
 */
export interface CharterText {
  write(m: EntityManager, projectId: string, userId: string | null, patch: CharterPatch): Promise<void>;
}

/** The approval workflow: a charter is submitted before it is approved or rejected. */
const NEXT: Record<CharterApproval, CharterApproval[]> = {
  [CharterApproval.DRAFT]: [CharterApproval.SUBMITTED],
  [CharterApproval.SUBMITTED]: [CharterApproval.APPROVED, CharterApproval.REJECTED, CharterApproval.DRAFT],
  [CharterApproval.APPROVED]: [CharterApproval.DRAFT],
  [CharterApproval.REJECTED]: [CharterApproval.DRAFT, CharterApproval.SUBMITTED],
};

const TEXT_FIELDS = ['purpose', 'inScope', 'outOfScope', 'assumptions', 'constraints', 'sponsor'] as const;
const LIST_FIELDS = ['objectives', 'successCriteria', 'keyStakeholders'] as const;
const MAX_TEXT = 50_000;
const MAX_ITEMS = 200;

/** Key of the per-request loader of charters by project. */
const BY_PROJECT = {};

export class CharterService {
  constructor(
    private readonly ds: DataSource,
    private readonly text: CharterText,
  ) {}

  async get(actor: Actor, projectId: string): Promise<Charter> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const c = await perRequest(actor, BY_PROJECT, () => new DataLoader<string, Charter | null>(async (ids) => {
      const rows = await this.ds.getRepository(Charter).findBy({ projectId: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.projectId === id) ?? null);
    }, { batchScheduleFn: (run) => setImmediate(run) })).load(projectId);
    if (!c) throw new NotFoundError('Charter');
    return c;
  }

  async update(actor: Actor, input: CharterUpdateInput): Promise<Charter> {
    const grant = await can(actor, input.projectId, Permission.CHARTER_UPDATE);
    for (const f of TEXT_FIELDS) {
      const v = input[f];
      if (v !== undefined && v !== null && v.length > MAX_TEXT) throw new BadUserInputError(`${f} must be at most ${MAX_TEXT} characters`, `input.${f}`);
    }
    for (const f of LIST_FIELDS) {
      const v = input[f];
      if (v === undefined || v === null) continue;
      if (v.length > MAX_ITEMS) throw new BadUserInputError(`${f} can hold at most ${MAX_ITEMS} items`, `input.${f}`);
      const i = v.findIndex((s) => s.length > 2000);
      if (i >= 0) throw new BadUserInputError(`${f} item ${i + 1} must be at most 2000 characters`, `input.${f}`);
    }
    return this.ds.transaction(async (m) => {
      // The same lock order as the projector: project, then charter.
      await lockProject(m, input.projectId);
      const repo = m.getRepository(Charter);
      // Locked and checked against the version read (the row itself is written by the projector).
      const current = await lockVersioned(m, Charter, { projectId: input.projectId }, input.version, 'Charter');
      // An approved charter is changed only after someone reopens it on purpose.
      if (current.approvalState === CharterApproval.APPROVED) {
        throw new ConflictError('The charter is approved: reopen it (editing reopens the approval) before changing it', { approvalState: CharterApproval.APPROVED });
      }
      const patch: CharterPatch = {};
      for (const f of TEXT_FIELDS) if (input[f] !== undefined && input[f] !== null) patch[f] = input[f]!;
      for (const f of LIST_FIELDS) if (input[f] !== undefined && input[f] !== null) patch[f] = input[f]!.map((s) => s.trim()).filter(Boolean);
      // The charter document is the source of truth: the change goes into it (open editors see it at
      // once) and the projector brings the row, its activity and the approval state along.
      await this.text.write(m, input.projectId, grant.userId, patch);
      return repo.findOneByOrFail({ projectId: input.projectId });
    });
  }

  /**
   * Moves the charter through its approval. Owners and managers submit and reopen; only the named
   * sponsor, who must not be the person who submitted it, approves or rejects (a rejection says why).
   * Every step is kept in the charter's decision history.
   */
  async setApproval(actor: Actor, projectId: string, state: CharterApproval, comment?: string | null): Promise<Charter> {
    const deciding = state === CharterApproval.APPROVED || state === CharterApproval.REJECTED;
    const grant = await can(actor, projectId, deciding ? Permission.CHARTER_DECIDE : Permission.CHARTER_UPDATE);
    const text = (comment ?? '').trim();
    if (text.length > MAX_COMMENT) throw new BadUserInputError(`The comment must be at most ${MAX_COMMENT} characters`, 'comment');
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(Charter);
      const c = await repo.findOne({ where: { projectId }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw new NotFoundError('Charter');
      if (deciding) await this.checkDecider(m, c, grant.userId);
      if (c.approvalState === state) return c;
      if (!NEXT[c.approvalState].includes(state)) {
        throw new BadUserInputError(
          `A ${c.approvalState.toLowerCase()} charter can go to ${NEXT[c.approvalState].map((x) => x.toLowerCase()).join(' or ')}, not ${state.toLowerCase()}`,
          'state',
        );
      }
      if (state === CharterApproval.REJECTED && !text) throw new BadUserInputError('Say why the charter is rejected', 'comment');
      const old = c.approvalState;
      c.approvalState = state;
      c.approvedAt = state === CharterApproval.APPROVED ? new Date() : null;
      c.approvedById = state === CharterApproval.APPROVED ? grant.userId : null;
      if (state === CharterApproval.SUBMITTED) {
        c.submittedAt = new Date();
        c.submittedById = grant.userId;
      }
      const saved = await repo.save(c);
      await recordDecision(m, projectId, DECISION_OF[state], grant.userId, text);
      await recordActivity(m, projectId, grant.userId, [
        { entityType: 'charter', entityId: projectId, action: ActivityAction.UPDATED, field: 'approvalState', oldValue: old, newValue: state },
      ]);
      await publishInTransaction(m, { type: 'project', projectId });
      return saved;
    });
  }

  /** The sponsor alone decides, and not on a charter they submitted themselves. */
  private async checkDecider(m: EntityManager, c: Charter, userId: string | null): Promise<void> {
    if (!c.approverId) throw new ForbiddenError('Name a sponsor in the project settings first: only the sponsor approves or rejects the charter');
    if (userId !== c.approverId) {
      const sponsor = await m.getRepository(User).findOne({ select: { id: true, name: true }, where: { id: c.approverId } });
      throw new ForbiddenError(`Only the sponsor${sponsor ? `, ${sponsor.name},` : ''} can approve or reject the charter`);
    }
    if (c.approvalState === CharterApproval.SUBMITTED && c.submittedById === userId) {
      throw new ForbiddenError('You submitted this charter, so you cannot approve or reject it yourself');
    }
  }

  /** Names the sponsor (any member of the project, a viewer too), or nobody with null. */
  async setApprover(actor: Actor, projectId: string, userId: string | null): Promise<Charter> {
    const grant = await can(actor, projectId, Permission.PROJECT_UPDATE);
    return this.ds.transaction(async (m) => {
      if (userId !== null) {
        const member = isUuid(userId) && (await m.getRepository(ProjectMember).exists({ where: { projectId, userId } }));
        if (!member) throw new BadUserInputError('The sponsor must be a member of the project (any role, a viewer too)', 'userId');
      }
      const repo = m.getRepository(Charter);
      const c = await repo.findOne({ where: { projectId }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw new NotFoundError('Charter');
      if (c.approverId === userId) return c;
      const old = c.approverId;
      c.approverId = userId;
      const saved = await repo.save(c);
      await recordActivity(m, projectId, grant.userId, [
        { entityType: 'charter', entityId: projectId, action: ActivityAction.UPDATED, field: 'approverId', oldValue: old, newValue: userId },
      ]);
      await publishInTransaction(m, { type: 'project', projectId });
      return saved;
    });
  }

  /** The approval history, newest first. */
  async decisions(actor: Actor, projectId: string): Promise<CharterDecision[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    return this.ds.getRepository(CharterDecision).find({ where: { projectId }, order: { createdAt: 'DESC', id: 'ASC' }, take: 200 });
  }
}

const MAX_COMMENT = 2000;

const DECISION_OF: Record<CharterApproval, CharterDecisionKind> = {
  [CharterApproval.DRAFT]: CharterDecisionKind.REOPENED,
  [CharterApproval.SUBMITTED]: CharterDecisionKind.SUBMITTED,
  [CharterApproval.APPROVED]: CharterDecisionKind.APPROVED,
  [CharterApproval.REJECTED]: CharterDecisionKind.REJECTED,
};

/** Keeps one step of the approval history (the projector records a reopening by an edit too). */
export async function recordDecision(m: EntityManager, projectId: string, decision: CharterDecisionKind, actorId: string | null, comment: string): Promise<void> {
  await m.getRepository(CharterDecision).insert({ projectId, decision, actorId, comment });
}
