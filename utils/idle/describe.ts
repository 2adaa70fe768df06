import { uiLocale } from '../i18n';

/**
 * Words for the idle question, shared by the popup and the notification: times and durations
 * through `Intl` in the browser's language. `timeZone` is for tests (the person's own by default).
 */

/** A time of day as the person reads it, e.g. `10:02 AM` (en-US) or `10:02` (de). `at`: epoch ms. */
export function clockTime(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { timeStyle: 'short', timeZone }).format(at);
}

/**
 * Whole minutes between two times as the clock shows them (`from` 10:02:50 to 10:44:10 is 42, as
 * "10:02 to 10:44" reads), never negative. Epoch ms.
 */
export function clockMinutesBetween(from: number, to: number): number {
  return Math.max(0, Math.floor(to / 60_000) - Math.floor(from / 60_000));
}

/** A duration in whole minutes, short: `42 min`, `1 hr, 5 min` (en-US); `42 Min.`, `1 Std., 5 Min.` (de). */
export function formatMinutes(minutes: number): string {
  const locale = uiLocale();
  const unit = (value: number, name: 'hour' | 'minute') => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return unit(rest, 'minute');
  if (rest === 0) return unit(hours, 'hour');
  return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format([unit(hours, 'hour'), unit(rest, 'minute')]);
}

/** What a timer runs on, as one line: `Website — Fix login`, or the project alone. */
export function timerLine(projectName: string, description: string | null): string {
  return description ? `${projectName} — ${description}` : projectName;
}
