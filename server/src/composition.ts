import type { Fanout } from '@trellis/collab';
import type { DataSource } from 'typeorm';
import type { DomainEvent } from './common/events.js';
import { stampTransactionsWith, systemClock, type Clock } from './common/clock.js';
import { silentLogger, type Logger } from './common/logger.js';
import { systemActorOver, type EntityLocations } from './common/locate.js';
import type { Actor } from './common/actor.js';
import type { Viewer } from './common/roles.js';
import type { ModuleEnv, ModuleParts, ResolverBinding } from './module.js';
import { activityModule } from './modules/activity/index.js';
import { boardModule } from './modules/board/index.js';
import { changeModule } from './modules/change/index.js';
import { collabModule } from './modules/collab/index.js';
import { historyModule } from './modules/history/index.js';
import { issuelogModule } from './modules/issuelog/index.js';
import { portfolioModule } from './modules/portfolio/index.js';
import { mailModule } from './modules/mail/index.js';
import { planningModule } from './modules/planning/index.js';
import { projectModule } from './modules/project/index.js';
import { reportModule } from './modules/report/index.js';
import { stakeholderModule } from './modules/stakeholder/index.js';
import { riskModule } from './modules/risk/index.js';
import { taskModule } from './modules/task/index.js';
import { userModule } from './modules/user/index.js';
import { createHub, type Hub } from './topics.js';

/**
 * Every module of the server, lowest first (a module imports only modules before it, see
 * layering.spec.ts): the order of their entities, loaders, resolvers, event handlers and closing.
 */
export const modules = [
  userModule,
  activityModule,
  projectModule,
  taskModule,
  planningModule,
  riskModule,
  issuelogModule,
  stakeholderModule,
  collabModule,
  changeModule,
  historyModule,
  mailModule,
  portfolioModule,
  reportModule,
  boardModule,
] as const;

type Module = (typeof modules)[number];
type ModuleName = Module['name'];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type ServicesOf<M> = M extends { create(env: ModuleEnv, needs: never): ModuleParts<infer S> } ? S : never;
type LocatedOf<M> = M extends { located?: infer R } ? NonNullable<R> : never;
type LoadersOf<M> = M extends { loaders?: (ds: DataSource, viewer: Viewer) => infer L } ? L : never;

/** The services of every module, by name (`services.tasks`, `services.planning.schedules`, …). */
export type Services = UnionToIntersection<ServicesOf<Module>>;
/** The DataLoaders every module adds to a request's `ctx.loaders`. */
export type ModuleLoaders = UnionToIntersection<LoadersOf<Module>>;

/** Every entity, registered explicitly (no globbing), module by module. */
export const entities: Function[] = modules.flatMap((m) => [...m.entities]);

/**
 * Where every kind of row the access check names by id keeps its project, from the modules that own
 * them; a kind declared in EntityKinds without a location here fails to compile.
 */
export const entityLocations: EntityLocations = Object.assign({}, ...modules.map((m) => m.located ?? {})) as UnionToIntersection<LocatedOf<Module>>;

/**
 * Trellis acting on its own over a database (the seed, the command line), recording its work under
 * `onBehalfOf` (a person's id, or null for Trellis itself). One per unit of work, as a request is.
 */
export function systemActorFor(ds: DataSource, onBehalfOf: string | null = null): Actor {
  return systemActorOver(ds, entityLocations, onBehalfOf);
}

/** A fresh set of every module's loaders, for one request. */
export function moduleLoaders(ds: DataSource, viewer: Viewer): ModuleLoaders {
  return Object.assign({}, ...modules.map((m) => m.loaders?.(ds, viewer) ?? {})) as ModuleLoaders;
}

