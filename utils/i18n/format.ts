import { uiLocale } from './index';

/**
 * Times, dates and durations as people read them, in the browser's language (`uiLocale()`) and,
 * unless `timeZone` is given, the person's time zone. Formatters are made per call: the language
 * is read from the browser each time (cheap, and tests can change it).
 */

/** A time of day: "10:42 AM" (en-US), "10:42" (de). @param at epoch ms. @param timeZone an IANA zone, for tests. */
export function formatTime(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { timeStyle: 'short', timeZone }).format(at);
}

/** A day without the year: "Nov 28" (en-US), "28 Nov" (en-GB), "28. Nov." (de). @param at epoch ms. */
export function formatDayMonth(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'short' }).format(at);
}

/** A date and time: "Nov 28, 2026, 6:05 PM" (en-US), "28.11.2026, 18:05" (de). @param at epoch ms. */
export function formatDateTime(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/**
 * A duration in whole hours and minutes, rounded down: "7 min", "1 hr 12 min" (en-US),
 * "1 Std., 12 Min." (de); "0 min" under a minute. `Intl.DurationFormat` would do this in one
 * call, but Node 20 (the tests) lacks it, so this is its unit-list form built from
 * `Intl.NumberFormat` units and `Intl.ListFormat`.
 * @param ms a duration in milliseconds (negative counts as 0).
 */
export function formatHoursMinutes(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  const hours = Math.floor(minutes / 60);
  const unit = (value: number, name: 'hour' | 'minute') => new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const parts = hours ? [unit(hours, 'hour'), ...(minutes % 60 ? [unit(minutes % 60, 'minute')] : [])] : [unit(minutes, 'minute')];
  return new Intl.ListFormat(uiLocale(), { type: 'unit', style: 'narrow' }).format(parts);
}
