import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Project } from '../project/index.js';
import type { BoardService } from './board.service.js';
import { Board } from './board.types.js';

/** `Project.board`: a field of `Project` that this module owns. */
@Resolver(() => Project)
export class ProjectBoardResolver {
  constructor(private readonly boardSvc: BoardService) {}

  @FieldResolver(() => Board)
  board(
    @Root() p: Project,
    @Ctx() ctx: Context,
    @Arg('asOf', () => GraphQLLocalDate, {
      nullable: true,
      description: "The board as it stood at the end of this day (UTC): the tasks of that day with their status and progress then, and the activity up to then; from the project's creation to today",
    })
    asOf?: string | null,
  ) {
    return this.boardSvc.forViewer(ctx.actor, p.id, asOf ?? null);
  }
}
