import type { Connection, TimerSnapshot } from '../storage';

/** Minutes between two background reads of `GET /api/timer/current` while a timer runs. */
export const POLL_RUNNING_MINUTES = 1;
/** Minutes between two background reads while no timer runs. */
export const POLL_IDLE_MINUTES = 2;

/**
 * Test-only build flag `WXT_TEST_POLL_SCALE` (a number in (0, 1], default 1): multiplies the
 * poll periods, so end-to-end tests of an unpacked build (where Chrome does not throttle alarms)
 * need not wait minutes. Anything else is ignored.
 */
export function pollScale(raw: unknown): number {
  const scale = Number(raw);
  return Number.isFinite(scale) && scale > 0 && scale <= 1 ? scale : 1;
}

/**
 * How often the service worker reads the timer from ClockMe, in minutes (pure): every minute
 * while a timer runs, every two otherwise, scaled by `scale`; `null` (no polling) without a
 * usable key. That is at most 1 request a minute, under the 3-a-minute background budget and
 * far under ClockMe's 60/min Free plan.
 */
export function pollPeriodMinutes(connection: Connection, snapshot: TimerSnapshot | null, scale: number): number | null {
  if (connection.state !== 'connected') return null;
  return (snapshot?.timer ? POLL_RUNNING_MINUTES : POLL_IDLE_MINUTES) * scale;
}

/**
 * The least time (ms) between two reads triggered by events (browser start, the person coming
 * back to the computer) rather than by the poll alarm, so bursts of events cost one request.
 */
export function minEventPollGapMs(scale: number): number {
  return 20_000 * scale;
}
