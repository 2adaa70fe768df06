import type { ClockMeClient } from '../clockme/client';
import { createKeyActions, type KeyActions } from './key-actions';
import { createTimerActions, type TimerActions } from './timer-actions';
import { createWithKey } from './with-key';

/** Everything the service worker does on request: one action per message, plus `toggle` for the shortcut. */
export type BackgroundActions = KeyActions & Omit<TimerActions, 'ops' | 'serialise'>;

/** Builds the background's actions over an API client; `now` gives epoch ms (injected for tests). */
export function createBackgroundActions(client: ClockMeClient, now: () => number = Date.now): BackgroundActions {
  const withKey = createWithKey(now);
  const timer = createTimerActions(client, withKey, now);
  const { ops, serialise, ...timerMessages } = timer;
  return { ...timerMessages, ...createKeyActions(client, withKey, timer, now) };
}
