import type { DataSource } from 'typeorm';
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
}

const READ = new Set([Permission.PROJECT_READ, Permission.BOARD_READ]);
const MEMBER_WRITES = new Set([
  Permission.TASK_CREATE,
  Permission.TASK_UPDATE,
  Permission.TASK_DELETE_OWN,
  Permission.DEPENDENCY_MANAGE,
]);

/** The role table, in one place. */
export function roleAllows(role: ProjectRole, permission: Permission): boolean {
  if (READ.has(permission)) return true;
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
  userId: string | null;
  archived: boolean;
}

/** Looks up membership rows; cached per request by the loaders. */
export type MembershipLookup = (projectId: string) => Promise<{ role: ProjectRole; archived: boolean } | null>;

export function requireUser(viewer: Viewer): string {
  if (viewer.kind === 'user') return viewer.userId;
  if (viewer.kind === 'board') throw new ForbiddenError('A board token can only read its board');
  throw new UnauthenticatedError();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/**
 * The one access check. Missing and not-yours are both NOT_FOUND; a member lacking the
 * permission gets FORBIDDEN; an archived project refuses every write but unarchiving.
 */
export async function authorize(
  viewer: Viewer,
  projectId: string,
  permission: Permission,
  lookup: MembershipLookup,
  archivedLookup: (projectId: string) => Promise<boolean | null>,
): Promise<Grant> {
  if (!isUuid(projectId)) throw new NotFoundError('Project');
  if (viewer.kind === 'anonymous') throw new UnauthenticatedError();
  if (viewer.kind === 'board') {
    if (viewer.projectId !== projectId || permission !== Permission.BOARD_READ) throw new NotFoundError('Project');
    const archived = await archivedLookup(projectId);
    if (archived === null) throw new NotFoundError('Project');
    return { projectId, role: null, userId: null, archived };
  }
  const m = await lookup(projectId);
  if (!m) throw new NotFoundError('Project');
  if (!roleAllows(m.role, permission)) {
    throw new ForbiddenError(`Your role (${m.role}) does not allow ${permission.toLowerCase().replace(/_/g, ' ')}`);
  }
  if (m.archived && !READ.has(permission) && permission !== Permission.PROJECT_ARCHIVE) {
    throw new ForbiddenError('This project is archived and read-only; unarchive it first');
  }
  return { projectId, role: m.role, userId: viewer.userId, archived: m.archived };
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
