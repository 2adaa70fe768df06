import { browser } from 'wxt/browser';
import { connectionItem, timerItem } from '../storage';
import { minEventPollGapMs, pollPeriodMinutes, pollScale } from './poll-cadence';

/** This build's poll scale: 1, or the test-only `WXT_TEST_POLL_SCALE` (see `pollScale`). */
const POLL_SCALE = pollScale(import.meta.env.WXT_TEST_POLL_SCALE);

/** The alarm that reads the timer from ClockMe (see `pollPeriodMinutes`). */
export const POLL_ALARM = 'poll-timer';

/** Reads the timer from ClockMe (`GET /api/timer/current`) and stores it; a failure is not thrown. */
export type ReadTimer = () => Promise<unknown>;

/** Creates, changes or clears the poll alarm to match the stored key and timer. */
export async function schedulePoll(): Promise<void> {
  const [connection, snapshot] = await Promise.all([connectionItem.getValue(), timerItem.getValue()]);
  const period = pollPeriodMinutes(connection, snapshot, POLL_SCALE);
  if (period === null) {
    await browser.alarms.clear(POLL_ALARM);
    return;
  }
  const existing = await browser.alarms.get(POLL_ALARM);
  if (existing?.periodInMinutes !== period) await browser.alarms.create(POLL_ALARM, { delayInMinutes: period, periodInMinutes: period });
}

/**
 * One read at a time: a read asked for while one is in flight joins it; a read triggered by an
 * event is skipped when the last one began less than `minGapMs` ago. The alarm's reads are
 * never skipped for the gap (they are the cadence).
 */
export function createPoller(read: ReadTimer, now: () => number = Date.now, minGapMs = minEventPollGapMs(POLL_SCALE)) {
  let inFlight: Promise<void> | null = null;
  let lastAt = -Infinity;
  return function poll(trigger: 'alarm' | 'event'): Promise<void> {
    if (inFlight) return inFlight;
    if (trigger === 'event' && now() - lastAt < minGapMs) return Promise.resolve();
    lastAt = now();
    inFlight = read()
      .then(() => undefined)
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
}

/**
 * Keeps the stored timer in step with ClockMe's other clients (hooks, MCP, the dashboard): reads
 * it on the poll alarm, on browser start and when the person comes back to the computer
 * (idle → active), and re-plans the alarm whenever the key or the timer changes. A read never
 * holds up a start or stop. Registers its listeners synchronously; call at service-worker start.
 */
export function registerPolling(read: ReadTimer): void {
  const poll = createPoller(read);
  const replan = () => void schedulePoll();
  connectionItem.watch(replan);
  timerItem.watch(replan);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) void poll('alarm');
  });
  // A browser start; and an install or update, which is also what a browser start looks like to
  // an extension loaded from the command line.
  browser.runtime.onStartup.addListener(() => void poll('event'));
  browser.runtime.onInstalled.addListener(() => void poll('event'));
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'active') void poll('event');
  });
  replan();
}
