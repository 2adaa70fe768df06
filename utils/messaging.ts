import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Entry, Project } from './clockme/schemas';
import type { Freshness } from './freshness';
import { t } from './i18n';
import type { TimerSnapshot } from './storage';

/**
 * The protocol between the extension's pages (popup, options) and the service worker, which is
 * the only code that talks to ClockMe. Every reply is `{ ok: true, ... }` or `{ ok: false, error }`.
 */

/** What went wrong, for the pages: `message` is a plain sentence with the next step and never contains the key. */
export interface UserError {
  code:
    | 'invalid_key' // failed the local format check; nothing was sent
    | 'key_rejected' // ClockMe refused a key being verified; nothing stored
    | 'key_revoked' // ClockMe refused the stored key; it was cleared
    | 'key_replaced' // ClockMe refused a key that had already been replaced by a newer one
    | 'no_key' // no key is stored
    | 'unreachable' // network, timeout, proxy or 5xx; the key stays
    | 'conflict' // 409: the timer changed elsewhere
    | 'not_allowed' // 403: the key's scope does not allow this
    | 'rate_limited' // 429
    | 'rejected' // another 4xx
    | 'unexpected'; // ClockMe's answer has an unexpected shape
  message: string;
}

/** A failed reply. */
export interface Failure {
  ok: false;
  error: UserError;
}

/** A reply: success with `T`'s fields, or a {@link Failure}. */
export type Reply<T extends object = object> = ({ ok: true } & T) | Failure;

/** Input of `startTimer`: the project id and an optional description (may be empty). */
export interface StartRequest {
  projectId: string;
  description: string;
}

/** Input of `logTime`: a completed entry; times are epoch ms (UTC), `endedAt` after `startedAt`. */
export interface LogTimeRequest {
  projectId: string;
  description: string;
  startedAt: number;
  endedAt: number;
}

/** The person's answer to the idle question (see `IdlePrompt` in `utils/storage.ts`). */
export type IdleChoice = 'keep' | 'discard' | 'stop';

/** Message name → (data) => reply. */
export interface ProtocolMap {
  /** Normalise, verify with ClockMe and store a pasted key. Reply carries only the masked key. */
  saveKey(rawKey: string): Reply<{ maskedKey: string }>;
  /** Stop using the key at once; it is cleared when the undo window ends (`until`, ms). */
  removeKey(): Reply<{ until: number | null }>;
  /** Put back a key whose removal is still in its undo window. */
  undoRemoveKey(): Reply<{ restored: boolean }>;
  /** Clear a removed key now that its undo window has passed. */
  finishRemoveKey(): Reply;
  /** Send the paused starts and stops with the new key (the person confirmed it is the same account). */
  resumePaused(): Reply;
  /** Drop the paused starts and stops. */
  discardPaused(): Reply;
  /**
   * Read the running timer from ClockMe and store it; with `freshness`, only when the stored one
   * is older than that or changes wait in the outbox (else the stored one is the reply, no request).
   */
  refreshTimer(freshness?: Freshness): Reply<{ snapshot: TimerSnapshot }>;
  /** List active projects from ClockMe and store them; with `freshness`, only when the stored list is older than that. */
  listProjects(freshness?: Freshness): Reply<{ projects: Project[] }>;
  /** Start a timer. */
  startTimer(request: StartRequest): Reply<{ snapshot: TimerSnapshot }>;
  /** Stop the running timer; `entry` is null when it had already been stopped elsewhere. */
  stopTimer(): Reply<{ entry: Entry | null; snapshot: TimerSnapshot }>;
  /**
   * Stop the running timer and start one on another project (or description), as one change at
   * the same click time: both go into the outbox in one write and are sent in order. `unchanged`:
   * that project and description were already running, so nothing was sent.
   */
  switchTimer(request: StartRequest): Reply<{ snapshot: TimerSnapshot; queued?: boolean; unchanged?: boolean }>;
  /** Log a completed entry (`POST /api/entries`, through the outbox). `entry` once ClockMe has it. */
  logTime(request: LogTimeRequest): Reply<{ entry: Entry | null; queued?: boolean }>;
  /** Create a project (`POST /api/projects`, needs a Full key) and add it to the stored list. */
  createProject(name: string): Reply<{ project: Project }>;
  /** Answer the idle question: keep the time, discard it (stop at idle start, start again now) or stop at idle start. */
  resolveIdle(choice: IdleChoice): Reply<{ queued?: boolean }>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/**
 * Sends a message from a page and turns a failure to deliver it (service worker crashed or the
 * extension was reloaded) into a {@link Failure} the page can show, instead of a rejection.
 */
export async function askBackground<K extends keyof ProtocolMap>(
  type: K,
  ...data: Parameters<ProtocolMap[K]>
): Promise<ReturnType<ProtocolMap[K]>> {
  // The library's overloads cannot be called with a generic K; this is the same call.
  const send = sendMessage as (type: K, data?: unknown) => Promise<ReturnType<ProtocolMap[K]>>;
  try {
    return await send(type, data[0]);
  } catch {
    const failure: Failure = { ok: false, error: { code: 'unexpected', message: t('errors.backgroundSilent') } };
    return failure as ReturnType<ProtocolMap[K]>;
  }
}
