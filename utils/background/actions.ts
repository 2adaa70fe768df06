import type { ClockMeClient } from '../clockme/client';
import { createKeyActions, type KeyActions } from './key-actions';
import { createOutbox, type OutboxDeps } from './outbox';
import { createTimerActions, type TimerActions } from './timer-actions';
import { createWithKey } from './with-key';

/** Everything the service worker does on request: one action per message, plus `toggle` for the shortcut and `drainOutbox`. */
export type BackgroundActions = KeyActions &
  Omit<TimerActions, 'ops' | 'serialise'> & {
    /** Sends what waits in the outbox (on an alarm, at worker start). */
    drainOutbox(): Promise<void>;
  };

/**
 * Builds the background's actions over an API client.
 * @param options `now` gives epoch ms, `random` numbers in [0, 1) for backoff jitter, `wakeAt`
 *   asks for the outbox to be drained again at a time (ms), `clickNow` times the person's clicks
 *   on ClockMe's clock (default: `now`); all injected for tests.
 */
export function createBackgroundActions(client: ClockMeClient, options: Partial<Omit<OutboxDeps, 'client'> & { clickNow: () => Promise<number> }> = {}): BackgroundActions {
  const now = options.now ?? Date.now;
  const outbox = createOutbox({ client, now, random: options.random ?? Math.random, wakeAt: options.wakeAt ?? (() => undefined) });
  const withKey = createWithKey(now);
  const timer = createTimerActions(client, withKey, outbox, now, options.clickNow);
  const { ops, serialise, ...timerMessages } = timer;
  return { ...timerMessages, ...createKeyActions(client, withKey, timer, now, outbox), drainOutbox: () => outbox.drain() };
}
