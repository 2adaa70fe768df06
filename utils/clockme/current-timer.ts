import type { Timer } from './schemas';

/** What the extension shows of `GET /api/timer/current`: the newest running timer and how many others run. */
export interface CurrentTimer {
  timer: Timer | null;
  /** Timers running besides `timer` (0 while ClockMe allows one timer per user). */
  othersRunning: number;
}

/** Picks the most recently started timer from a list of running timers. Pure. */
export function pickCurrentTimer(timers: readonly Timer[]): CurrentTimer {
  const newest = timers.reduce<Timer | null>(
    (best, timer) => (best === null || Date.parse(timer.startedAt) > Date.parse(best.startedAt) ? timer : best),
    null,
  );
  return { timer: newest, othersRunning: Math.max(0, timers.length - 1) };
}
