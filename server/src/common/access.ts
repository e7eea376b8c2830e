import type { DataSource } from 'typeorm';
import { isSystem, personOf, type Actor, type EntityKind } from './actor.js';
import { isUuid } from './ids.js';
import type { Viewer } from './roles.js';
import { ProjectRole } from './roles.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from './errors.js';

/** What a viewer may want to do inside one project. */
export enum Permission {
  PROJECT_READ = 'PROJECT_READ',
  BOARD_READ = 'BOARD_READ',
  PROJECT_UPDATE = 'PROJECT_UPDATE',
  PROJECT_ARCHIVE = 'PROJECT_ARCHIVE',
  MEMBER_MANAGE = 'MEMBER_MANAGE',
  BOARD_TOKEN_MANAGE = 'BOARD_TOKEN_MANAGE',
  CHARTER_UPDATE = 'CHARTER_UPDATE',
  STATUS_MANAGE = 'STATUS_MANAGE',
  TASK_CREATE = 'TASK_CREATE',
  TASK_UPDATE = 'TASK_UPDATE',
  TASK_DELETE = 'TASK_DELETE',
  TASK_DELETE_OWN = 'TASK_DELETE_OWN',
  DEPENDENCY_MANAGE = 'DEPENDENCY_MANAGE',
  /** Raise change requests and edit and submit one's own drafts. */
  CHANGE_REQUEST_EDIT = 'CHANGE_REQUEST_EDIT',
  /** Decide change requests (unless the project names a change board) and edit anyone's drafts. */
  CHANGE_DECIDE = 'CHANGE_DECIDE',
  /** Record and edit entries of the decision log. */
  DECISION_MANAGE = 'DECISION_MANAGE',
  /** Add and change stakeholders, groups, communication items (and hold them) and RACI cells. */
  STAKEHOLDER_EDIT = 'STAKEHOLDER_EDIT',
  /** Delete stakeholders, groups and communication items. */
  STAKEHOLDER_DELETE = 'STAKEHOLDER_DELETE',
  /** Approve or reject a submitted charter: any role may hold it, the service lets only the named sponsor. */
  CHARTER_DECIDE = 'CHARTER_DECIDE',
  RISK_MANAGE = 'RISK_MANAGE',
  RISK_DELETE = 'RISK_DELETE',
  ISSUE_MANAGE = 'ISSUE_MANAGE',
  ISSUE_DELETE = 'ISSUE_DELETE',
  /** See the project's outbox (what was mailed, to whom, what failed) and send again. */
  OUTBOX_MANAGE = 'OUTBOX_MANAGE',
}

const READ = new Set([Permission.PROJECT_READ, Permission.BOARD_READ]);
const MEMBER_WRITES = new Set([
  Permission.TASK_CREATE,
  Permission.TASK_UPDATE,
  Permission.TASK_DELETE_OWN,
  Permission.DEPENDENCY_MANAGE,
  Permission.CHANGE_REQUEST_EDIT,
  Permission.DECISION_MANAGE,
  Permission.STAKEHOLDER_EDIT,
  Permission.RISK_MANAGE,
  Permission.ISSUE_MANAGE,
]);

/** The role table, in one place. */
export function roleAllows(role: ProjectRole, permission: Permission): boolean {
  if (READ.has(permission)) return true;
  if (permission === Permission.CHARTER_DECIDE) return true;
  switch (role) {
    case ProjectRole.OWNER:
    case ProjectRole.MANAGER:
      return true;
    case ProjectRole.MEMBER:
      return MEMBER_WRITES.has(permission);
    case ProjectRole.VIEWER:
      return false;
  }
}

/**
 * Whether someone may delete (archive) a task, with the sub-tree that goes with it: owners and
 * managers any task, members only the tasks they created. The same rule for `taskDelete` and for
 * the live outline (the projector refuses and reverts a removal or archive that breaks it).
 */
export function mayDeleteTask(role: ProjectRole, userId: string, createdById: string | null): boolean {
  if (roleAllows(role, Permission.TASK_DELETE)) return true;
  return roleAllows(role, Permission.TASK_DELETE_OWN) && createdById === userId;
}

