import { describeElapsed, elapsedMs, formatElapsed } from '../elapsed';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('formatElapsed', () => {
  it.each([
    [0, '0:00:00'],
    [999, '0:00:00'],
    [SECOND, '0:00:01'],
    [59 * SECOND, '0:00:59'],
    [59 * SECOND + 999, '0:00:59'],
    [MINUTE, '0:01:00'],
    [7 * MINUTE + 5 * SECOND, '0:07:05'],
    [HOUR - SECOND, '0:59:59'],
    [HOUR, '1:00:00'],
    [12 * HOUR + 34 * MINUTE + 56 * SECOND, '12:34:56'],
    [99 * HOUR + 59 * MINUTE + 59 * SECOND, '99:59:59'],
    [100 * HOUR, '100:00:00'],
    [-SECOND, '0:00:00'],
    [-5 * HOUR, '0:00:00'],
  ])('shows %i ms as %s', (ms, shown) => {
    expect(formatElapsed(ms)).toBe(shown);
  });
});

describe('describeElapsed (for screen readers)', () => {
  it.each([
    [0, '0 seconds'],
    [SECOND, '1 second'],
    [59 * SECOND, '59 seconds'],
    [MINUTE, '1 minute'],
    [MINUTE + 30 * SECOND, '1 minute'],
    [7 * MINUTE, '7 minutes'],
    [HOUR, '1 hour'],
    [HOUR + 7 * MINUTE, '1 hour, 7 minutes'],
    [2 * HOUR + MINUTE, '2 hours, 1 minute'],
    [99 * HOUR + 59 * MINUTE + 59 * SECOND, '99 hours, 59 minutes'],
    [100 * HOUR, '100 hours'],
    [-MINUTE, '0 seconds'],
  ])('reads %i ms as "%s"', (ms, spoken) => {
    expect(describeElapsed(ms)).toBe(spoken);
  });
});

describe('elapsedMs', () => {
  const start = '2026-11-29T10:00:00Z';
  const startMs = Date.UTC(2026, 10, 29, 10, 0, 0);

  it.each([
    ['at the start', start, startMs, 0],
    ['59 seconds later', start, startMs + 59 * SECOND, 59 * SECOND],
    ['an hour later', start, startMs + HOUR, HOUR],
    ['99:59:59 later', start, startMs + 99 * HOUR + 59 * MINUTE + 59 * SECOND, 99 * HOUR + 59 * MINUTE + 59 * SECOND],
    ['100 hours later', start, startMs + 100 * HOUR, 100 * HOUR],
    ['with a local clock behind ClockMe (never negative)', start, startMs - 3 * SECOND, 0],
    ['with a start time in another offset', '2026-11-29T11:00:00+01:00', startMs + MINUTE, MINUTE],
    ['with milliseconds in the start time', '2026-11-29T10:00:00.500Z', startMs + 2 * SECOND, 1500],
    ['with an unparseable start time', 'not a date', startMs, 0],
    ['with an empty start time', '', startMs, 0],
  ])('measures %s', (_name, startedAt, now, expected) => {
    expect(elapsedMs(startedAt, now)).toBe(expected);
  });

  it('shows H:MM:SS derived from startedAt and the clock together', () => {
    expect(formatElapsed(elapsedMs(start, startMs + 3 * HOUR + 2 * MINUTE + SECOND))).toBe('3:02:01');
  });
});

describe('elapsed time when the clock, the zone or the computer changes', () => {
  const at = (iso: string) => Date.parse(iso);

  it.each<[string, string, number, number]>([
    // Epoch-based: the wall clock jumps, the elapsed time does not.
    ['over spring forward in Berlin (01:30 CET → 03:30 CEST is 1 h)', '2026-03-29T00:30:00Z', at('2026-03-29T01:30:00Z'), HOUR],
    ['over fall back in Berlin (02:30 CEST → 02:30 CET is 1 h)', '2026-10-25T00:30:00Z', at('2026-10-25T01:30:00Z'), HOUR],
    ['over fall back in New York (01:30 EDT → 01:30 EST is 1 h)', '2026-11-01T05:30:00Z', at('2026-11-01T06:30:00Z'), HOUR],
    ['over the 30-minute change on Lord Howe (01:45 → 01:45 is 30 min)', '2026-04-04T14:45:00Z', at('2026-04-04T15:15:00Z'), 30 * MINUTE],
    ['after the computer slept for an hour', '2026-11-29T10:00:00Z', at('2026-11-29T10:00:05Z') + HOUR, HOUR + 5 * SECOND],
  ])('%s', (_name, startedAt, now, expected) => {
    expect(elapsedMs(startedAt, now)).toBe(expected);
  });

  it('jumps by exactly the time slept: it is now − start, never a count of ticks', () => {
    const start = '2026-11-29T10:00:00Z';
    const beforeSleep = at('2026-11-29T10:20:00Z');
    const shown = [beforeSleep, beforeSleep + SECOND, beforeSleep + SECOND + HOUR, beforeSleep + 2 * SECOND + HOUR].map((now) => formatElapsed(elapsedMs(start, now)));
    expect(shown).toEqual(['0:20:00', '0:20:01', '1:20:01', '1:20:02']);
  });

  it('does not change when the person moves to another time zone while it runs', () => {
    // Same instants; only the zone the start is displayed in differs (see format-time.test.ts).
    const start = '2026-11-29T09:00:00Z';
    const now = at('2026-11-29T11:30:00Z');
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe']) {
      expect({ zone, elapsed: elapsedMs(start, now) }).toEqual({ zone, elapsed: 2 * HOUR + 30 * MINUTE });
    }
  });

  // ClockMe started the timer at 10:00:00 by its clock; skew = ClockMe's clock − this computer's.
  it.each<[string, number, number, number]>([
    ['this computer 5 min ahead, skew known', 5 * MINUTE + 10 * SECOND, -5 * MINUTE, 10 * SECOND],
    ['this computer 5 min ahead, skew unknown (shows 5 min too much)', 5 * MINUTE + 10 * SECOND, 0, 5 * MINUTE + 10 * SECOND],
    ['this computer 5 min behind, skew known', -5 * MINUTE + 10 * SECOND, 5 * MINUTE, 10 * SECOND],
    ['this computer 5 min behind, skew unknown: 0, never negative', -5 * MINUTE + 10 * SECOND, 0, 0],
    ['this computer 5 min behind, right at the start', -5 * MINUTE, 0, 0],
    ['an over-corrected skew: still never negative', 10 * SECOND, -MINUTE, 0],
  ])('%s', (_name, localOffsetFromStart, skewMs, expected) => {
    const startMs = at('2026-11-29T10:00:00Z');
    expect(elapsedMs('2026-11-29T10:00:00Z', startMs + localOffsetFromStart, skewMs)).toBe(expected);
  });
});
