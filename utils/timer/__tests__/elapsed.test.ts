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
