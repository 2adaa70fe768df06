import { Mutex } from './mutex';
import { ApiError, KeyRejectedError, UnexpectedResponseError, UnreachableError } from '../clockme/errors';
import { timerSchema } from '../clockme/schemas';
import { parseScope, scopeBelow } from '../clockme/scope';
import { t } from '../i18n';
import { backoffMs } from '../outbox/backoff';
import { compact, type Outbox, type OutboxOp } from '../outbox/ops';
import { lastContactItem, outboxItem } from '../storage';
import { clearKeyIfCurrent, NoKeyError, recordScope, requireKey } from './key-store';
import { flushItems, readItem, stageItems, writeItems } from './mirror';
import { needsCheck, reconcile, send, stopInsteadOfStart, type OpResult } from './outbox-attempt';
import { applyResult } from './outbox-settle';
import { BudgetExceededError } from './request-budget';
import type { NewOp, OpOutcome, OutboxDeps, OutboxRunner } from './outbox-types';
import { toUserError } from './user-errors';

export type { NewOp, OpOutcome, OutboxDeps, OutboxRunner } from './outbox-types';

/** After sending, the outbox asks to be woken this much later (ms) in case the worker dies mid-request (the request timeout is 15 s). */
export const REQUEST_WATCHDOG_MS = 20_000;

/**
 * Builds the outbox runner. Each operation is marked `sent` in storage in the very step that
 * sends its request (see `mirror.ts`), so after a lost answer or a killed service worker it is
 * reconciled with `GET /api/timer/current` before any replay; every attempt carries the
 * operation's UUID as `Idempotency-Key`.
 * Network errors, timeouts, 5xx and 408 are retried with capped exponential backoff and full
 * jitter; a 429 waits for its `Retry-After`; other 4xx are refused for good and reported; a 401
 * moves what waits into paused work. Nothing is dropped without a refusal or the person's choice.
 */
