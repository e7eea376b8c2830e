import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { BadUserInputError } from './errors.js';
import { findNul } from './text.js';
import { checkIds } from './uuid.js';

function checkArguments(args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    checkIds(value, name);
    const at = findNul(value, name);
    if (at) throw new BadUserInputError(`${at} must not contain the NUL character (U+0000)`, at);
  }
}

/**
 * Checks the arguments of every field that takes some, before its resolver runs, over HTTP and
 * over the websocket alike: a string holding U+0000 (which PostgreSQL cannot store) is refused with
 * BAD_USER_INPUT naming the argument path (`input.name`, `filter.search`, `key`) instead of
 * failing deep in a query as an internal error; an id that is not a UUID likewise. Changes the
 * schema's field resolvers in place.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        checkArguments(args);
        return resolve(source, args, ctx, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, ctx, info) => {
          checkArguments(args);
          return subscribe(source, args, ctx, info);
        };
      }
    }
  }
  return schema;
}
