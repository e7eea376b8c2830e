import { GraphQLRequestError } from '$lib/graphql';

/**
 * The server's refusal of a form, by field: a BAD_USER_INPUT lists every field at fault in
 * `extensions.errors` (`input.title`, …), or names one in `extensions.field`.
 */
export function serverFieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof GraphQLRequestError) || err.code !== 'BAD_USER_INPUT') return {};
  const out: Record<string, string> = {};
  const list = err.errors[0]?.extensions?.errors as { field: string; message: string }[] | undefined;
  for (const e of list ?? []) out[e.field.replace(/^input\./, '')] = e.message;
  if (err.field && !list) out[err.field.replace(/^input\./, '')] = err.message;
  return out;
}