export function createOutbox(deps: OutboxDeps): OutboxRunner {
  const lock = new Mutex();
  const waiters = new Map<string, (outcome: OpOutcome) => void>();
  let running: Promise<void> | null = null;
  let again = false;

  /**
   * Changes the outbox under its lock, in memory at once. Written to storage before this
   * resolves, or, with `staged`, handed to Chrome with the next write (the request budget's,
   * right before the request; see `stageItems`) or at the end of the run.
   */
  const update = (edit: (outbox: Outbox) => Outbox, staged = false) =>
    lock.runExclusive(async () => {
      const current = await readItem(outboxItem);
      const next = edit(current);
      if (next !== current) {
        if (staged) stageItems([{ item: outboxItem, value: next }]);
        else await writeItems([{ item: outboxItem, value: next }]);
      }
      return next;
    });

  async function enqueueAll(ops: NewOp[]): Promise<OutboxOp[]> {
    const queuedAt = deps.now();
    const full = ops.map((op) => ({ ...op, id: crypto.randomUUID(), attempts: 0, sent: false, queuedAt }) as OutboxOp);
    // Staged: it goes to storage with the first attempt's `sent` and the request budget, in one call before the request.
    await update((outbox) => ({ ...outbox, refused: null, ops: [...outbox.ops, ...full] }), true);
    return full;
  }

  function tell(id: string, outcome: OpOutcome): void {
    waiters.get(id)?.(outcome);
    waiters.delete(id);
  }

  /** Ends the run: whoever waits for an operation still in the outbox hears `outcome`. */
  async function stopRun(outcome: OpOutcome): Promise<void> {
    const ids = new Set((await readItem(outboxItem)).ops.map((op) => op.id));
    for (const id of [...waiters.keys()]) tell(id, ids.has(id) ? outcome : { kind: 'queued' });
  }

  /**
   * Waits `waitMs` before the next attempt. `sentBefore`: what `sent` was before this attempt, put
   * back when ClockMe refused this request unprocessed (a 429 proves nothing about earlier attempts).
   */
  async function retryLater(op: OutboxOp, error: unknown, waitMs: number, sentBefore?: boolean): Promise<void> {
    const now = deps.now();
    const problem = toUserError(error, 'outbox', { lastContactAt: await lastContactItem.getValue(), now });
    const reason = problem.code === 'rate_limited' ? 'rate_limited' : 'unreachable';
    const retried = (o: OutboxOp): OutboxOp => ({ ...o, attempts: o.attempts + 1, ...(sentBefore !== undefined ? { sent: sentBefore } : {}) });
    await update((outbox) => ({ ...outbox, retryAt: now + waitMs, offline: { message: problem.message, at: now, reason }, ops: outbox.ops.map((o) => (o.id === op.id ? retried(o) : o)) }));
    deps.wakeAt(now + waitMs);
  }

  /** Handles a failed attempt of `op` (`sentBefore`: its `sent` before the attempt); returns whether the run goes on. */
  async function onFailure(key: string, op: OutboxOp, error: unknown, sentBefore: boolean): Promise<boolean> {
    const now = deps.now();
    if (error instanceof BudgetExceededError) {
      deps.wakeAt(error.until);
      return false;
    }
    if (error instanceof KeyRejectedError) {
      // A 401 is answered before ClockMe acts: this attempt reached nothing, so `sent` is what it was.
      await update((outbox) => ({ ...outbox, ops: outbox.ops.map((o) => (o.id === op.id ? { ...o, sent: sentBefore } : o)) }));
      const waiting = (await readItem(outboxItem)).ops.map((o) => o.id);
      // Clearing the key moves what waits into paused work (see `clearKeyIfCurrent`).
      if (!(await lock.runExclusive(() => clearKeyIfCurrent(key, now)))) return true; // a newer key was saved meanwhile: go on with it
      for (const id of waiting) tell(id, { kind: 'paused' });
      return false;
    }
    // Every failed attempt (the check's GET too) counts, so the backoff grows during an outage.
    if (error instanceof UnreachableError || (error instanceof ApiError && error.status === 408)) {
      await retryLater(op, error, backoffMs(op.attempts + 1, deps.random()));
      return false;
    }
    if (error instanceof ApiError && error.status === 429) {
      await retryLater(op, error, error.retryAfterMs ?? backoffMs(op.attempts + 1, deps.random()), sentBefore);
      return false;
    }
    if (error instanceof UnexpectedResponseError) {
      // A 2xx this version cannot read: ClockMe probably acted. Replaying would not help; say so.
      await settle(op, { kind: 'refused', error: { code: 'unexpected', message: t('outbox.unexpected') } });
      return true;
    }
    const stop = stopInsteadOfStart(op, error, now);
    if (stop) {
      // The stop takes the start's place (and its waiter); the run goes on and sends it.
      const replacement = { ...stop, id: crypto.randomUUID(), attempts: 0, sent: false } as OutboxOp;
      await update((outbox) => ({ ...outbox, ops: outbox.ops.map((o) => (o.id === op.id ? replacement : o)) }));
      const waiter = waiters.get(op.id);
      waiters.delete(op.id);
      if (waiter) waiters.set(replacement.id, waiter);
      return true;
    }
    if (error instanceof ApiError && op.kind === 'stop' && error.code === 'no_running_timer') {
      await settle(op, { kind: 'stopped', entry: null, running: null });
      return true;
    }
    if (error instanceof ApiError) {
      if (error.code === 'insufficient_scope') await recordScope(key, { scope: scopeBelow(parseScope(error.body.requiredScope) ?? 'write'), source: 'observed' });
      const running = error.code === 'timer_already_running' ? timerSchema.safeParse(error.body.timer) : null;
      await settle(op, { kind: 'refused', error: toUserError(error, op.kind === 'stop' ? 'stop' : 'start'), ...(running?.success ? { running: running.data } : {}) });
      return true;
    }
    throw error;
  }

  async function settle(op: OutboxOp, result: OpResult): Promise<void> {
    await lock.runExclusive(() => applyResult(op, result, deps.now()));
    tell(op.id, result.kind === 'refused' ? { kind: 'refused', error: result.error } : { kind: 'done', result });
  }

  async function runOnce(): Promise<void> {
    const checked = new Set<string>(); // operations already compared with ClockMe's timer in this run
    for (;;) {
      // The key is read alongside the outbox (one round trip to storage, not two, before a request).
      const storedKey = requireKey(deps.now()).then(
        (key) => ({ key }),
        (error: unknown) => ({ error }),
      );
      const outbox = await update((current) => {
        const ops = compact(current.ops);
        if (ops.length === current.ops.length) return current;
        // Folding can empty the outbox: then nothing waits, so nothing is "offline" (a Retry-After still holds).
        return ops.length > 0 ? { ...current, ops } : { ...current, ops, offline: null };
      });
      const op = outbox.ops[0];
      if (!op) return stopRun({ kind: 'queued' });
      const now = deps.now();
      if (outbox.retryAt > now) {
        deps.wakeAt(outbox.retryAt);
        return stopRun({ kind: 'queued' });
      }
      const read = await storedKey;
      if ('error' in read) {
        if (read.error instanceof NoKeyError) return stopRun({ kind: 'queued' });
        throw read.error;
      }
      const { key } = read;
      try {
        if (needsCheck(op, now) && !checked.has(op.id)) {
          checked.add(op.id);
          const checking = deps.client.getCurrentTimer(key);
          void flushItems();
          const current = await checking;
          const known = reconcile(op, current);
          if (known) {
            await settle(op, known);
            continue;
          }
        }
        // `sent` (staged here) goes to storage in one call with the request budget's record, right
        // after the request is handed over and in the same step: Chrome stops a service worker
        // between steps, never inside one, so whenever the request went, storage says `sent`.
        await update((current) => ({ ...current, ops: current.ops.map((o) => (o.id === op.id ? { ...o, sent: true } : o)) }), true);
        const sending = send(deps.client, key, op);
        void flushItems(); // (the budget's wrapper has done so already; a client without one has not)
        // If the worker dies with this request in flight, an alarm brings it back to reconcile.
        deps.wakeAt(now + REQUEST_WATCHDOG_MS);
        await settle({ ...op, sent: true }, await sending);
      } catch (error) {
        if (!(await onFailure(key, op, error, op.sent))) return stopRun({ kind: 'queued' });
      }
    }
  }

  function drain(): Promise<void> {
    if (running) {
      again = true;
      void flushItems(); // what was just added waits for the run in progress: it goes to storage now
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await runOnce();
      } while (again);
    })().finally(() => {
      running = null;
      void flushItems(); // a run that sent nothing leaves nothing unwritten
    });
    return running;
  }

  return {
    update,
    drain,
    async enqueue(op) {
      return (await enqueueAll([op]))[0]!;
    },
    enqueueAll,
    outcomeOf(id) {
      return new Promise((resolve) => waiters.set(id, resolve));
    },
  };
}
