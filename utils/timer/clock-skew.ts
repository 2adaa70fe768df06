import type { ClockSkew } from '@/utils/storage';

/**
 * How far ClockMe's clock is from this computer's, from the `Date` header of ClockMe's answers.
 * A computer's clock can be minutes off; ClockMe's times (`startedAt`) are by its clock, so the
 * elapsed time and "not in the future" checks use ClockMe's now: `serverNow(now, skew)`.
 *
 * The `Date` header has one-second resolution and says when ClockMe made the answer, somewhere
 * between sending the request and the answer arriving. So the estimate pairs the middle of that
 * second (`Date + 500 ms`) with the middle of the round trip, and its uncertainty is half the
 * round trip plus half a second. A skew within its uncertainty is no evidence of any skew and is
 * ignored ({@link skewOffset}).
 */

/** A measured clock skew: ClockMe's clock − this computer's (ms; negative: ClockMe is behind), ± `uncertaintyMs`. */
export interface SkewEstimate {
  offsetMs: number;
  uncertaintyMs: number;
  /** When the answer arrived, by this computer's clock (epoch ms). */
  measuredAt: number;
}

/** Offsets beyond a day are not a clock's drift but a cached or proxied answer; they are ignored. */
export const MAX_PLAUSIBLE_SKEW_MS = 86_400_000;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)`;
const LONG_DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const TIME = String.raw`(\d{2}):(\d{2}):(\d{2})`;
/** `Sun, 06 Nov 1994 08:49:37 GMT` (IMF-fixdate, what servers send). */
const IMF = new RegExp(`^${DAY}, (\\d{2}) ([a-z]{3}) (\\d{4}) ${TIME} GMT$`, 'i');
/** `Sunday, 06-Nov-94 08:49:37 GMT` (obsolete RFC 850). */
const RFC850 = new RegExp(`^${LONG_DAY}, (\\d{2})-([a-z]{3})-(\\d{2}) ${TIME} GMT$`, 'i');
/** `Sun Nov  6 08:49:37 1994` (obsolete asctime, in UTC). */
const ASCTIME = new RegExp(`^${DAY} ([a-z]{3}) ([ \\d]\\d) ${TIME} (\\d{4})$`, 'i');

function toEpoch(year: number, monthName: string, day: number, hour: number, minute: number, second: number): number | null {
  const month = MONTHS.indexOf(monthName.toLowerCase());
  if (month < 0 || hour > 23 || minute > 59 || second > 60) return null;
  const epoch = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  return new Date(epoch).getUTCDate() === day ? epoch : null;
}

/**
 * Reads an HTTP-date (RFC 9110 §5.6.7: IMF-fixdate, or the obsolete RFC 850 and asctime forms,
 * all UTC) as epoch ms. `Date.parse` is not used: it reads asctime as local time and accepts
 * much that is not an HTTP-date.
 * @returns `null` when the header is missing or malformed.
 */
export function parseHttpDate(header: string | null | undefined): number | null {
  const value = header?.trim() ?? '';
  let match = IMF.exec(value);
  if (match) return toEpoch(Number(match[3]), match[2]!, Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6]));
  match = RFC850.exec(value);
  if (match) {
    // Two-digit years: 00–69 are 2000–2069 (RFC 9110 reads them as the most recent past century).
    const year = Number(match[3]);
    return toEpoch(year < 70 ? 2000 + year : 1900 + year, match[2]!, Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6]));
  }
  match = ASCTIME.exec(value);
  if (match) return toEpoch(Number(match[6]), match[1]!, Number(match[2]!.trim()), Number(match[3]), Number(match[4]), Number(match[5]));
  return null;
}

/**
 * Estimates the skew from one answer of ClockMe.
 * @param sentAt when the request was sent, by this computer's clock (epoch ms).
 * @param at when the answer arrived, by this computer's clock (epoch ms).
 * @param serverDate the answer's `Date` header (only from ClockMe's origin, never a cached answer).
 * @returns `null` when the header is missing, malformed or implausible (over a day off), or the
 *   computer's clock went backwards during the request (`at < sentAt`).
 */
export function estimateSkew({ sentAt, at, serverDate }: { sentAt: number; at: number; serverDate: string | null | undefined }): SkewEstimate | null {
  const server = parseHttpDate(serverDate);
  if (server === null || !Number.isFinite(sentAt) || !Number.isFinite(at) || at < sentAt) return null;
  const offsetMs = Math.round(server + 500 - (sentAt + at) / 2);
  if (Math.abs(offsetMs) > MAX_PLAUSIBLE_SKEW_MS) return null;
  return { offsetMs, uncertaintyMs: Math.ceil((at - sentAt) / 2 + 500), measuredAt: at };
}

/** The correction to apply (ms): the estimate's offset, or 0 when it is within its uncertainty (no evidence of skew). */
export function skewOffset(estimate: SkewEstimate): number {
  return Math.abs(estimate.offsetMs) > estimate.uncertaintyMs ? estimate.offsetMs : 0;
}

/** The estimate as it is stored (`clockSkewItem`): the correction to apply and when it was measured. */
export function toClockSkew(estimate: SkewEstimate): ClockSkew {
  return { offsetMs: skewOffset(estimate), measuredAt: estimate.measuredAt };
}

/**
 * ClockMe's time now (epoch ms), from this computer's `now` and the stored skew (a `ClockSkew`,
 * a plain offset in ms, or nothing known: `now` itself).
 */
export function serverNow(now: number, skew: ClockSkew | number | null | undefined): number {
  return now + (typeof skew === 'number' ? skew : (skew?.offsetMs ?? 0));
}
