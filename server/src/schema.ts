import { changeNumberOf } from './common/changes.js';
import 'reflect-metadata';
import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { Hub as SubscriptionHub } from './topics.js';
import { guardArguments } from './common/argument-guard.js';
import { guardScopes } from './common/scope-guard.js';
import type { ResolverBinding } from './module.js';

export { createServices, type Services } from './composition.js';

/** Builds the executable schema from the modules' resolvers, each with the instance its module built. */
export async function createSchema(resolvers: readonly ResolverBinding[], hub: SubscriptionHub): Promise<GraphQLSchema> {
  const instances = new Map<unknown, unknown>(resolvers);
  const schema = await buildSchema({
    resolvers: resolvers.map(([cls]) => cls) as [Function, ...Function[]],
    container: { get: (cls) => instances.get(cls) },
    pubSub: hub.pubsub,
    validate: false,
  });
  resolveChangeNumbers(schema);
  // The scope check wraps the argument check: a read-only token is refused whatever it sends.
  return guardScopes(guardArguments(schema));
}

/**
 * A payload's change number is the one its request's writes took (the request's change scope).
 * Set on the `changeNumber` field of each payload type only: a schema-wide middleware would wrap
 * every field of every answer (it made a 1,000-task board 7 times slower to serialise).
 */
function resolveChangeNumbers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Payload')) continue;
    const field = type.getFields().changeNumber;
    if (field) field.resolve = () => changeNumberOf();
  }
}

/** The SDL committed as schema/schema.graphql. */
export function printSdl(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
