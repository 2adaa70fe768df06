import { ApiError, KeyRejectedError, UnexpectedResponseError, UnreachableError, type UnreachableCause } from '../clockme/errors';
import type { Failure, UserError } from '../messaging';
import { NoKeyError } from './key-store';
import { BudgetExceededError } from './request-budget';

const KEY_SETTINGS_HINT = 'In ClockMe, open Settings → API Keys, create a new key with the Write scope (one key per tool, named "Chrome extension") and paste it here.';

const UNREACHABLE_DETAIL: Record<UnreachableCause, string> = {
  timeout: 'ClockMe did not answer within 15 seconds.',
  network: 'There is no connection to ClockMe (offline, or the connection failed).',
  proxy: 'A proxy or Wi-Fi login page answered instead of ClockMe.',
  server: 'ClockMe is having a problem right now.',
};

/**
 * Where an error happened: verifying a new key (a 401 means "not saved"), or using the stored key
 * (a 401 means "revoked"), possibly to start or stop the timer (a lost answer leaves the outcome unknown),
 * or sending what waits in the outbox (it is retried by itself, so the person has nothing to redo).
 */
export type ErrorContext = 'verify' | 'stored-key' | 'start' | 'stop' | 'outbox';

const UNKNOWN_OUTCOME: Partial<Record<ErrorContext, string>> = {
  start: 'ClockMe may still have started the timer; reopen this window in a moment to see.',
  stop: 'ClockMe may still have stopped the timer; reopen this window in a moment to see.',
};

/** What else the message may mention. */
export interface ErrorDetails {
  /** The key the failed request carried; only its last 4 characters are ever shown. */
  usedKey?: string;
  /** When ClockMe last answered (ms), for "Can't reach ClockMe". */
  lastContactAt?: number | null;
  /** The person's start or stop was kept as paused work. */
  paused?: boolean;
  /** The current time (ms), to say "today" or a date. */
  now?: number;
}

/** "today at 10:32" or "on 28 Nov at 18:05", in the person's time zone. */
function describeWhen(at: number, now = Date.now()): string {
  const time = new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return sameDay ? `today at ${time}` : `on ${new Date(at).toLocaleDateString([], { day: 'numeric', month: 'short' })} at ${time}`;
}

/**
 * Turns an error the background expects into a sentence for people. The key never appears; at
 * most its last 4 characters.
 * @throws the error itself when it is not one the background expects.
 */
export function toUserError(error: unknown, context: ErrorContext, details: ErrorDetails = {}): UserError {
  if (error instanceof NoKeyError) return { code: 'no_key', message: `No ClockMe key is saved. ${KEY_SETTINGS_HINT}` };
  if (error instanceof KeyRejectedError) {
    if (context === 'verify') {
      return { code: 'key_rejected', message: 'ClockMe rejected this key, so it was not saved. Check that you copied the whole key and that it has not been revoked, or create a new one under Settings → API Keys.' };
    }
    const which = details.usedKey ? `Your ClockMe key ending in …${details.usedKey.slice(-4)}` : 'Your ClockMe key';
    const kept = details.paused ? ' What you just did was kept, and can be sent once a new key is saved.' : '';
    return { code: 'key_revoked', message: `${which} was revoked, so the extension removed it.${kept} ${KEY_SETTINGS_HINT}` };
  }
  if (error instanceof UnreachableError) return unreachable(error, context, details);
  if (error instanceof BudgetExceededError) {
    const seconds = Math.max(1, Math.ceil((error.until - (details.now ?? Date.now())) / 1000));
    return { code: 'rate_limited', message: `The extension paces its requests to ClockMe (at most 20 a minute, and as long as ClockMe asks). Try again in ${seconds} seconds.` };
  }
  if (error instanceof ApiError && error.status === 429 && context === 'outbox') {
    const wait = error.retryAfterMs ? `${Math.ceil(error.retryAfterMs / 1000)} seconds` : 'a moment';
    return { code: 'rate_limited', message: `ClockMe asked the extension to wait ${wait} before sending more.` };
  }
  if (error instanceof ApiError) return apiErrorToUserError(error);
  if (error instanceof UnexpectedResponseError) {
    return { code: 'unexpected', message: 'ClockMe answered in a way this version of the extension does not understand. Update the extension, or try again later.' };
  }
  throw error;
}

function unreachable(error: UnreachableError, context: ErrorContext, details: ErrorDetails): UserError {
  if (context === 'verify') {
    return { code: 'unreachable', message: `Couldn't reach ClockMe. ${UNREACHABLE_DETAIL[error.cause]} The key was not saved; check your connection and try again.` };
  }
  // A timeout or dropped connection after the request left: ClockMe may have acted on it.
  const unknown = error.cause === 'timeout' || error.cause === 'network' ? UNKNOWN_OUTCOME[context] : undefined;
  const last = details.lastContactAt ? `Last contact with ClockMe: ${describeWhen(details.lastContactAt, details.now)}.` : 'Last contact with ClockMe: none yet.';
  if (context === 'outbox') return { code: 'unreachable', message: `Can't reach ClockMe. ${UNREACHABLE_DETAIL[error.cause]} ${last}` };
  return { code: 'unreachable', message: `Can't reach ClockMe. ${UNREACHABLE_DETAIL[error.cause]} ${unknown ?? 'Your key is kept; check your connection and try again.'} ${last}` };
}

function apiErrorToUserError(error: ApiError): UserError {
  switch (error.status) {
    case 403:
      return { code: 'not_allowed', message: "This key's scope does not allow that. In ClockMe, create a key with the Write scope under Settings → API Keys, then save it in this extension's settings." };
    case 409:
      return { code: 'conflict', message: error.serverMessage ?? 'The timer was changed in another ClockMe app. The latest state is shown now.' };
    case 429: {
      const wait = error.retryAfterMs ? `about ${Math.ceil(error.retryAfterMs / 1000)} seconds` : 'a minute';
      return { code: 'rate_limited', message: `ClockMe is receiving too many requests from this key. Wait ${wait} and try again.` };
    }
    default:
      return { code: 'rejected', message: `ClockMe refused the request${error.serverMessage ? `: ${sentence(error.serverMessage)}` : '.'} Try again, or check the timer on ClockMe.` };
  }
}

/** `text` ending with a full stop, so a server's message reads as a sentence before ours. */
function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** A {@link Failure} reply for `error`; see {@link toUserError}. */
export function failure(error: unknown, context: ErrorContext, details?: ErrorDetails): Failure {
  return { ok: false, error: toUserError(error, context, details) };
}
