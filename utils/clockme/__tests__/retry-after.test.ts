import fc from 'fast-check';
import { parseRetryAfter, RETRY_AFTER_MAX_MS, RETRY_AFTER_MIN_MS } from '../retry-after';

const NOW = Date.parse('2026-11-29T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each<[string | null, number | undefined]>([
    ['3', 3_000],
    [' 7 ', 7_000],
    ['0', RETRY_AFTER_MIN_MS],
    ['86400', RETRY_AFTER_MAX_MS],
    ['Sun, 29 Nov 2026 12:00:10 GMT', 10_000],
    ['Sun, 29 Nov 2026 11:00:00 GMT', RETRY_AFTER_MIN_MS],
    ['Mon, 30 Nov 2026 12:00:00 GMT', RETRY_AFTER_MAX_MS],
    [null, undefined],
    ['', undefined],
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    ['2026-11-29T12:00:10Z', undefined],
    ['Sun, 29 Nov 2026 12:00:10', undefined],
  ])('%j → %j ms', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it('always waits 1 s–15 min for any delta-seconds, and exactly the asked time inside that range', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (seconds) => {
        const ms = parseRetryAfter(String(seconds), NOW)!;
        expect(ms).toBeGreaterThanOrEqual(RETRY_AFTER_MIN_MS);
        expect(ms).toBeLessThanOrEqual(RETRY_AFTER_MAX_MS);
        if (seconds >= 1 && seconds <= 900) expect(ms).toBe(seconds * 1000);
      }),
    );
  });

  it('reads any HTTP-date as the time until then, clamped', () => {
    fc.assert(
      fc.property(fc.integer({ min: -86_400, max: 86_400 }), (offsetSeconds) => {
        const header = new Date(NOW + offsetSeconds * 1000).toUTCString();
        const ms = parseRetryAfter(header, NOW)!;
        expect(ms).toBe(Math.min(RETRY_AFTER_MAX_MS, Math.max(RETRY_AFTER_MIN_MS, offsetSeconds * 1000)));
      }),
    );
  });

  it('never throws, whatever the header says', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const ms = parseRetryAfter(value, NOW);
        expect(ms === undefined || (ms >= RETRY_AFTER_MIN_MS && ms <= RETRY_AFTER_MAX_MS)).toBe(true);
      }),
    );
  });
});
