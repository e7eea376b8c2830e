import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { Permission } from '../../common/access.js';
import { watch } from '../../common/guard.js';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { Project } from '../project/index.js';
import type { CommunicationService } from './communication.service.js';
import { cadenceOf } from './communication.service.js';
import type { RaciService } from './raci.service.js';
import { CommunicationItem, CommunicationOccurrence, Stakeholder, StakeholderGroup } from './stakeholder.entity.js';
import { StakeholderStrategy } from './stakeholder.enums.js';
import {
  CommunicationArgs,
  CommunicationItemCreateInput,
  CommunicationItemHoldInput,
  CommunicationItemUpdateInput,
  RaciCellSetInput,
  StakeholderArgs,
  StakeholderCreateInput,
  StakeholderGroupCreateInput,
  StakeholderGroupUpdateInput,
  StakeholderUpdateInput,
} from './stakeholder.inputs.js';
import { engagementGap, strategyOf } from './stakeholder.rules.js';
import type { StakeholderService } from './stakeholder.service.js';
import {
  Cadence,
  CommunicationChange,
  CommunicationItemConnection,
  CommunicationItemPayload,
  RaciCellPayload,
  RaciChange,
  RaciMatrix,
  StakeholderChange,
  StakeholderConnection,
  StakeholderGroupPayload,
  StakeholderPayload,
} from './stakeholder.types.js';

/** The register's fields of a project: stakeholders, groups, the communication plan and the RACI. */
@Resolver(() => Project)
export class StakeholderProjectResolver {
  constructor(
    private readonly stakeholderSvc: StakeholderService,
    private readonly communicationSvc: CommunicationService,
    private readonly raciSvc: RaciService,
  ) {}

  @FieldResolver(() => StakeholderConnection)
  stakeholders(@Root() p: Project, @Args(() => StakeholderArgs) args: StakeholderArgs, @Ctx() ctx: Context) {
    return this.stakeholderSvc.list(ctx.actor, p.id, args);
  }

  @FieldResolver(() => [StakeholderGroup])
  stakeholderGroups(@Root() p: Project, @Ctx() ctx: Context) {
    return this.stakeholderSvc.groups(ctx.actor, p.id);
  }

  @FieldResolver(() => CommunicationItemConnection, { description: 'The communication plan' })
  communicationItems(@Root() p: Project, @Args(() => CommunicationArgs) args: CommunicationArgs, @Ctx() ctx: Context) {
    return this.communicationSvc.list(ctx.actor, p.id, args);
  }

  @FieldResolver(() => RaciMatrix, { description: 'The RACI matrix of the WBS, or of one branch (the task and everything under it)' })
  raci(@Root() p: Project, @Arg('branchId', () => UUID, { nullable: true }) branchId: string | null, @Ctx() ctx: Context) {
    return this.raciSvc.matrix(ctx.actor, p.id, branchId ?? null);
  }
}

@Resolver(() => Stakeholder)
export class StakeholderResolver {
  constructor(private readonly stakeholders: StakeholderService) {}

  @FieldResolver(() => StakeholderStrategy, { description: 'The power/interest grid quadrant; influence and interest count as high from 3 up' })
  strategy(@Root() s: Stakeholder): StakeholderStrategy {
    return strategyOf(s.influence, s.interest);
  }

  @FieldResolver(() => Int, { description: 'Steps from current to desired engagement (positive: to grow; 0: none)' })
  engagementGap(@Root() s: Stakeholder): number {
    return engagementGap(s.currentEngagement, s.desiredEngagement);
  }

  @Mutation(() => StakeholderPayload)
  async stakeholderCreate(@Arg('input', () => StakeholderCreateInput) input: StakeholderCreateInput, @Ctx() ctx: Context) {
    return { stakeholder: await this.stakeholders.create(ctx.actor, input) };
  }

  @Mutation(() => StakeholderPayload)
  async stakeholderUpdate(@Arg('input', () => StakeholderUpdateInput) input: StakeholderUpdateInput, @Ctx() ctx: Context) {
    return { stakeholder: await this.stakeholders.update(ctx.actor, input) };
  }

