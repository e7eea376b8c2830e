import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Codes a client may see. Anything else is masked as INTERNAL_SERVER_ERROR. */
export const USER_ERROR_CODES = [
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'BAD_USER_INPUT',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'TOO_MANY_SUBSCRIPTIONS',
  'SELF_APPROVAL',
  'ALREADY_DECIDED',
  'STALE_PREVIEW',
  'INVALID_STATE',
] as const;

/** Missing, or not the asker's to see; `field` names the input field that gave the id, if one did. */
export class NotFoundError extends GraphQLError {
  constructor(what = 'Resource', field?: string) {
    super(`${what} not found`, { extensions: { code: 'NOT_FOUND', ...(field ? { field } : {}) } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You do not have permission to do this') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in to continue') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

/** Bad input; `field` names the input field at fault (dotted path, e.g. `input.name`). */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, field: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', field, ...extra } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'CONFLICT', ...extra } });
  }
}

interface ValidationLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationLike[];
}

function firstViolation(errors: ValidationLike[], prefix: string): { field: string; message: string } | undefined {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints && Object.keys(e.constraints).length) {
      return { field: path, message: Object.values(e.constraints)[0]! };
    }
    const inner = firstViolation(e.children ?? [], path);
    if (inner) return inner;
  }
  return undefined;
}

export function isUserError(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const original = error.originalError;
  if (original && Array.isArray((original as { validationErrors?: unknown }).validationErrors)) return true;
  // A real exception (database, bug) under the GraphQL wrapper is internal.
  if (original && !(original instanceof GraphQLError)) return false;
  const code = ((original as GraphQLError | undefined)?.extensions?.code ?? error.extensions?.code) as string | undefined;
  // graphql-js's own parse, validation and coercion errors carry no code.
  if (!code) return true;
  return (USER_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * Apollo's formatError: user errors pass through with their code; type-graphql's argument validation
 * becomes BAD_USER_INPUT naming the field; anything else is masked (the request plugin logs it with
 * the request id, which it also adds to the masked error).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const validation = original as { validationErrors?: ValidationLike[]; argumentName?: string } | undefined;
  if (validation && Array.isArray(validation.validationErrors)) {
    const v = firstViolation(validation.validationErrors, validation.argumentName ?? '');
    return {
      message: v?.message ?? 'Invalid input',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field: v?.field ?? validation.argumentName },
    };
  }
  // Apollo re-codes validation errors as GRAPHQL_VALIDATION_FAILED; keep ours for the limits.
  if (formatted.extensions?.limit) return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
  if (isUserError(error)) return formatted;
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** A rule of a workflow refuses the step (`code`: SELF_APPROVAL, ALREADY_DECIDED, STALE_PREVIEW, INVALID_STATE). */
export class WorkflowError extends GraphQLError {
  constructor(code: 'SELF_APPROVAL' | 'ALREADY_DECIDED' | 'STALE_PREVIEW' | 'INVALID_STATE', message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}