export interface CompositionOptions {
  sessionDays: number;
  cookieSecure: boolean;
  invitationDays?: number;
  logger?: Logger;
  /** The server's subscription hub; the command line gets a hub nobody watches. */
  hub?: Hub;
  /** Where committed document updates are announced to collab instances (none for the command line). */
  fanout?: Fanout | null;
  /** The server's time; the system's by default. */
  clock?: Clock;
  /** How often the server takes the daily project snapshots that are due (ms); none by default (the command line). */
  snapshotEveryMs?: number;
  /** Outgoing mail; without it nothing is sent and the delivery worker does not run (the command line). */
  mail?: { smtpUrl: string | undefined; from: string; publicUrl: string; intervalSeconds: number; retentionDays?: number };
}

export interface Composition {
  services: Services;
  /** Every module's resolver classes with their instances, for the schema. */
  resolvers: readonly ResolverBinding[];
  /** Every module's domain-event handler, in module order. */
  eventHandlers: readonly ((event: DomainEvent) => void)[];
  /** Closes what the modules started, highest module first. */
  close(): Promise<void>;
}

/**
 * Builds every module once, each after the modules whose services it needs, and hands each what it
 * needs through its factory (constructor injection): nothing is wired in after construction.
 */
export function composeModules(ds: DataSource, opts: CompositionOptions): Composition {
  const clock = opts.clock ?? systemClock;
  const env: ModuleEnv = { ds, logger: opts.logger ?? silentLogger, hub: opts.hub ?? createHub(), clock };
  // History rows take the database's time unless the server's clock is another one.
  const unstamp = clock === systemClock ? () => {} : stampTransactionsWith(ds, clock);
  const user = userModule.create(env, { sessionDays: opts.sessionDays, cookieSecure: opts.cookieSecure });
  const activity = activityModule.create(env, {});
  // The collab module writes the tree and the charter text for the modules below it.
  const collab = collabModule.create(env, { fanout: opts.fanout ?? null });
  const planning = planningModule.create(env, { structure: collab.services.wbs });
  const { schedules } = planning.services.planning;
  const task = taskModule.create(env, {
    structure: collab.services.wbs,
    scheduled: (projectId, taskId) => schedules.datesOf(projectId, taskId),
    activity: activity.services.activity,
    assignees: planning.services.planning.resources,
  });
  const project = projectModule.create(env, {
    invitationDays: opts.invitationDays ?? 7,
    setUps: [task.services.projectSetUp],
    charterText: collab.services.charterText,
    activity: activity.services.activity,
  });
  const change = changeModule.create(env, { schedules, structure: collab.services.wbs });
  const risk = riskModule.create(env, { tasks: task.services.tasks });
  const issuelog = issuelogModule.create(env, { risks: risk.services.risks });
  const history = historyModule.create(env, { schedules, snapshotEveryMs: opts.snapshotEveryMs ?? 0 });
  const portfolio = portfolioModule.create(env, { schedules });
  const board = boardModule.create(env, { schedules });
  const stakeholder = stakeholderModule.create(env, {});
  const mail = mailModule.create(env, {
    communications: stakeholder.services.communications,
    schedules,
    ...(opts.mail ?? { smtpUrl: undefined, from: 'Trellis <trellis@localhost>', publicUrl: 'http://localhost:4000', intervalSeconds: 0 }),
  });

  const report = reportModule.create(env, { planning: planning.services.planning, narrative: collab.services.reportNarratives, mail: mail.services.mail });

  // Keyed by name: a module in the list that is not built here fails to compile.
  const built: Record<ModuleName, ModuleParts<object>> = { user, activity, project, task, planning, risk, issuelog, stakeholder, collab, change, history, mail, portfolio, report, board };
  const parts = modules.map((m) => built[m.name]);
  return {
    services: Object.assign({}, ...parts.map((p) => p.services)) as Services,
    resolvers: parts.flatMap((p) => p.resolvers),
    eventHandlers: parts.flatMap((p) => (p.onEvent ? [p.onEvent] : [])),
    close: async () => {
      for (const p of [...parts].reverse()) await p.close?.();
      unstamp();
    },
  };
}

/** The services alone, for the command line and the collab service. */
export function createServices(ds: DataSource, opts: CompositionOptions): Services {
  return composeModules(ds, opts).services;
}