  @Mutation(() => StakeholderPayload, { description: 'Deletes the stakeholder and takes them out of groups, audiences and the RACI (managers and owners)' })
  async stakeholderDelete(@Arg('id', () => UUID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return { stakeholder: await this.stakeholders.remove(ctx.actor, id, version) };
  }

  @Mutation(() => StakeholderGroupPayload)
  async stakeholderGroupCreate(@Arg('input', () => StakeholderGroupCreateInput) input: StakeholderGroupCreateInput, @Ctx() ctx: Context) {
    return { group: await this.stakeholders.createGroup(ctx.actor, input) };
  }

  @Mutation(() => StakeholderGroupPayload)
  async stakeholderGroupUpdate(@Arg('input', () => StakeholderGroupUpdateInput) input: StakeholderGroupUpdateInput, @Ctx() ctx: Context) {
    return { group: await this.stakeholders.updateGroup(ctx.actor, input) };
  }

  @Mutation(() => StakeholderGroupPayload, { description: 'Deletes the group (managers and owners); its stakeholders stay' })
  async stakeholderGroupDelete(@Arg('id', () => UUID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return { group: await this.stakeholders.removeGroup(ctx.actor, id, version) };
  }

  @Subscription(() => StakeholderChange, {
    description: 'A stakeholder or a group of the project was created, changed or deleted',
    subscribe: ({ args, context }) => watch(context as Context, 'STAKEHOLDER_CHANGED', args.projectId, Permission.PROJECT_READ),
  })
  stakeholderChanged(@Root() c: StakeholderChange, @Arg('projectId', () => UUID) _projectId: string): StakeholderChange {
    return c;
  }
}

@Resolver(() => CommunicationItem)
export class CommunicationItemResolver {
  constructor(private readonly communications: CommunicationService) {}

  @FieldResolver(() => Cadence)
  cadence(@Root() item: CommunicationItem): Cadence {
    return cadenceOf(item);
  }

  @FieldResolver(() => [CommunicationOccurrence], { description: 'The times it was held, latest first' })
  occurrences(@Root() item: CommunicationItem, @Ctx() ctx: Context) {
    return this.communications.occurrences(ctx.actor, item.id);
  }

  @Mutation(() => CommunicationItemPayload)
  async communicationItemCreate(@Arg('input', () => CommunicationItemCreateInput) input: CommunicationItemCreateInput, @Ctx() ctx: Context) {
    return { item: await this.communications.create(ctx.actor, input) };
  }

  @Mutation(() => CommunicationItemPayload)
  async communicationItemUpdate(@Arg('input', () => CommunicationItemUpdateInput) input: CommunicationItemUpdateInput, @Ctx() ctx: Context) {
    return { item: await this.communications.update(ctx.actor, input) };
  }

  @Mutation(() => CommunicationItemPayload, { description: 'Records that it was held (date and notes) and moves the next due day on' })
  async communicationItemHold(@Arg('input', () => CommunicationItemHoldInput) input: CommunicationItemHoldInput, @Ctx() ctx: Context) {
    return { item: await this.communications.hold(ctx.actor, input) };
  }

  @Mutation(() => CommunicationItemPayload, { description: 'Deletes the item and its history (managers and owners)' })
  async communicationItemDelete(@Arg('id', () => UUID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return { item: await this.communications.remove(ctx.actor, id, version) };
  }

  @Subscription(() => CommunicationChange, {
    description: 'A communication item of the project was created, changed, held or deleted',
    subscribe: ({ args, context }) => watch(context as Context, 'COMMUNICATION_CHANGED', args.projectId, Permission.PROJECT_READ),
  })
  communicationChanged(@Root() c: CommunicationChange, @Arg('projectId', () => UUID) _projectId: string): CommunicationChange {
    return c;
  }
}

@Resolver(() => RaciMatrix)
export class RaciResolver {
  constructor(private readonly raci: RaciService) {}

  @Mutation(() => RaciCellPayload, { description: 'Sets one RACI cell (an idempotent upsert); a null letter blanks it' })
  async raciCellSet(@Arg('input', () => RaciCellSetInput) input: RaciCellSetInput, @Ctx() ctx: Context) {
    return { change: await this.raci.set(ctx.actor, input) };
  }

  @Subscription(() => RaciChange, {
    description: 'A RACI cell of the project was set, with its row’s flags',
    subscribe: ({ args, context }) => watch(context as Context, 'RACI_CHANGED', args.projectId, Permission.PROJECT_READ),
  })
  raciChanged(@Root() c: RaciChange, @Arg('projectId', () => UUID) _projectId: string): RaciChange {
    return c;
  }
}
