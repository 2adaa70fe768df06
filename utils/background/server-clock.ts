import type { ServerAnswer } from '../clockme/client';
import { clockSkewItem } from '../storage';
import { estimateSkew, toClockSkew } from '../timer/clock-skew';

/** ClockMe's clock as the service worker knows it; see {@link createServerClock}. */
export interface ServerClock {
  /** ClockMe's time now (epoch ms): this computer's clock plus the last estimated skew. */
  now(): Promise<number>;
  /** Takes a new skew estimate from an answer of ClockMe (its `Date` header) and stores it. */
  record(answer: ServerAnswer): void;
}

/**
 * The clock the person's clicks are timed with. ClockMe's times (a timer's `startedAt`) are by
 * its clock; a computer's clock may be minutes off, so click times are taken on ClockMe's clock
 * (this computer's plus the skew estimated from the `Date` header, `utils/timer/clock-skew.ts`)
 * and a stop at 10:00 by ClockMe's clock ends the entry at 10:00 there. The stored estimate is
 * read once per service-worker start; `now()` waits for it, so a click that woke the worker is
 * timed with it too.
 * @param localNow this computer's clock (epoch ms), injected for tests.
 */
export function createServerClock(localNow: () => number = Date.now): ServerClock {
  let offsetMs = 0;
  const loaded = clockSkewItem.getValue().then((stored) => {
    offsetMs = stored?.offsetMs ?? 0;
  });
  return {
    async now() {
      await loaded;
      return localNow() + offsetMs;
    },
    record(answer) {
      const estimate = estimateSkew(answer);
      if (!estimate) return;
      const skew = toClockSkew(estimate);
      // An estimate within its uncertainty (offset 0) keeps a larger, better-founded one only if it still lies within that uncertainty.
      if (skew.offsetMs === 0 && Math.abs(offsetMs - (estimate.offsetMs)) <= estimate.uncertaintyMs) return;
      offsetMs = skew.offsetMs;
      void clockSkewItem.setValue(skew);
    },
  };
}
