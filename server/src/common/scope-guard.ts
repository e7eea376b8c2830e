import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Actor } from './actor.js';
import { ForbiddenError } from './errors.js';
import { TokenScope } from './roles.js';

/** True when the actor is a person using a personal access token limited to reading. */
export function readOnly(actor: Actor | undefined): boolean {
  return actor?.kind === 'user' && actor.via === 'token' && actor.scope === TokenScope.READ;
}

/**
 * Refuses every mutation to a read-only personal access token with FORBIDDEN, before its
 * arguments are looked at, over HTTP and over the websocket alike: the one place that rule lives.
 * Queries and subscriptions are untouched. Changes the schema's mutation resolvers in place.
 */
export function guardScopes(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  for (const field of Object.values(mutation.getFields())) {
    const resolve: GraphQLFieldResolver<unknown, { actor?: Actor }> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx: { actor?: Actor }, info) => {
      if (readOnly(ctx.actor)) throw new ForbiddenError('This access token is read-only: it cannot change anything');
      return resolve(source, args, ctx, info);
    };
  }
  return schema;
}
