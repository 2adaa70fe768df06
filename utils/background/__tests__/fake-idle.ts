import { fakeBrowser } from 'wxt/testing';
import type { IdleState } from '../idle';

/**
 * `chrome.idle` for the background's tests (WXT's fake browser has none): the state the person is
 * in, what the extension asked, and `become(state)`, which changes the state and fires
 * `idle.onStateChanged` the way Chrome does. Install it in `beforeEach`, after `fakeBrowser.reset()`.
 */
export interface FakeIdle {
  state: IdleState;
  /** Every interval passed to `setDetectionInterval` (s), in order. */
  readonly detectionIntervals: number[];
  /** Every interval passed to `queryState` (s), in order. */
  readonly queried: number[];
  /** Changes the state and awaits every `onStateChanged` listener. */
  become(state: IdleState): Promise<void>;
}

export function installFakeIdle(): FakeIdle {
  const listeners: Array<(state: IdleState) => unknown> = [];
  const fake: FakeIdle = {
    state: 'active',
    detectionIntervals: [],
    queried: [],
    async become(state) {
      fake.state = state;
      await Promise.all(listeners.map((listener) => listener(state)));
    },
  };
  Object.assign(fakeBrowser.idle, {
    queryState: async (seconds: number) => {
      fake.queried.push(seconds);
      return fake.state;
    },
    setDetectionInterval: (seconds: number) => void fake.detectionIntervals.push(seconds),
    onStateChanged: {
      addListener: (listener: (state: IdleState) => unknown) => void listeners.push(listener),
      removeListener: (listener: (state: IdleState) => unknown) => void listeners.splice(listeners.indexOf(listener) >>> 0, 1),
      hasListener: (listener: (state: IdleState) => unknown) => listeners.includes(listener),
      hasListeners: () => listeners.length > 0,
    },
  });
  return fake;
}
