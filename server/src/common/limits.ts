import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';

/** Report with a code clients can act on (graphql-armor raises plain, "Syntax Error"-prefixed errors). */
const reject = (limit: string) => [
  (ctx: ValidationContext | null, error: GraphQLError) =>
    ctx?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_TOO_COMPLEX', limit } }),
    ),
];

/**
 * Validation rules run on every operation, over HTTP (Apollo) and over the websocket (graphql-ws
 * `onSubscribe`, which does not run Apollo's rules).
 */
export function limitRules(config: Config): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false };
  return [
    maxDepthRule({ n: config.limits.maxDepth, ...common, onReject: reject('depth') }),
    maxAliasesRule({ n: config.limits.maxAliases, ...common, onReject: reject('aliases') }),
    costLimitRule({ maxCost: config.limits.maxCost, ...common, onReject: reject('cost') }),
  ] as unknown as ValidationRule[];
}

/** graphql-ws runs no Apollo rules: add the introspection switch there too. */
export function websocketRules(config: Config): ValidationRule[] {
  return config.introspection ? limitRules(config) : [...limitRules(config), NoSchemaIntrospectionCustomRule];
}
