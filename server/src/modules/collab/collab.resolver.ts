import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import type { CollabService } from './collab.service.js';

@ObjectType({ description: 'Permission to open one collaborative document for a few minutes' })
export class CollabTicket {
  @Field(() => String, { description: 'Pass as the `ticket` query parameter when connecting' })
  token: string;

  @Field(() => String, { description: 'WebSocket URL prefix of the collab service; connect to `<url>/<document>`' })
  url: string;

  @Field(() => String, { description: 'The document, e.g. project/<id>/wbs or project/<id>/charter' })
  document: string;

  @Field(() => Boolean, { description: 'False for viewers and wall screens: their edits are not accepted' })
  canWrite: boolean;

  @Field(() => Date)
  expiresAt: Date;
}

@Resolver()
export class CollabResolver {
  constructor(private readonly collab: CollabService) {}

  @Mutation(() => CollabTicket, { description: 'A short-lived ticket to edit (or follow) a project\'s charter or WBS document live' })
  async collabTicket(@Arg('document', () => String) document: string, @Ctx() ctx: Context): Promise<CollabTicket> {
    const t = await this.collab.ticket(ctx.actor, document);
    return { ...t, url: collabUrl(ctx) };
  }
}

/** ws(s)://<host>/collab as the caller reached this server (behind a proxy: its forwarded protocol and host). */
function collabUrl(ctx: Context): string {
  const req = ctx.res?.req;
  if (!req) return '/collab';
  const secure = req.protocol === 'https';
  return `${secure ? 'wss' : 'ws'}://${req.get('host') ?? 'localhost'}/collab`;
}
