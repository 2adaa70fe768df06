import fc from 'fast-check';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, BACKOFF_FLOOR_MS, backoffMs } from '../backoff';
import { EMPTY_BUDGET, nextSendAt, recordSend, REQUESTS_PER_MINUTE, type BudgetState } from '../budget';

describe('backoffMs', () => {
  it('stays within [floor, min(cap, base × 2^(n−1))] for any failure count and random number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (failures, random) => {
        const wait = backoffMs(failures, random);
        const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 30));
        expect(wait).toBeGreaterThanOrEqual(BACKOFF_FLOOR_MS);
        expect(wait).toBeLessThanOrEqual(Math.max(BACKOFF_FLOOR_MS, ceiling));
        expect(Number.isInteger(wait)).toBe(true);
      }),
    );
  });

  it('grows with failures and reaches the cap', () => {
    expect(backoffMs(1, 0.999)).toBeLessThanOrEqual(1_000);
    expect(backoffMs(4, 0.999)).toBeGreaterThan(7_000);
    expect(backoffMs(100, 0.999)).toBeGreaterThan(BACKOFF_CAP_MS - 1_000);
  });
});

describe('request budget', () => {
  it(`never lets more than ${REQUESTS_PER_MINUTE} requests into any 60 s, however they are asked for`, () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 120 }), (gaps) => {
        let state: BudgetState = EMPTY_BUDGET;
        let now = 0;
        const sent: number[] = [];
        for (const gap of gaps) {
          now = nextSendAt(state, now + gap);
          state = recordSend(state, now);
          sent.push(now);
        }
        for (const at of sent) expect(sent.filter((other) => other >= at && other < at + 60_000).length).toBeLessThanOrEqual(REQUESTS_PER_MINUTE);
      }),
    );
  });

  it('sends at once while under the limit, and honours a hold', () => {
    expect(nextSendAt(EMPTY_BUDGET, 1_000)).toBe(1_000);
    expect(nextSendAt({ ...EMPTY_BUDGET, holdUntil: 4_000 }, 1_000)).toBe(4_000);
  });
});
