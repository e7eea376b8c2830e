import { changeNumberOf } from './common/changes.js';
import 'reflect-metadata';
import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActivityResolver } from './modules/activity/activity.resolver.js';
import { ActivityService } from './modules/activity/activity.service.js';
import { BoardResolver } from './modules/board/board.resolver.js';
import { BoardService } from './modules/board/board.service.js';
import { createPlanningServices, planningResolvers, type PlanningServices } from './modules/planning/index.js';
import { CollabResolver } from './modules/collab/collab.resolver.js';
import { CollabService } from './modules/collab/collab.service.js';
import { CollabDocuments } from './modules/collab/documents.js';
import { Projector } from './modules/collab/projector.js';
import { WbsService } from './modules/collab/wbs.service.js';
import { CharterService } from './modules/project/charter.service.js';
import { InvitationResolver } from './modules/project/invitation.resolver.js';
import { InvitationService } from './modules/project/invitation.service.js';
import { MemberResolver, ProjectResolver } from './modules/project/project.resolver.js';
import { ProjectService } from './modules/project/project.service.js';
import { DependencyService } from './modules/task/dependency.service.js';
import { StatusService } from './modules/task/status.service.js';
import { DependencyResolver, StatusResolver, TaskResolver } from './modules/task/task.resolver.js';
import { TaskService } from './modules/task/task.service.js';
import { AuthService } from './modules/user/auth.service.js';
import { UserResolver } from './modules/user/user.resolver.js';
import type { DataSource } from 'typeorm';
import type { Hub as SubscriptionHub } from './topics.js';
import { silentLogger, type Logger } from './common/logger.js';
import { guardArguments } from './common/argument-guard.js';

export interface Services {
  auth: AuthService;
  projects: ProjectService;
  invitations: InvitationService;
  charters: CharterService;
  tasks: TaskService;
  dependencies: DependencyService;
  statuses: StatusService;
  activity: ActivityService;
  boards: BoardService;
  collab: CollabService;
  documents: CollabDocuments;
  projector: Projector;
  wbs: WbsService;
  planning: PlanningServices;
}

/** The composition of services: each gets only what it uses. */
export function createServices(
  ds: DataSource,
  opts: { sessionDays: number; cookieSecure: boolean; invitationDays?: number; logger?: Logger },
): Services {
  const logger = opts.logger ?? silentLogger;
  const documents = new CollabDocuments(ds, logger);
  const projector = new Projector(ds, logger, documents);
  const wbs = new WbsService(documents, projector);
  const planning = createPlanningServices(ds, wbs, logger);
  return {
    auth: new AuthService(ds, opts),
    projects: new ProjectService(ds),
    invitations: new InvitationService(ds, { days: opts.invitationDays ?? 7 }),
    charters: new CharterService(ds, documents, projector),
    tasks: new TaskService(ds, wbs, (projectId, taskId) => planning.schedules.datesOf(projectId, taskId)),
    dependencies: new DependencyService(ds),
    statuses: new StatusService(ds),
    activity: new ActivityService(ds),
    boards: new BoardService(ds, planning.schedules),
    collab: new CollabService(ds, documents),
    documents,
    projector,
    wbs,
    planning,
  };
}

/** Builds the executable schema; resolvers are constructed here and handed to type-graphql. */
export async function createSchema(s: Services, hub: SubscriptionHub): Promise<GraphQLSchema> {
  const planning = planningResolvers(s.planning, hub);
  const instances = new Map<unknown, unknown>([
    [UserResolver, new UserResolver(s.auth)],
    [ProjectResolver, new ProjectResolver(s.projects, s.charters, s.tasks, s.dependencies, s.statuses, s.activity, s.boards)],
    [MemberResolver, new MemberResolver()],
    [InvitationResolver, new InvitationResolver(s.invitations)],
    [TaskResolver, new TaskResolver(s.tasks, s.activity)],
    [DependencyResolver, new DependencyResolver(s.dependencies)],
    [StatusResolver, new StatusResolver(s.statuses)],
    [ActivityResolver, new ActivityResolver()],
    [BoardResolver, new BoardResolver(s.boards)],
    [CollabResolver, new CollabResolver(s.collab)],
    ...planning,
  ]);
  const schema = await buildSchema({
    resolvers: [UserResolver, ProjectResolver, MemberResolver, InvitationResolver, TaskResolver, DependencyResolver, StatusResolver, ActivityResolver, BoardResolver, CollabResolver, ...planning.map(([cls]) => cls)],
    container: { get: (cls) => instances.get(cls) },
    pubSub: hub.pubsub,
    validate: false,
  });
  resolveChangeNumbers(schema);
  return guardArguments(schema);
}

/**
 * A payload's change number is the one its request's writes took (the request's change scope).
 * Set on the `changeNumber` field of each payload type only: a schema-wide middleware would wrap
 * every field of every answer (it made a 1,000-task board 7 times slower to serialise).
 */
function resolveChangeNumbers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Payload')) continue;
    const field = type.getFields().changeNumber;
    if (field) field.resolve = () => changeNumberOf();
  }
}

/** The SDL committed as schema/schema.graphql. */
export function printSdl(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
