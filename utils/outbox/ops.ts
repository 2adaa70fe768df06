import type { Timer } from '../clockme/schemas';

/**
 * The outbox: every start and stop the person made (and the entries and corrections they lead
 * to), in storage by the time a request for them has left (written in the same step) and
 * removed only once ClockMe has it. Times are epoch ms (UTC).
 */

/** What every operation carries. */
interface OpBase {
  /** A UUID, sent as `Idempotency-Key` on every attempt. */
  id: string;
  /** When the person clicked (ms). */
  at: number;
  /** Attempts that failed in a way that is retried (the backoff grows with them). */
  attempts: number;
  /** A request for it may have reached ClockMe: its outcome must be reconciled before a replay. */
  sent: boolean;
  /** Compared with ClockMe's running timer before it is sent, however recent (paused work resumed with a new key). */
  checkFirst?: boolean;
  /** When it was put in the outbox, on this computer's clock (ms; `at` is on ClockMe's clock). */
  queuedAt?: number;
}

/** One operation, by kind. */
export type OutboxOp = OpBase &
  (
    /**
     * `stopIfRunning`: a shortcut's toggle, decided from what the person saw (no timer). If ClockMe
     * answers at once that a timer already runs (started elsewhere), the press meant "stop": see
     * `stopInsteadOfStart`.
     */
    | { kind: 'start'; projectId: string; projectName: string; description: string; stopIfRunning?: boolean }
    /** `timerId`: the timer to stop; `null` for the one the start before it in the outbox starts. */
    | { kind: 'stop'; timerId: string | null }
    /** A completed entry (`POST /api/entries`), e.g. a start and a stop that both happened offline. */
    | { kind: 'log'; projectId: string; projectName: string; description: string; startedAt: number; endedAt: number }
    /** A correction of an entry's times (`PATCH /api/entries/{id}`) to the person's clicks. */
    | { kind: 'edit'; entryId: string; startedAt?: number; endedAt?: number }
  );

/** Why the last attempt failed and will be retried ("Offline"), or was refused for good. */
export interface OutboxProblem {
  message: string;
  at: number;
  /** `rate_limited`: ClockMe asked to slow down (not offline). */
  reason?: 'unreachable' | 'rate_limited';
}

/** The persisted outbox. */
export interface Outbox {
  ops: OutboxOp[];
  /** The last attempt failed and will be retried: ClockMe is unreachable (or refusing for now). */
  offline: OutboxProblem | null;
  /** The next attempt is not before this (ms), after a failure (backoff); 0 when none. */
  retryAt: number;
  /** An operation ClockMe refused for good (a 4xx): what the person is told, once. */
  refused: (OutboxProblem & { opId: string }) | null;
  /** Timers ClockMe started later than the click (id → click ms), to correct the entry's start once stopped. */
  lateStarts: Record<string, number>;
}

export const EMPTY_OUTBOX: Outbox = { ops: [], offline: null, retryAt: 0, refused: null, lateStarts: {} };

/** Pairs shorter than this (ms) are a start taken back, not time worked: they cancel out. */
export const MIN_ENTRY_MS = 1_000;

/**
 * Folds operations that never reached ClockMe (pure): a start followed by the stop of that
 * start becomes one completed entry (`log`), or nothing when under {@link MIN_ENTRY_MS}. Only
 * unsent operations are touched, so nothing ClockMe may have seen is ever changed.
 */
export function compact(ops: readonly OutboxOp[]): OutboxOp[] {
  const result: OutboxOp[] = [];
  for (const op of ops) {
    const previous = result.at(-1);
    if (op.kind === 'stop' && op.timerId === null && !op.sent && previous?.kind === 'start' && !previous.sent) {
      result.pop();
      if (op.at - previous.at >= MIN_ENTRY_MS) {
        const { projectId, projectName, description } = previous;
        result.push({ id: previous.id, at: op.at, attempts: 0, sent: false, kind: 'log', projectId, projectName, description, startedAt: previous.at, endedAt: op.at });
      }
      continue;
    }
    result.push(op);
  }
  return result;
}

/** A timer as the person sees it: `pending` while ClockMe does not have it yet. */
export type ViewTimer = Timer & { pending: boolean };

/**
 * The timer as the person sees it (pure): ClockMe's last known timer with the outbox applied on
 * top, so the UI shows each click at once, ticking from the click, and never flips back because
 * a read of ClockMe raced an action. A timer ClockMe started late shows from the click.
 */
export function personView(timer: Timer | null, outbox: Outbox): ViewTimer | null {
  let view: ViewTimer | null = timer ? { ...timer, pending: false } : null;
  if (view && outbox.lateStarts[view.id] !== undefined) view = { ...view, startedAt: new Date(outbox.lateStarts[view.id]!).toISOString() };
  for (const op of outbox.ops) {
    if (op.kind === 'start') {
      view = { id: `pending-${op.id}`, projectId: op.projectId, projectName: op.projectName, description: op.description || null, startedAt: new Date(op.at).toISOString(), pending: true };
    } else if (op.kind === 'stop') {
      view = null;
    }
  }
  return view;
}

/** Starts and stops still waiting to reach ClockMe (corrections of times are not counted). */
export function waitingChanges(outbox: Outbox): OutboxOp[] {
  return outbox.ops.filter((op) => op.kind !== 'edit');
}
