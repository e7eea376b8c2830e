/**
 * The project module: projects, members, invitations, the charter row and wall-board tokens.
 * Other modules import it only from here.
 */
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { membershipQueries } from '../../common/access.js';
import { batchOptions, byId } from '../../common/batch.js';
import type { Viewer } from '../../common/roles.js';
import { defineModule } from '../../module.js';

import type { ActivityService } from '../activity/index.js';
import { BoardToken } from './board-token.entity.js';
import { Charter } from './charter.entity.js';
import { CharterDecision } from './charter-decision.entity.js';
import { CharterService, type CharterText } from './charter.service.js';
import { Invitation } from './invitation.entity.js';
import { InvitationResolver } from './invitation.resolver.js';
import { InvitationService } from './invitation.service.js';
import { ProjectMember } from './member.entity.js';
import { ProjectChange } from './project-change.entity.js';
import { Project } from './project.entity.js';
import { ProjectRole } from './project.enums.js';
import { CharterDecisionResolver, CharterResolver, MemberResolver, ProjectResolver } from './project.resolver.js';
import { ProjectService, type ProjectSetUp } from './project.service.js';

export { BoardToken, WallLayout } from './board-token.entity.js';
export { Charter } from './charter.entity.js';
export { CharterService, recordDecision } from './charter.service.js';
export { CharterDecision, CharterDecisionKind } from './charter-decision.entity.js';
export type { CharterPatch, CharterText } from './charter.service.js';
export { Invitation } from './invitation.entity.js';
export { InvitationService } from './invitation.service.js';
export { ProjectMember } from './member.entity.js';
export { ProjectChange } from './project-change.entity.js';
export { Project } from './project.entity.js';
export { CharterApproval, Methodology, ProjectRole, ProjectStatus } from './project.enums.js';
export { ProjectService } from './project.service.js';
export { lockProjectStructure } from './structure-lock.js';
export type { ProjectSetUp } from './project.service.js';

declare module '../../topics.js' {
  interface TopicRegistry {
    PROJECT_UPDATED: [projectId: string, payload: Project];
  }
}

/** This module's per-request loaders. */
function projectLoaders(ds: DataSource, viewer: Viewer) {
  const members = membershipQueries(ds);
  return {
    project: new DataLoader<string, Project | null>(async (ids) => byId(ids, await ds.getRepository(Project).findBy({ id: In([...ids]) })), batchOptions),
    charter: new DataLoader<string, Charter | null>(async (ids) => {
      const rows = await ds.getRepository(Charter).findBy({ projectId: In([...ids]) });
      const m = new Map(rows.map((r) => [r.projectId, r]));
      return ids.map((id) => m.get(id) ?? null);
    }, batchOptions),
    /** The viewer's role in each project (null = not a member). */
    membership: new DataLoader<string, { role: ProjectRole; archived: boolean } | null>(async (ids) =>
      viewer.kind === 'user' ? members.memberships(viewer.userId, ids) : ids.map(() => null), batchOptions),
    /** Archived flag per project (null = no such project); used for board tokens. */
    archived: new DataLoader<string, boolean | null>(async (ids) => {
      const rows = await ds.getRepository(Project).find({ select: { id: true, archivedAt: true }, where: { id: In([...ids]) } });
      const m = new Map(rows.map((r) => [r.id, r.archivedAt !== null]));
      return ids.map((id) => m.get(id) ?? null);
    }, batchOptions),
  };
}
declare module '../../context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the module's loaders, added to ctx.loaders
  interface RequestLoaders extends ReturnType<typeof projectLoaders> {}
}

export interface ProjectNeeds {
  /** How long an invitation link can be accepted. */
  invitationDays: number;
  /** What other modules add to a new project in the transaction that creates it. */
  setUps: readonly ProjectSetUp[];
  /** The charter document's writer (the collab module). */
  charterText: CharterText;
  activity: ActivityService;
}

declare module '../../common/actor.js' {
  interface EntityKinds {
    invitation: true;
    boardToken: true;
  }
}

export const projectModule = defineModule({
  name: 'project',
  entities: [Project, ProjectChange, ProjectMember, Invitation, Charter, CharterDecision, BoardToken],
  loaders: projectLoaders,
  located: {
    invitation: { name: 'Invitation', sql: 'SELECT id, project_id FROM project_invitations WHERE id = ANY($1::uuid[])' },
    boardToken: { name: 'Board token', sql: 'SELECT id, project_id FROM board_tokens WHERE id = ANY($1::uuid[])' },
  },
  create: ({ ds }, needs: ProjectNeeds) => {
    const projects = new ProjectService(ds, needs.setUps);
    const invitations = new InvitationService(ds, { days: needs.invitationDays });
    const charters = new CharterService(ds, needs.charterText);
    return {
      services: { projects, invitations, charters },
      resolvers: [
        [ProjectResolver, new ProjectResolver(projects, charters, needs.activity)],
        [MemberResolver, new MemberResolver()],
        [CharterResolver, new CharterResolver(charters)],
        [CharterDecisionResolver, new CharterDecisionResolver()],
        [InvitationResolver, new InvitationResolver(invitations)],
      ],
    };
  },
});