export interface Grant {
  projectId: string;
  /** null for a board token. */
  role: ProjectRole | null;
  /** The person the change is recorded under (null for a board token, or Trellis itself). */
  userId: string | null;
  archived: boolean;
}

/** The person asking; a board token, nobody or Trellis itself acting for no one cannot. */
export function requireUser(actor: Actor | Viewer): string {
  if (actor.kind === 'user') return actor.userId;
  if (actor.kind === 'board') throw new ForbiddenError('A board token can only read its board');
  if (actor.kind === 'system' && 'lookups' in actor) {
    const person = personOf(actor);
    if (person) return person;
  }
  throw new UnauthenticatedError();
}

export { isUuid };

/**
 * The one access check. Missing and not-yours are both NOT_FOUND; a member lacking the
 * permission gets FORBIDDEN; an archived project refuses every write but unarchiving. The system
 * actor may do anything in a project that exists.
 */
export async function authorize(actor: Actor, projectId: string, permission: Permission): Promise<Grant> {
  if (!isUuid(projectId)) throw new NotFoundError('Project');
  if (isSystem(actor)) {
    const archived = await actor.lookups.archived(projectId);
    if (archived === null) throw new NotFoundError('Project');
    return { projectId, role: ProjectRole.OWNER, userId: personOf(actor), archived };
  }
  if (actor.kind === 'anonymous' || actor.kind === 'system') throw new UnauthenticatedError();
  if (actor.kind === 'board') {
    if (actor.projectId !== projectId || permission !== Permission.BOARD_READ) throw new NotFoundError('Project');
    const archived = await actor.lookups.archived(projectId);
    if (archived === null) throw new NotFoundError('Project');
    return { projectId, role: null, userId: null, archived };
  }
  const m = await actor.lookups.membership(projectId);
  if (!m) throw new NotFoundError('Project');
  if (!roleAllows(m.role, permission)) {
    throw new ForbiddenError(`Your role (${m.role}) does not allow ${permission.toLowerCase().replace(/_/g, ' ')}`);
  }
  if (m.archived && !READ.has(permission) && permission !== Permission.PROJECT_ARCHIVE) {
    throw new ForbiddenError('This project is archived and read-only; unarchive it first');
  }
  return { projectId, role: m.role, userId: actor.userId, archived: m.archived };
}

/**
 * The access check by a row's id: finds the row's project (one small query, cached per request)
 * and checks the permission there. A missing row and a row in someone else's project give the
 * same NOT_FOUND, naming the row, so a stranger cannot learn whether an id exists; FORBIDDEN (the
 * role or an archived project) is only ever told to a member. The grant carries the project id.
 * `field` names the input field that gave the id, when one did (`input.taskId`).
 */
export async function authorizeEntity(
  actor: Actor,
  kind: EntityKind,
  id: string,
  permission: Permission,
  field?: string,
): Promise<Grant> {
  const missing = () => new NotFoundError(actor.lookups.nameOf(kind), field);
  if (actor.kind === 'anonymous') throw new UnauthenticatedError();
  const projectId = isUuid(id) ? await actor.lookups.projectOf(kind, id) : null;
  if (!projectId) throw missing();
  return authorize(actor, projectId, permission).catch((e: unknown) => {
    throw e instanceof NotFoundError ? missing() : e;
  });
}

/** Builds the per-request lookups `authorize` needs. */
export function membershipQueries(ds: DataSource) {
  return {
    async memberships(userId: string, projectIds: readonly string[]) {
      const rows: { project_id: string; role: ProjectRole; archived: boolean }[] = await ds.query(
        `SELECT m.project_id, m.role, p.archived_at IS NOT NULL AS archived
           FROM project_members m JOIN projects p ON p.id = m.project_id
          WHERE m.user_id = $1 AND m.project_id = ANY($2::uuid[])`,
        [userId, projectIds],
      );
      const by = new Map(rows.map((r) => [r.project_id, { role: r.role, archived: r.archived }]));
      return projectIds.map((id) => by.get(id) ?? null);
    },
  };
}
