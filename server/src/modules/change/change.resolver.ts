import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Permission } from '../../common/access.js';
import { watch } from '../../common/guard.js';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { Project } from '../project/index.js';
import { Task } from '../task/index.js';
import { User } from '../user/index.js';
import { Issue } from '../issuelog/index.js';
import { readChangeSet } from './change-set.js';
import { ChangeSetShape } from './change-set.types.js';
import { ChangeBoard, ChangeRequest, ChangeRequestStep, Decision } from './change.entity.js';
import type { ChangeService } from './change.service.js';
import {
  ChangeBoardPayload,
  ChangeRequestArgs,
  ChangeRequestConnection,
  ChangeRequestCreateInput,
  ChangeRequestEvent,
  ChangeRequestIssueInput,
  ChangeRequestIssuePayload,
  ChangeRequestPayload,
  ChangeRequestStepInput,
  ChangeRequestUpdateInput,
  DecisionArgs,
  DecisionConnection,
  DecisionCreateInput,
  DecisionEvent,
  DecisionPayload,
  DecisionUpdateInput,
  type ChangeRequestEventPayload,
  type DecisionEventPayload,
} from './change.types.js';
import type { DecisionService } from './decision.service.js';
import { ChangeImpact } from './impact.js';

const live = <T>(rows: (T | null)[]) => rows.filter((r): r is T => r !== null);

@Resolver(() => ChangeRequest)
export class ChangeRequestResolver {
  constructor(private readonly changes: ChangeService) {}

  @Query(() => ChangeRequest)
  changeRequest(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return this.changes.get(ctx.actor, id);
  }

  @FieldResolver(() => String, { description: 'Human key, e.g. CR-4' })
  key(@Root() cr: ChangeRequest): string {
    return `CR-${cr.number}`;
  }

  @FieldResolver(() => [Issue], { description: 'Issues this request addresses (raised to resolve them, or whose change caused them), by key' })
  issues(@Root() cr: ChangeRequest, @Ctx() ctx: Context) {
    return ctx.loaders.changeRequestIssues.load(cr.id);
  }

  @FieldResolver(() => User, { nullable: true })
  requestedBy(@Root() cr: ChangeRequest, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(cr.requestedById);
  }

  @FieldResolver(() => ChangeSetShape)
  changeSet(@Root() cr: ChangeRequest): ChangeSetShape {
    return readChangeSet(cr.changeSet);
  }

  @FieldResolver(() => [ID], { description: 'Tasks the request is about (those its change set names and any linked by hand)' })
  linkedTaskIds(@Root() cr: ChangeRequest): string[] {
    return cr.linkedTaskIds;
  }

  @FieldResolver(() => [Task], { description: 'The linked tasks still in the plan' })
  async linkedTasks(@Root() cr: ChangeRequest, @Ctx() ctx: Context) {
    return live(await ctx.loaders.task.loadMany(cr.linkedTaskIds).then((r) => r.map((t) => (t instanceof Error || !t || t.archivedAt ? null : t))));
  }

