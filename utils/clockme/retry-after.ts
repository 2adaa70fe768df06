/** The shortest wait a `Retry-After` can ask for: 1 s. */
export const RETRY_AFTER_MIN_MS = 1_000;
/** The longest wait a `Retry-After` can ask for: 15 min (a longer one is a server bug; backoff takes over after it). */
export const RETRY_AFTER_MAX_MS = 15 * 60_000;

/** An HTTP-date (RFC 9110, IMF-fixdate), e.g. `Sun, 29 Nov 2026 12:00:00 GMT`. */
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * How long a `Retry-After` header asks to wait, in ms, clamped to 1 s–15 min: delta-seconds
 * (`"3"`) or an HTTP-date (a date in the past waits 1 s). `undefined` when the header is absent
 * or malformed (the caller falls back to its backoff). [published] 429 on ClockMe's rate limits;
 * [assumed] that it carries `Retry-After` (both forms are standard HTTP).
 * @param now epoch ms, for the HTTP-date form.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else if (HTTP_DATE.test(text) && !Number.isNaN(Date.parse(text))) ms = Date.parse(text) - now;
  else return undefined;
  return Math.min(RETRY_AFTER_MAX_MS, Math.max(RETRY_AFTER_MIN_MS, ms));
}
