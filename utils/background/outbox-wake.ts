import { browser } from 'wxt/browser';

/** The alarm that drains the outbox after a wait, also when Chrome stopped the service worker meanwhile. */
export const OUTBOX_ALARM = 'outbox-retry';

/**
 * Builds `wakeAt(at)` for the outbox: a timer for the wait (Chrome keeps a busy worker alive)
 * plus an alarm at the same time, which also wakes a stopped worker. Chrome fires alarms of a
 * packed extension no sooner than 30 s after they are set, so short waits rely on the timer and
 * the alarm is the safety net; waits of 30 s or more rely on the alarm.
 */
export function createWakeAt(drain: () => Promise<void>, now: () => number = Date.now): (at: number) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (at) => {
    clearTimeout(timer);
    const delay = Math.max(0, at - now());
    if (delay < 30_000) timer = setTimeout(() => void drain(), delay);
    void browser.alarms.create(OUTBOX_ALARM, { when: at });
  };
}

/** Drains the outbox on its alarm and once now (a restarted worker finishes what was waiting). Call at service-worker start. */
export function registerOutbox(drain: () => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void drain();
  });
  void drain();
}
