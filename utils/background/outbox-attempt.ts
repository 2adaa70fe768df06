import type { ClockMeClient } from '../clockme/client';
import type { CurrentTimer } from '../clockme/current-timer';
import { ApiError } from '../clockme/errors';
import { timerSchema } from '../clockme/schemas';
import type { Entry, Timer } from '../clockme/schemas';
import { t } from '../i18n';
import { formatTimeOfDay } from '../timer/format-time';
import type { UserError } from '../messaging';
import type { OutboxOp } from '../outbox/ops';

/** A start or stop older than this (ms) when sent checks ClockMe first: the timer may have changed elsewhere meanwhile. */
export const STALE_OP_MS = 5_000;
/** Times within this (ms) of the click count as the click's. */
export const CLICK_TOLERANCE_MS = 2_000;

/** What one operation came to at ClockMe. */
export type OpResult =
  | { kind: 'started'; timer: Timer }
  | { kind: 'stopped'; entry: Entry | null; running: Timer | null }
  | { kind: 'logged'; entry: Entry }
  | { kind: 'edited'; entry: Entry }
  | { kind: 'refused'; error: UserError; running?: Timer | null };

/** A click time as the person reads it (their language and time zone). */
export const clock = (at: number) => formatTimeOfDay(at);

/**
 * Decides, from ClockMe's running timer, what became of an operation that may have reached
 * ClockMe already (`sent`) or is stale: a result when it needs no (more) request, `null` when it
 * must be sent. A stop never stops a timer started after the click by someone else.
 */
export function reconcile(op: OutboxOp, current: CurrentTimer): OpResult | null {
  const running = current.timer;
  if (op.kind === 'start') {
    const ours = running && running.projectId === op.projectId && Date.parse(running.startedAt) >= op.at - CLICK_TOLERANCE_MS;
    if (ours && op.sent) return { kind: 'started', timer: running };
    if (running) {
      const message = op.projectName ? t('outbox.startNotSentOn', [clock(op.at), op.projectName, running.projectName]) : t('outbox.startNotSent', [clock(op.at), running.projectName]);
      return { kind: 'refused', running, error: { code: 'conflict', message } };
    }
    return null;
  }
  if (op.kind === 'stop') {
    if (!running || running.id === op.timerId) return null; // replay: the same Idempotency-Key returns the first answer
    return { kind: 'stopped', entry: null, running }; // ours was stopped meanwhile; never stop another timer
  }
  return null;
}

/**
 * A shortcut's toggle sends its start without reading ClockMe first (one request, not two). When
 * ClockMe answers that start, within {@link STALE_OP_MS} of the press being queued, with `409
 * timer_already_running`, a timer started elsewhere was running when the person pressed: the press
 * meant "stop", as it would have had the badge shown it. Returns the stop to send in the start's
 * place (that timer, at the press time; a new idempotency key), or `null` to refuse as usual (a
 * later answer, e.g. after an outage or a revocation, says nothing about the moment of the press).
 */
export function stopInsteadOfStart(op: OutboxOp, error: unknown, now: number): { kind: 'stop'; at: number; timerId: string } | null {
  // Measured on this computer's clock from when the press was queued (`at` is on ClockMe's clock,
  // which a wrong computer clock would make look recent for ever); never for resumed paused work.
  if (op.kind !== 'start' || !op.stopIfRunning || op.checkFirst || op.queuedAt === undefined) return null;
  const waited = now - op.queuedAt;
  if (waited < 0 || waited > STALE_OP_MS) return null;
  if (!(error instanceof ApiError) || error.code !== 'timer_already_running') return null;
  const running = timerSchema.safeParse(error.body.timer);
  return running.success ? { kind: 'stop', at: op.at, timerId: running.data.id } : null;
}

/** Sends one operation with its id as `Idempotency-Key` (no reconciliation). Throws the client's errors. */
export async function send(client: ClockMeClient, key: string, op: OutboxOp): Promise<OpResult> {
  const iso = (ms: number) => new Date(ms).toISOString();
  switch (op.kind) {
    case 'start':
      return { kind: 'started', timer: await client.startTimer(key, { projectId: op.projectId, description: op.description.trim() || null }, op.id) };
    case 'stop':
      return { kind: 'stopped', entry: await client.stopTimer(key, op.id), running: null };
    case 'log':
      return { kind: 'logged', entry: await client.createEntry(key, { projectId: op.projectId, description: op.description.trim() || null, startedAt: iso(op.startedAt), endedAt: iso(op.endedAt) }, op.id) };
    case 'edit':
      return { kind: 'edited', entry: await client.editEntry(key, op.entryId, { ...(op.startedAt ? { startedAt: iso(op.startedAt) } : {}), ...(op.endedAt ? { endedAt: iso(op.endedAt) } : {}) }, op.id) };
  }
}

/** Whether an operation must be checked against ClockMe's running timer before it is sent. */
export function needsCheck(op: OutboxOp, now: number): boolean {
  if (op.kind !== 'start' && op.kind !== 'stop') return false;
  return op.sent || op.checkFirst === true || now - op.at > STALE_OP_MS;
}

/**
 * The correction an entry needs so it starts and ends at the person's clicks (pure), or `null`.
 * @param clickedStart the click that started it, when ClockMe started it late.
 * @param clickedStop the click that stopped it.
 */
export function correctionFor(entry: Entry, clickedStart: number | undefined, clickedStop: number): { startedAt?: number; endedAt?: number } | null {
  const start = Date.parse(entry.startedAt);
  const end = Date.parse(entry.endedAt);
  const fix: { startedAt?: number; endedAt?: number } = {};
  if (clickedStart !== undefined && Math.abs(start - clickedStart) > CLICK_TOLERANCE_MS / 2) fix.startedAt = clickedStart;
  // An entry cannot end where it starts: a stop clicked at (or before) the start ends it a second later.
  const wantedEnd = Math.max(clickedStop, (fix.startedAt ?? start) + 1_000);
  if (Math.abs(end - wantedEnd) > CLICK_TOLERANCE_MS / 2) fix.endedAt = wantedEnd;
  return fix.startedAt === undefined && fix.endedAt === undefined ? null : fix;
}
