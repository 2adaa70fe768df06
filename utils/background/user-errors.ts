import { ApiError, KeyRejectedError, UnexpectedResponseError, UnreachableError } from '../clockme/errors';
import { redactKeys } from '../security/redact';
import { t } from '../i18n';
import { formatDayMonth, formatTimeOfDay } from '../timer/format-time';
import type { Failure, UserError } from '../messaging';
import { NoKeyError } from './key-store';
import { BudgetExceededError } from './request-budget';

/** Whole sentences, one after the other (empty parts left out). */
const sentences = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ');

/**
 * Where an error happened: verifying a new key (a 401 means "not saved"), or using the stored key
 * (a 401 means "revoked"), possibly to start or stop the timer (a lost answer leaves the outcome unknown),
 * or sending what waits in the outbox (it is retried by itself, so the person has nothing to redo).
 */
export type ErrorContext = 'verify' | 'stored-key' | 'start' | 'stop' | 'outbox';

/** What may have happened to a start or stop whose answer was lost. */
function unknownOutcome(context: ErrorContext): string | undefined {
  if (context === 'start') return t('errors.maybeStarted');
  if (context === 'stop') return t('errors.maybeStopped');
  return undefined;
}

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

/** "Last contact with ClockMe: today at 10:32." or "… on Nov 28 at 6:05 PM.", in the person's time zone. */
function lastContact(at: number | null | undefined, now = Date.now()): string {
  if (!at) return t('errors.lastContactNone');
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return sameDay ? t('errors.lastContactToday', [formatTimeOfDay(at)]) : t('errors.lastContactOn', [formatDayMonth(at), formatTimeOfDay(at)]);
}

/**
 * Turns an error the background expects into a sentence for people. The key never appears; at
 * most its last 4 characters.
 * @throws the error itself when it is not one the background expects.
 */
export function toUserError(error: unknown, context: ErrorContext, details: ErrorDetails = {}): UserError {
  if (error instanceof NoKeyError) return { code: 'no_key', message: sentences(t('errors.noKey'), t('errors.keySettingsHint')) };
  if (error instanceof KeyRejectedError) {
    if (context === 'verify') return { code: 'key_rejected', message: t('errors.keyRejected') };
    const revoked = details.usedKey ? t('errors.keyRevokedEnding', [details.usedKey.slice(-4)]) : t('errors.keyRevoked');
    return { code: 'key_revoked', message: sentences(revoked, details.paused && t('errors.keptForNewKey'), t('errors.keySettingsHint')) };
  }
  if (error instanceof UnreachableError) return unreachable(error, context, details);
  if (error instanceof BudgetExceededError) {
    const seconds = Math.max(1, Math.ceil((error.until - (details.now ?? Date.now())) / 1000));
    return { code: 'rate_limited', message: t('errors.paced', seconds) };
  }
  if (error instanceof ApiError && error.status === 429 && context === 'outbox') {
    const seconds = error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1000) : null;
    return { code: 'rate_limited', message: seconds ? t('errors.outboxWait', seconds) : t('errors.outboxWaitMoment') };
  }
  if (error instanceof ApiError) return apiErrorToUserError(error);
  if (error instanceof UnexpectedResponseError) {
    return { code: 'unexpected', message: t('errors.unexpected') };
  }
  throw error;
}

function unreachable(error: UnreachableError, context: ErrorContext, details: ErrorDetails): UserError {
  const why = t(`errors.unreachable.${error.cause}`);
  if (context === 'verify') return { code: 'unreachable', message: sentences(t('errors.couldNotReach'), why, t('errors.keyNotSaved')) };
  // A timeout or dropped connection after the request left: ClockMe may have acted on it.
  const unknown = error.cause === 'timeout' || error.cause === 'network' ? unknownOutcome(context) : undefined;
  const last = lastContact(details.lastContactAt, details.now);
  if (context === 'outbox') return { code: 'unreachable', message: sentences(t('errors.cantReach'), why, last) };
  return { code: 'unreachable', message: sentences(t('errors.cantReach'), why, unknown ?? t('errors.keyKept'), last) };
}

function apiErrorToUserError(error: ApiError): UserError {
  // ClockMe's own words are the only text here we did not write: masked before they are shown
  // or kept in the outbox's status (docs/security.md).
  const serverMessage = error.serverMessage === undefined ? undefined : redactKeys(error.serverMessage);
  switch (error.status) {
    case 403:
      // [assumed] ClockMe names the scope it wanted (`requiredScope`); creating projects needs Full.
      return { code: 'not_allowed', message: error.body.requiredScope === 'full' ? t('errors.notAllowedFull') : t('errors.notAllowed') };
    case 409:
      return { code: 'conflict', message: serverMessage ?? t('errors.conflict') };
    case 429: {
      const seconds = error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1000) : null;
      return { code: 'rate_limited', message: seconds ? t('errors.tooManyRequestsSeconds', seconds) : t('errors.tooManyRequests') };
    }
    case 404:
      // [assumed] `project_not_found`: archived or deleted; trying again cannot help, another project can.
      if (error.code === 'project_not_found') return { code: 'rejected', message: serverMessage ? t('errors.projectGoneBecause', [sentence(serverMessage)]) : t('errors.projectGone') };
      return { code: 'rejected', message: serverMessage ? t('errors.refusedBecause', [sentence(serverMessage)]) : t('errors.refused') };
    default:
      return { code: 'rejected', message: serverMessage ? t('errors.refusedBecause', [sentence(serverMessage)]) : t('errors.refused') };
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
