import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsNull, type DataSource } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { NotFoundError, UnauthenticatedError } from '../../common/errors.js';
import { publishInTransaction } from '../../common/events.js';
import { authorizeEntity } from '../../common/guard.js';
import { MutationPayload } from '../../common/payload.js';
import { UUID } from '../../common/uuid.js';
import type { Context } from '../../context.js';
import { recordActivity, ActivityAction } from '../activity/index.js';
import { BoardToken } from '../project/index.js';
import { Risk } from '../risk/index.js';
import { Issue } from './issue.entity.js';

const TOP_RISKS = 5;

@ObjectType({ description: 'What a wall screen shows of the registers, as its board token chose' })
export class WallRegisters {
  @Field(() => Boolean) showTopRisks: boolean;
  @Field(() => Boolean) showBlockingIssues: boolean;
  @Field(() => [Risk], { description: 'The five open risks with the highest score (empty unless chosen)' }) topRisks: Risk[];
  @Field(() => [Issue], { description: 'Open BLOCKER issues, most severe first (empty unless chosen)' }) blockingIssues: Issue[];
}

@ObjectType() export class BoardTokenWallPayload extends MutationPayload { @Field(() => BoardToken) boardToken: BoardToken; }

/** The registers on the wall screen: what each board token shows, and a manager's choice of it. */
export class WallRegistersService {
  constructor(private readonly ds: DataSource) {}

  async forToken(tokenId: string): Promise<WallRegisters> {
    const token = await this.ds.getRepository(BoardToken).findOneBy({ id: tokenId, revokedAt: IsNull() });
    if (!token) throw new NotFoundError('Board token');
    const [topRisks, blockingIssues] = await Promise.all([
      token.showTopRisks
        ? this.ds.getRepository(Risk).createQueryBuilder('r')
            .where(`r.project_id = :p AND r.archived_at IS NULL AND r.status IN ('IDENTIFIED', 'ACTIVE')`, { p: token.projectId })
            .orderBy('r.score', 'DESC').addOrderBy('r.number', 'ASC').take(TOP_RISKS).getMany()
        : [],
      token.showBlockingIssues
        ? this.ds.getRepository(Issue).createQueryBuilder('i')
            .where(`i.project_id = :p AND i.archived_at IS NULL AND i.type = 'BLOCKER' AND i.status IN ('OPEN', 'IN_PROGRESS', 'ESCALATED')`, { p: token.projectId })
            .orderBy(`CASE i.severity WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END`).addOrderBy('i.number', 'ASC').getMany()
        : [],
    ]);
    return { showTopRisks: token.showTopRisks, showBlockingIssues: token.showBlockingIssues, topRisks, blockingIssues };
  }

  /** A manager ticks what the token's wall shows; the wall hears it through its board's next update. */
  async choose(actor: Actor, id: string, showTopRisks: boolean, showBlockingIssues: boolean): Promise<BoardToken> {
    const grant = await authorizeEntity(actor, 'boardToken', id, Permission.BOARD_TOKEN_MANAGE);
    return this.ds.transaction(async (m) => {
      const token = await m.getRepository(BoardToken).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!token || token.revokedAt) throw new NotFoundError('Board token');
      const before = { showTopRisks: token.showTopRisks, showBlockingIssues: token.showBlockingIssues };
      if (before.showTopRisks === showTopRisks && before.showBlockingIssues === showBlockingIssues) return token;
      Object.assign(token, { showTopRisks, showBlockingIssues });
      const saved = await m.getRepository(BoardToken).save(token);
      await recordActivity(m, grant.projectId, grant.userId, [
        { entityType: 'board_token', entityId: id, action: ActivityAction.UPDATED, field: 'wallRegisters', oldValue: before, newValue: { showTopRisks, showBlockingIssues } },
      ]);
      // Walls refresh with their board (the relay recomputes it after any project event).
      await publishInTransaction(m, { type: 'wall', projectId: grant.projectId });
      return saved;
    });
  }
}

@Resolver()
export class WallRegistersResolver {
  constructor(private readonly walls: WallRegistersService) {}

  @Query(() => WallRegisters, { description: "The registers on the wall screen, as its board token chose; for a request made with a board token" })
  wallRegisters(@Ctx() ctx: Context) {
    if (ctx.actor.kind !== 'board') throw new UnauthenticatedError('Open the wall board with its board token');
    return this.walls.forToken(ctx.actor.tokenId);
  }

  @Mutation(() => BoardTokenWallPayload, { description: "Chooses what the token's wall shows of the registers (managers)" })
  async boardTokenWallSet(
    @Arg('id', () => UUID) id: string,
    @Arg('showTopRisks', () => Boolean) showTopRisks: boolean,
    @Arg('showBlockingIssues', () => Boolean) showBlockingIssues: boolean,
    @Ctx() ctx: Context,
  ) {
    return { boardToken: await this.walls.choose(ctx.actor, id, showTopRisks, showBlockingIssues) };
  }
}
