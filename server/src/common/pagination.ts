import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { BadUserInputError } from './errors.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a `XConnection` object type with `nodes`, `pageInfo` and `totalCount`. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Connection`)
  class C {
    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return C;
}

export const MAX_PAGE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: '1-500, default 50' }) first?: number;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' }) after?: string;
}

@ArgsType()
export class ActivityArgs extends PageArgs {
  @Field(() => Date, { nullable: true, description: 'Only what happened at or after this time ("what changed since")' }) since?: Date;
}

/** Validates `first` (1..500, default 50) and decodes the opaque offset cursor of `after`. */
export function pageArgs(first: number | undefined | null, after: string | undefined | null): { take: number; skip: number } {
  const take = first ?? 50;
  if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE}`, 'first');
  }
  let skip = 0;
  if (after) {
    const decoded = Buffer.from(after, 'base64url').toString('utf8');
    const m = /^o:(\d+)$/.exec(decoded);
    if (!m) throw new BadUserInputError('after is not a cursor returned by this API', 'after');
    skip = Number(m[1]);
  }
  return { take, skip };
}

export function toConnection<T>(rows: T[], total: number, skip: number): Connection<T> {
  const end = skip + rows.length;
  return {
    nodes: rows,
    totalCount: total,
    pageInfo: {
      hasNextPage: end < total,
      endCursor: rows.length ? Buffer.from(`o:${end}`, 'utf8').toString('base64url') : null,
    },
  };
}

/** One page and the total, always as two statements (TypeORM skips the count on short first pages). */
export async function pageOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, skip: number, take: number): Promise<Connection<T>> {
  const [rows, total] = await Promise.all([qb.clone().skip(skip).take(take).getMany(), qb.clone().getCount()]);
  return toConnection(rows, total, skip);
}
