/** A small typed GraphQL-over-HTTP client for the Trellis API. */
import type { TypedDocumentString } from './generated/graphql';

import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';

/** A document of ./operations: its text, and the result and variables types it was generated with. */
export type AnyDocument = TypedDocumentString<unknown, never>;
export type { ResultOf, TypedDocumentString, VariablesOf };

/**
 * request()'s arguments after the document: the variables, required when the operation has a
 * required variable (an operation without variables takes none or `{}`), then the options.
 */
type RequestArgs<V> = Record<string, never> extends V ? [variables?: V, options?: RequestOptions] : [variables: V, options?: RequestOptions];

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/** Error codes the API sends, plus NETWORK for a request that never got an answer. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'NETWORK'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

export class GraphQLRequestError extends Error {
  readonly code: ErrorCode;
  /** The input field at fault for BAD_USER_INPUT, e.g. `input.name`. */
  readonly field: string | undefined;
  readonly errors: GraphQLErrorShape[];

  constructor(message: string, code: ErrorCode, field?: string, errors: GraphQLErrorShape[] = []) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.field = field;
    this.errors = errors;
  }

  /** The message for one input field (matches `input.name` when given `name`). */
  fieldMessage(name: string): string | undefined {
    if (!this.field) return undefined;
    const f = this.field;
    return f === name || f.endsWith(`.${name}`) ? this.message : undefined;
  }
}

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <token>` (wall screens). Otherwise the session cookie is used. */
  token?: string;
  signal?: AbortSignal;
}

export const GRAPHQL_PATH = '/graphql';

let onUnauthenticated: (() => void) | null = null;

/** Called when a session request is refused as UNAUTHENTICATED (e.g. the session expired). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** Runs one operation; resolves with `data`, typed by the document, or throws a GraphQLRequestError. */
export async function request<D extends AnyDocument>(document: D, ...[variables, options = {}]: RequestArgs<VariablesOf<D>>): Promise<ResultOf<D>> {
  const query = document.toString();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let res: Response;
  try {
    res = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal: options.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new GraphQLRequestError('Cannot reach the server. Check your connection and try again.', 'NETWORK');
  }
  let body: { data?: ResultOf<D> | null; errors?: GraphQLErrorShape[] } | undefined;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  const first = body?.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? (res.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR');
    const field = typeof first.extensions?.field === 'string' ? first.extensions.field : undefined;
    if (code === 'UNAUTHENTICATED' && !options.token && !/^\s*mutation\s+Sign/.test(query)) onUnauthenticated?.();
    throw new GraphQLRequestError(first.message, code, field, body?.errors ?? []);
  }
  if (!res.ok || !body || body.data == null) {
    throw new GraphQLRequestError(`The server answered ${res.status} ${res.statusText}`.trim(), res.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK');
  }
  return body.data;
}

/** A readable message for any error thrown while talking to the API. */
export function errorMessage(e: unknown): string {
  if (e instanceof GraphQLRequestError) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

export function isCode(e: unknown, code: ErrorCode): e is GraphQLRequestError {
  return e instanceof GraphQLRequestError && e.code === code;
}
