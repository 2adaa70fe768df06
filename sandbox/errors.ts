/**
 * The API's JSON error shape `{ error, message, ...extra }`, the headers that go with it,
 * and a small result type used by the store operations.
 */

/** A failed outcome: HTTP status, error code, human message, extra body fields and headers. */
export interface ApiFailure {
  status: number;
  error: string;
  message: string;
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Either a value or an {@link ApiFailure}. */
export type Result<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

/** `WWW-Authenticate` value sent with every 401. */
export const INVALID_TOKEN_CHALLENGE = 'Bearer realm="clockme", error="invalid_token"';

/** Builds an {@link ApiFailure}. */
export function failure(
  status: number,
  error: string,
  message: string,
  extra?: Record<string, unknown>,
  headers?: Record<string, string>,
): ApiFailure {
  return { status, error, message, extra, headers };
}

/** Wraps a value in a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an {@link ApiFailure} in a failed {@link Result}. */
export function fail<T>(f: ApiFailure): Result<T> {
  return { ok: false, failure: f };
}

/** A JSON response (`application/json; charset=utf-8`). */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** The HTTP response for an {@link ApiFailure}: body `{ error, message, ...extra }` plus its headers. */
export function errorResponse(f: ApiFailure): Response {
  return jsonResponse(f.status, { error: f.error, message: f.message, ...f.extra }, f.headers);
}

/** 400 invalid_request with readable `issues`. */
export function invalidRequest(issues: string[]): ApiFailure {
  const message = issues.length > 0 ? `The request is not valid: ${issues.join('; ')}` : 'The request is not valid.';
  return failure(400, 'invalid_request', message, { issues });
}

/** 401 with the given code (`missing_key`, `invalid_key`, `key_revoked`) and the invalid_token challenge. */
export function unauthorized(code: string, message: string): ApiFailure {
  return failure(401, code, message, undefined, { 'www-authenticate': INVALID_TOKEN_CHALLENGE });
}

/** 403 insufficient_scope naming the scope the request needs. */
export function insufficientScope(requiredScope: 'write' | 'full'): ApiFailure {
  return failure(
    403,
    'insufficient_scope',
    `This API key does not have the "${requiredScope}" scope needed for this request.`,
    { requiredScope },
    { 'www-authenticate': `Bearer error="insufficient_scope", scope="${requiredScope}"` },
  );
}

/** 429 rate_limited with `Retry-After` in whole seconds (at least 1). */
export function rateLimited(retryAfterSeconds: number): ApiFailure {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return failure(429, 'rate_limited', `Too many requests. Try again in ${seconds} s.`, undefined, {
    'retry-after': String(seconds),
  });
}

/** 404 not_found for an unknown path or resource. */
export function notFound(message = 'Nothing here.'): ApiFailure {
  return failure(404, 'not_found', message);
}

/** 404 project_not_found. */
export function projectNotFound(message = 'No active project matches.'): ApiFailure {
  return failure(404, 'project_not_found', message);
}

/** 500 internal_error. */
export function internalError(): ApiFailure {
  return failure(500, 'internal_error', 'Something went wrong on our side.');
}

/**
 * A plausible API error for an arbitrary status, used by injected faults
 * (e.g. 401 → invalid_key with the challenge header, 429 → rate_limited, 5xx → internal_error).
 */
export function failureForStatus(status: number, code?: string, retryAfterSeconds = 1): ApiFailure {
  const base = ((): ApiFailure => {
    if (status === 400) return invalidRequest([]);
    if (status === 401) return unauthorized('invalid_key', 'This API key is not valid.');
    if (status === 403) return insufficientScope('write');
    if (status === 404) return notFound();
    if (status === 409) return failure(409, 'no_running_timer', 'No timer is running.');
    if (status === 429) return rateLimited(retryAfterSeconds);
    if (status >= 500) return { ...internalError(), status };
    return failure(status, 'error', `The request failed with status ${status}.`);
  })();
  return code ? { ...base, error: code } : base;
}
