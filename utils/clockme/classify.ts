import { parseRetryAfter } from './retry-after';
import { errorBodySchema, type ErrorBody } from './schemas';
import { ApiError, KeyRejectedError, UnreachableError } from './errors';

/** What the client needs to know about a non-2xx answer to classify it. */
export interface FailedAnswer {
  status: number;
  /** The origin the answer came from (after any redirect). */
  origin: string;
  /** The configured API origin. */
  apiOrigin: string;
  /** Parsed JSON body, or `undefined` when the body was not JSON. */
  json: unknown;
  retryAfter: string | null;
  /** When the answer arrived (epoch ms), for an HTTP-date `Retry-After`; default now. */
  now?: number;
}

/**
 * The decision table for a failed answer (pure):
 * - 401 + ClockMe's JSON error body + from the configured origin → {@link KeyRejectedError};
 * - 401 without that body or from elsewhere, and 407 → {@link UnreachableError} `proxy`;
 * - 429 from the configured origin → {@link ApiError} `rate_limited`, with or without ClockMe's JSON;
 * - 5xx, or any other status without ClockMe's JSON → {@link UnreachableError} `server`;
 * - other 4xx with ClockMe's JSON → {@link ApiError}.
 */
export function classifyFailure(answer: FailedAnswer): KeyRejectedError | UnreachableError | ApiError {
  const parsed = errorBodySchema.safeParse(answer.json);
  const body: ErrorBody | null = parsed.success ? parsed.data : null;
  const fromApi = answer.origin === answer.apiOrigin;

  if (answer.status === 401) {
    return body && fromApi ? new KeyRejectedError(body.error, body.message) : new UnreachableError('proxy', 401);
  }
  if (answer.status === 407) return new UnreachableError('proxy', 407);
  // A 429 from ClockMe's origin means "slow down" even without ClockMe's JSON (a CDN in front may answer it).
  if (answer.status === 429 && fromApi) {
    return new ApiError(429, body?.error ?? 'rate_limited', body?.message, body ?? { error: 'rate_limited' }, parseRetryAfter(answer.retryAfter, answer.now ?? Date.now()));
  }
  if (answer.status >= 500 || !body || !fromApi) return new UnreachableError('server', answer.status);
  return new ApiError(answer.status, body.error, body.message, body, parseRetryAfter(answer.retryAfter, answer.now ?? Date.now()));
}

