import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';

/** Report with a code clients can act on (graphql-armor raises plain, "Syntax Error"-prefixed errors). */
const reject = [
  (ctx: ValidationContext | null, error: GraphQLError) =>
    ctx?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_TOO_COMPLEX' } }),
    ),
];

/**
 * Validation rules run on every operation, over HTTP (Apollo) and over the websocket (graphql-ws
 * `onSubscribe`, which does not run Apollo's rules).
 */
export function limitRules(config: Config): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false, onReject: reject };
  const rules = [
    maxDepthRule({ n: config.limits.maxDepth, ...common }),
    maxAliasesRule({ n: config.limits.maxAliases, ...common }),
    costLimitRule({ maxCost: config.limits.maxCost, ...common }),
  ] as unknown as ValidationRule[];
  if (!config.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
