import { Arg, Ctx, Query, Resolver, Root, Subscription } from 'type-graphql';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { Permission } from '../../common/access.js';
import { UnauthenticatedError } from '../../common/errors.js';
import { watch } from '../../common/guard.js';
import type { BoardService } from './board.service.js';
import { Board } from './board.types.js';

@Resolver(() => Board)
export class BoardResolver {
  constructor(private readonly boardSvc: BoardService) {}

  @Query(() => Board, { description: "The wall screen's board, for a request made with a board token" })
  wallBoard(@Ctx() ctx: Context) {
    if (ctx.actor.kind !== 'board') throw new UnauthenticatedError('Open the wall board with its board token');
    return this.boardSvc.forViewer(ctx.actor, ctx.actor.projectId);
  }

  @Subscription(() => Board, {
    description: "The board's aggregates, recomputed after every change in the project",
    subscribe: ({ args, context }) => watch(context as Context, 'BOARD_UPDATED', args.projectId, Permission.BOARD_READ),
  })
  boardUpdated(@Root() b: Board, @Arg('projectId', () => UUID) _projectId: string): Board {
    return b;
  }
}
