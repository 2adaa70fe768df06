import fc from 'fast-check';
import { estimateSkew, parseHttpDate, serverNow, skewOffset, toClockSkew, type SkewEstimate } from '../clock-skew';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const at = (iso: string) => Date.parse(iso);

describe('parseHttpDate', () => {
  it.each<[string, string | null | undefined, number | null]>([
    ['IMF-fixdate', 'Sun, 29 Nov 2026 10:05:00 GMT', at('2026-11-29T10:05:00Z')],
    ['IMF-fixdate, any case, spaces around', '  sun, 29 nov 2026 10:05:00 gmt ', at('2026-11-29T10:05:00Z')],
    ['obsolete RFC 850', 'Sunday, 29-Nov-26 10:05:00 GMT', at('2026-11-29T10:05:00Z')],
    ['obsolete RFC 850, last century', 'Sunday, 06-Nov-94 08:49:37 GMT', at('1994-11-06T08:49:37Z')],
    ['obsolete asctime (UTC, not local time)', 'Sun Nov  6 08:49:37 1994', at('1994-11-06T08:49:37Z')],
    ['a leap second', 'Wed, 31 Dec 2016 23:59:60 GMT', at('2016-12-31T23:59:59Z')],
    ['missing', undefined, null],
    ['null', null, null],
    ['empty', '', null],
    ['garbage', 'yesterday', null],
    ['ISO-8601 is not an HTTP-date', '2026-11-29T10:05:00Z', null],
    ['a zone other than GMT', 'Sun, 29 Nov 2026 10:05:00 +0100', null],
    ['no zone', 'Sun, 29 Nov 2026 10:05:00', null],
    ['31 February', 'Tue, 31 Feb 2026 10:05:00 GMT', null],
    ['hour 25', 'Sun, 29 Nov 2026 25:05:00 GMT', null],
    ['unknown month', 'Sun, 29 Nox 2026 10:05:00 GMT', null],
    ['a number', '1796032800', null],
  ])('%s', (_name, header, expected) => {
    expect(parseHttpDate(header)).toBe(expected);
  });
});

describe('estimateSkew from the Date header', () => {
  const sentAt = at('2026-11-29T10:00:00.000Z');
  const httpDate = (epochMs: number) => new Date(epochMs).toUTCString();

  it.each<[string, { sentAt: number; at: number; serverDate: string | null }, SkewEstimate | null, number]>([
    // ClockMe answered at 10:05:00.x by its clock while this computer's read 10:00:00.1 (midpoint).
    ['this computer 5 minutes behind ClockMe', { sentAt, at: sentAt + 200, serverDate: httpDate(sentAt + 5 * MINUTE) }, { offsetMs: 5 * MINUTE + 400, uncertaintyMs: 600, measuredAt: sentAt + 200 }, 5 * MINUTE + 400],
    ['this computer 5 minutes ahead of ClockMe', { sentAt, at: sentAt + 200, serverDate: httpDate(sentAt - 5 * MINUTE) }, { offsetMs: -5 * MINUTE + 400, uncertaintyMs: 600, measuredAt: sentAt + 200 }, -5 * MINUTE + 400],
    ['a tiny skew within the uncertainty is ignored', { sentAt, at: sentAt + 200, serverDate: httpDate(sentAt) }, { offsetMs: 400, uncertaintyMs: 600, measuredAt: sentAt + 200 }, 0],
    ['a slow answer cannot show a small skew', { sentAt, at: sentAt + 4 * SECOND, serverDate: httpDate(sentAt + 3 * SECOND) }, { offsetMs: 1500, uncertaintyMs: 2500, measuredAt: sentAt + 4 * SECOND }, 0],
    ['a slow answer still shows a large one', { sentAt, at: sentAt + 4 * SECOND, serverDate: httpDate(sentAt + 2 * MINUTE) }, { offsetMs: 2 * MINUTE - 1500, uncertaintyMs: 2500, measuredAt: sentAt + 4 * SECOND }, 2 * MINUTE - 1500],
    ['a malformed header is ignored', { sentAt, at: sentAt + 200, serverDate: 'Sun, 29 Nov 2026 10:05 GMT' }, null, 0],
    ['no header is ignored', { sentAt, at: sentAt + 200, serverDate: null }, null, 0],
    ["this computer's clock went back during the request", { sentAt, at: sentAt - 50, serverDate: httpDate(sentAt) }, null, 0],
    ['over a day off is a cached answer, not a clock', { sentAt, at: sentAt + 200, serverDate: httpDate(sentAt - 2 * 24 * HOUR) }, null, 0],
  ])('%s', (_name, input, estimate, applied) => {
    expect(estimateSkew(input)).toEqual(estimate);
    if (estimate) {
      expect(skewOffset(estimate)).toBe(applied);
      expect(toClockSkew(estimate)).toEqual({ offsetMs: applied, measuredAt: estimate.measuredAt });
    }
  });

  it('the true skew (up to ±5 minutes) is always within the estimate’s uncertainty, whatever the latency', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5 * MINUTE, max: 5 * MINUTE }),
        fc.integer({ min: at('2026-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z') }),
        fc.integer({ min: 0, max: 5 * SECOND }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (trueOffset, sent, roundTrip, whenAnswered) => {
          const answeredLocal = sent + roundTrip * whenAnswered;
          const estimate = estimateSkew({ sentAt: sent, at: sent + roundTrip, serverDate: httpDate(answeredLocal + trueOffset) })!;
          expect(Math.abs(estimate.offsetMs - trueOffset)).toBeLessThanOrEqual(estimate.uncertaintyMs);
          // What is applied never over-corrects by more than the uncertainty either.
          expect(Math.abs(skewOffset(estimate) - trueOffset)).toBeLessThanOrEqual(2 * estimate.uncertaintyMs);
        },
      ),
    );
  });
});

describe('serverNow', () => {
  const now = at('2026-11-29T10:00:00Z');
  it.each<[string, Parameters<typeof serverNow>[1], number]>([
    ['nothing known', null, now],
    ['not yet read', undefined, now],
    ['ClockMe 5 minutes ahead', { offsetMs: 5 * MINUTE, measuredAt: now - HOUR }, now + 5 * MINUTE],
    ['ClockMe 5 minutes behind', { offsetMs: -5 * MINUTE, measuredAt: now - HOUR }, now - 5 * MINUTE],
    ['a plain offset', 1500, now + 1500],
  ])('%s', (_name, skew, expected) => {
    expect(serverNow(now, skew)).toBe(expected);
  });
});
