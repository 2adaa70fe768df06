import { uiLocale } from '@/utils/i18n';
import { cachedFormatter } from './intl-cache';
import { browserTimeZone } from './zone-offset';

/**
 * Instants (epoch ms) as people read them, in the UI language and a time zone (default: the
 * browser's *current* one, so after a move to another zone a running timer's start shows in the
 * new zone while its elapsed time, which is epoch-based, does not change). Formatters are built
 * once per locale, zone and style ({@link cachedFormatter}).
 */

/** Time of day: "10:05 AM" (en-US), "10:05" (de). */
export function formatTimeOfDay(epochMs: number, locale: string = uiLocale(), timeZone: string = browserTimeZone()): string {
  return cachedFormatter(Intl.DateTimeFormat, locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(epochMs);
}

/** Time of day with the zone's UTC offset, to tell the two 2:30s of a fall-back night apart: "2:30 AM GMT+2", "02:30 GMT+1". */
export function formatTimeWithOffset(epochMs: number, locale: string = uiLocale(), timeZone: string = browserTimeZone()): string {
  return cachedFormatter(Intl.DateTimeFormat, locale, { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'shortOffset' }).format(epochMs);
}

/** A calendar day: "Sun, March 29" (en-US), "So., 29. März" (de). */
export function formatDay(epochMs: number, locale: string = uiLocale(), timeZone: string = browserTimeZone()): string {
  return cachedFormatter(Intl.DateTimeFormat, locale, { timeZone, weekday: 'short', day: 'numeric', month: 'long' }).format(epochMs);
}

/** A day without the year: "Nov 28" (en-US), "28. Nov." (de). */
export function formatDayMonth(epochMs: number, locale: string = uiLocale(), timeZone: string = browserTimeZone()): string {
  return cachedFormatter(Intl.DateTimeFormat, locale, { timeZone, day: 'numeric', month: 'short' }).format(epochMs);
}

/** A date and time: "Nov 28, 2026, 6:05 PM" (en-US), "28.11.2026, 18:05" (de). */
export function formatDateTime(epochMs: number, locale: string = uiLocale(), timeZone: string = browserTimeZone()): string {
  return cachedFormatter(Intl.DateTimeFormat, locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}
