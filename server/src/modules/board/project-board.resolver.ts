import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Project } from '../project/index.js';
import type { BoardService } from './board.service.js';
import { Board } from './board.types.js';

/** `Project.board`: a field of `Project` that this module owns. */
@Resolver(() => Project)
export class ProjectBoardResolver {
  constructor(private readonly boardSvc: BoardService) {}

  @FieldResolver(() => Board)
  board(@Root() p: Project, @Ctx() ctx: Context) {
    return this.boardSvc.forViewer(ctx.actor, p.id);
  }
}
