import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLUUID } from 'graphql-scalars';
import { BadUserInputError } from './errors.js';

/** An argument value the UUID scalar could not read; refused by `findMalformedId` before any resolver. */
export class MalformedId {
  constructor(readonly value: unknown) {}
}

function read(value: unknown): string | MalformedId {
  try {
    return (GraphQLUUID.parseValue(value) as string).toLowerCase();
  } catch {
    return new MalformedId(value);
  }
}

/**
 * Every id a client sends (arguments and input fields). Reading is graphql-scalars' UUID; a value
 * that is not one is kept as a `MalformedId` so the argument guard can refuse it with
 * BAD_USER_INPUT naming its path (`input.taskId`), as every other bad input is refused. Ids in
 * answers stay `ID`.
 */
export const UUID = new GraphQLScalarType<string | MalformedId, string>({
  name: 'UUID',
  description: 'A UUID, the form of every id Trellis gives out, e.g. "0b5e6f1c-3d2a-4c8e-9f10-7a1b2c3d4e5f".',
  serialize: (value) => GraphQLUUID.serialize(value) as string,
  parseValue: read,
  parseLiteral: (ast: ValueNode) => (ast.kind === Kind.STRING ? read(ast.value) : new MalformedId(null)),
  extensions: { codegenScalarType: 'string' },
});

/** Refuses the first malformed id inside an argument value (walked as `findNul` walks). */
export function checkIds(value: unknown, path: string): void {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (v instanceof MalformedId) throw new BadUserInputError(`${at} is not a valid id (a UUID)`, at);
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${at}[${i}]`]);
    } else if (v !== null && typeof v === 'object' && !(v instanceof Date) && !ArrayBuffer.isView(v)) {
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) stack.push([child, `${at}.${k}`]);
    }
  }
}
