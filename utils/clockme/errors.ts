/**
 * Typed failures of the ClockMe API client. The client throws only these for the outcomes it
 * expects; anything else (a bug) propagates as is.
 */

/**
 * ClockMe refused the key: a `401` whose body is ClockMe's JSON error shape and which came from
 * the configured origin. `code` is `missing_key`, `invalid_key` or `key_revoked` [assumed].
 * Only this error may clear a stored key.
 */
export class KeyRejectedError extends Error {
  override name = 'KeyRejectedError';
  constructor(readonly code: string, readonly serverMessage: string | undefined) {
    super(`ClockMe rejected the API key (${code}).`);
  }
}

/** Why ClockMe could not be reached or gave no usable answer. */
export type UnreachableCause =
  | 'timeout' // no answer within the client's timeout (15 s)
  | 'network' // DNS, refused or dropped connection, offline, or a redirect (never followed)
  | 'proxy' // 407, or a 401 that is not ClockMe's JSON (a proxy or captive portal)
  | 'server'; // 5xx, or a non-JSON answer from ClockMe

/** ClockMe could not be reached or answered with something that is not a verdict. The key stays. */
export class UnreachableError extends Error {
  override name = 'UnreachableError';
  constructor(readonly cause: UnreachableCause, readonly status?: number) {
    super(`ClockMe could not be reached (${cause}${status ? ` ${status}` : ''}).`);
  }
}

/**
 * ClockMe answered with its JSON error shape and a 4xx other than a key rejection, e.g.
 * `409 timer_already_running`, `403 insufficient_scope`, `429 rate_limited`. [assumed codes]
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly serverMessage: string | undefined,
    readonly body: Record<string, unknown>,
    /** The wait `Retry-After` asked for in ms (clamped to 1 s–15 min), when the answer carried a usable one. */
    readonly retryAfterMs?: number,
  ) {
    super(`ClockMe answered ${status} ${code}.`);
  }
}

/** A 2xx whose body does not match the assumed shape: the API changed or the contract is wrong. */
export class UnexpectedResponseError extends Error {
  override name = 'UnexpectedResponseError';
  constructor(readonly path: string, readonly issues: string) {
    super(`ClockMe's answer to ${path} has an unexpected shape: ${issues}`);
  }
}

/** Every error the client throws on purpose. */
export type ClockMeError = KeyRejectedError | UnreachableError | ApiError | UnexpectedResponseError;

/** True for the errors {@link ClockMeError} covers. */
export function isClockMeError(error: unknown): error is ClockMeError {
  return (
    error instanceof KeyRejectedError ||
    error instanceof UnreachableError ||
    error instanceof ApiError ||
    error instanceof UnexpectedResponseError
  );
}
