import fc from 'fast-check';
import { formatBadgeElapsed, nextBadgeChangeAt } from '../badge-text';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('formatBadgeElapsed', () => {
  it.each<[string, number, string]>([
    ['0 s', 0, '0:00'],
    ['59 s', 59 * SECOND, '0:00'],
    ['1 min', MINUTE, '0:01'],
    ['7 min 59 s', 7 * MINUTE + 59 * SECOND, '0:07'],
    ['1 h', HOUR, '1:00'],
    ['12 h 34 min', 12 * HOUR + 34 * MINUTE, '12:34'],
    ['99 h', 99 * HOUR, '99:00'],
    ['99 h 59 min 59 s', 100 * HOUR - SECOND, '99:59'],
    ['100 h', 100 * HOUR, '99+'],
    ['1000 h', 1000 * HOUR, '99+'],
    ['negative skew', -5 * SECOND, '0:00'],
  ])('%s → %s', (_name, ms, text) => {
    expect(formatBadgeElapsed(ms)).toBe(text);
  });

  it('always fits the badge: at most 5 characters, and never goes backwards as time passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -HOUR, max: 200 * HOUR }), fc.integer({ min: 0, max: HOUR }), (ms, later) => {
        const text = formatBadgeElapsed(ms);
        expect(text.length).toBeLessThanOrEqual(5);
        const minutes = (value: string) => (value === '99+' ? Infinity : Number(value.split(':')[0]) * 60 + Number(value.split(':')[1]));
        expect(minutes(formatBadgeElapsed(ms + later))).toBeGreaterThanOrEqual(minutes(text));
      }),
    );
  });
});

describe('nextBadgeChangeAt', () => {
  const start = Date.parse('2026-11-29T10:00:40Z');

  it('is the next whole minute of elapsed time, not of the wall clock', () => {
    expect(nextBadgeChangeAt(start, start)).toBe(start + MINUTE);
    expect(nextBadgeChangeAt(start, start + 59 * SECOND)).toBe(start + MINUTE);
    expect(nextBadgeChangeAt(start, start + MINUTE)).toBe(start + 2 * MINUTE);
  });

  it('waits a minute when the timer started in the future (clock skew)', () => {
    expect(nextBadgeChangeAt(start + 5 * SECOND, start)).toBe(start + 5 * SECOND + MINUTE);
  });

  it('is always later than now, and the text changes exactly then', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 * HOUR }), (elapsed) => {
        const now = start + elapsed;
        const at = nextBadgeChangeAt(start, now);
        expect(at).toBeGreaterThan(now);
        expect(at - now).toBeLessThanOrEqual(MINUTE);
        if (elapsed < 99 * HOUR) expect(formatBadgeElapsed(at - start)).not.toBe(formatBadgeElapsed(elapsed));
        expect(formatBadgeElapsed(at - 1 - start)).toBe(formatBadgeElapsed(elapsed));
      }),
    );
  });
});