  @FieldResolver(() => ChangeImpact, { nullable: true, description: 'The last impact preview (null: not previewed since the change set last changed)' })
  impact(@Root() cr: ChangeRequest): ChangeImpact | null {
    const i = cr.impact as (ChangeImpact & { computedAt: string | Date }) | null;
    return i ? { ...i, computedAt: new Date(i.computedAt) } : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the preview was computed on the plan as it is now (null: no preview); approval needs true' })
  previewCurrent(@Root() cr: ChangeRequest) {
    return this.changes.previewCurrent(cr);
  }

  @FieldResolver(() => [ChangeRequestStep], { description: 'Every workflow step, oldest first' })
  history(@Root() cr: ChangeRequest, @Ctx() ctx: Context) {
    return ctx.loaders.changeRequestSteps.load(cr.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may decide change requests of this project' })
  viewerCanDecide(@Root() cr: ChangeRequest, @Ctx() ctx: Context) {
    return this.changes.mayDecide(ctx.actor, cr.projectId);
  }

  @Mutation(() => ChangeRequestPayload, { description: 'Raises a change request as a draft; its change set is checked against the plan' })
  async changeRequestCreate(@Arg('input', () => ChangeRequestCreateInput) input: ChangeRequestCreateInput, @Ctx() ctx: Context) {
    return { changeRequest: await this.changes.create(ctx.actor, input) };
  }

  @Mutation(() => ChangeRequestPayload, { description: 'Edits a draft or deferred request; send the version you read (stale = CONFLICT)' })
  async changeRequestUpdate(@Arg('input', () => ChangeRequestUpdateInput) input: ChangeRequestUpdateInput, @Ctx() ctx: Context) {
    return { changeRequest: await this.changes.update(ctx.actor, input) };
  }

  @Mutation(() => ChangeRequestPayload, { description: 'Schedules a what-if copy of the plan with the change set and stores the impact; the live plan is untouched' })
  async changeRequestPreview(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { changeRequest: await this.changes.preview(ctx.actor, id) };
  }

  @Mutation(() => ChangeRequestPayload)
  async changeRequestSubmit(@Arg('input', () => ChangeRequestStepInput) input: ChangeRequestStepInput, @Ctx() ctx: Context) {
    return { changeRequest: await this.changes.submit(ctx.actor, input) };
  }

  @Mutation(() => ChangeRequestPayload)
  async changeRequestStartReview(@Arg('input', () => ChangeRequestStepInput) input: ChangeRequestStepInput, @Ctx() ctx: Context) {
    return { changeRequest: await this.changes.startReview(ctx.actor, input) };
  }

  @Mutation(() => ChangeRequestPayload, {
    description: 'Approves and applies the change set in one transaction; STALE_PREVIEW when the plan moved since the preview, SELF_APPROVAL for your own request',
  })
  async changeRequestApprove(@Arg('input', () => ChangeRequestStepInput) input: ChangeRequestStepInput, @Ctx() ctx: Context) {
    return { changeRequest: await this.changes.approve(ctx.actor, input) };
  }

  @Mutation(() => ChangeRequestPayload, { description: 'Rejects the request (reason required)' })
  async changeRequestReject(@Arg('input', () => ChangeRequestStepInput) input: ChangeRequestStepInput, @Ctx() ctx: Context) {
    return { changeRequest: await this.changes.reject(ctx.actor, input) };
  }

  @Mutation(() => ChangeRequestPayload, { description: 'Defers the request (reason required); it may be submitted again' })
  async changeRequestDefer(@Arg('input', () => ChangeRequestStepInput) input: ChangeRequestStepInput, @Ctx() ctx: Context) {
    return { changeRequest: await this.changes.defer(ctx.actor, input) };
  }

  @Mutation(() => ChangeRequestPayload, { description: 'Deletes a draft' })
  async changeRequestDelete(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return { changeRequest: await this.changes.remove(ctx.actor, id) };
  }

  @Mutation(() => ChangeRequestIssuePayload, { description: 'Links an issue of the same project to the change request (both show the link); linking it again changes nothing' })
  async changeRequestIssueLink(@Arg('input', () => ChangeRequestIssueInput) input: ChangeRequestIssueInput, @Ctx() ctx: Context) {
    return this.changes.issueLink(ctx.actor, input, true);
  }

  @Mutation(() => ChangeRequestIssuePayload, { description: 'Removes the link between an issue and a change request' })
  async changeRequestIssueUnlink(@Arg('input', () => ChangeRequestIssueInput) input: ChangeRequestIssueInput, @Ctx() ctx: Context) {
    return this.changes.issueLink(ctx.actor, input, false);
  }

  @Mutation(() => ChangeBoardPayload, { description: 'Names the members who decide change requests; an empty list leaves it to owners and managers' })
  async changeBoardSet(@Arg('projectId', () => UUID) projectId: string, @Arg('memberIds', () => [UUID]) memberIds: string[], @Ctx() ctx: Context) {
    return { changeBoard: await this.changes.boardSet(ctx.actor, projectId, memberIds) };
  }

  @Subscription(() => ChangeRequestEvent, {
    subscribe: ({ args, context }) => watch(context as Context, 'CHANGE_REQUEST_CHANGED', args.projectId, Permission.PROJECT_READ),
  })
  changeRequestChanged(@Root() e: ChangeRequestEventPayload, @Arg('projectId', () => UUID) _projectId: string, @Ctx() ctx: Context): ChangeRequestEventPayload {
    ctx.loaders.clear();
    return e;
  }
}

@Resolver(() => ChangeRequestStep)
export class ChangeRequestStepResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who took the step (null: Trellis itself, or a deleted user)' })
  actor(@Root() s: ChangeRequestStep, @Ctx() ctx: Context) {
    return s.actorId ? ctx.loaders.user.load(s.actorId) : null;
  }
}

@Resolver(() => ChangeBoard)
export class ChangeBoardResolver {
  @FieldResolver(() => [User])
  async members(@Root() b: ChangeBoard, @Ctx() ctx: Context) {
    return live(await ctx.loaders.user.loadMany(b.memberIds).then((r) => r.map((u) => (u instanceof Error ? null : u))));
  }
}

@Resolver(() => Decision)
export class DecisionResolver {
  constructor(private readonly decisions: DecisionService) {}

  @Query(() => Decision)
  decision(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context) {
    return this.decisions.get(ctx.actor, id);
  }

  @FieldResolver(() => String, { description: 'Human key, e.g. D-2' })
  key(@Root() d: Decision): string {
    return `D-${d.number}`;
  }

  @FieldResolver(() => [User], { description: 'Members who decided' })
  async decidedBy(@Root() d: Decision, @Ctx() ctx: Context) {
    return live(await ctx.loaders.user.loadMany(d.decidedByIds).then((r) => r.map((u) => (u instanceof Error ? null : u))));
  }

  @FieldResolver(() => [Task])
  async linkedTasks(@Root() d: Decision, @Ctx() ctx: Context) {
    return live(await ctx.loaders.task.loadMany(d.linkedTaskIds).then((r) => r.map((t) => (t instanceof Error || !t || t.archivedAt ? null : t))));
  }

  @FieldResolver(() => [ChangeRequest])
  async linkedChangeRequests(@Root() d: Decision, @Ctx() ctx: Context) {
    return live(await ctx.loaders.changeRequest.loadMany(d.linkedChangeRequestIds).then((r) => r.map((c) => (c instanceof Error ? null : c))));
  }

  @Mutation(() => DecisionPayload)
  async decisionCreate(@Arg('input', () => DecisionCreateInput) input: DecisionCreateInput, @Ctx() ctx: Context) {
    return { decision: await this.decisions.create(ctx.actor, input) };
  }

  @Mutation(() => DecisionPayload, { description: 'Send the version you read (stale = CONFLICT)' })
  async decisionUpdate(@Arg('input', () => DecisionUpdateInput) input: DecisionUpdateInput, @Ctx() ctx: Context) {
    return { decision: await this.decisions.update(ctx.actor, input) };
  }

  @Mutation(() => DecisionPayload)
  async decisionDelete(@Arg('id', () => UUID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @Ctx() ctx: Context) {
    return { decision: await this.decisions.remove(ctx.actor, id, version) };
  }

  @Subscription(() => DecisionEvent, {
    subscribe: ({ args, context }) => watch(context as Context, 'DECISION_CHANGED', args.projectId, Permission.PROJECT_READ),
  })
  decisionChanged(@Root() e: DecisionEventPayload, @Arg('projectId', () => UUID) _projectId: string, @Ctx() ctx: Context): DecisionEventPayload {
    ctx.loaders.clear();
    return e;
  }
}

/** The project's change log and decision log. */
@Resolver(() => Project)
export class ChangeProjectResolver {
  constructor(
    private readonly changeSvc: ChangeService,
    private readonly decisionSvc: DecisionService,
  ) {}

  @FieldResolver(() => ChangeRequestConnection, { description: 'Change requests, newest first unless sorted otherwise' })
  changeRequests(@Root() p: Project, @Args(() => ChangeRequestArgs) args: ChangeRequestArgs, @Ctx() ctx: Context) {
    return this.changeSvc.list(ctx.actor, p.id, args);
  }

  @FieldResolver(() => DecisionConnection, { description: 'The decision log, latest decision first unless sorted otherwise' })
  decisions(@Root() p: Project, @Args(() => DecisionArgs) args: DecisionArgs, @Ctx() ctx: Context) {
    return this.decisionSvc.list(ctx.actor, p.id, args);
  }

  @FieldResolver(() => ChangeBoard, { description: 'Who decides change requests' })
  changeBoard(@Root() p: Project, @Ctx() ctx: Context) {
    return this.changeSvc.board(ctx.actor, p.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may decide change requests here' })
  viewerCanDecideChanges(@Root() p: Project, @Ctx() ctx: Context) {
    return this.changeSvc.mayDecide(ctx.actor, p.id);
  }
}

/** The change requests an issue is addressed by, on the issue (the issue log sits below this module). */
@Resolver(() => Issue)
export class IssueChangeRequestResolver {
  @FieldResolver(() => [ChangeRequest], { description: 'Change requests that address this issue (raised to resolve it, or whose change caused it), by key' })
  changeRequests(@Root() issue: Issue, @Ctx() ctx: Context) {
    return ctx.loaders.issueChangeRequests.load(issue.id);
  }
}
