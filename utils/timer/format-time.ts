import { uiLocale } from '@/utils/i18n';
import { browserTimeZone } from './zone-offset';

/**
 * Instants (epoch ms) as people read them, in the UI language and a time zone (default: the
 * browser's *current* one, so after a move to another zone a running timer's start shows in the
 * new zone while its elapsed time, which is epoch-based, does not change).
 */

/** Time of day: "10:05 AM" (en-US), "10:05" (de). */
export function formatTimeOfDay(epochMs: number, locale: string = uiLocale(), timeZone: string = browserTimeZone()): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(epochMs);
}

/** Time of day with the zone's UTC offset, to tell the two 2:30s of a fall-back night apart: "2:30 AM GMT+2", "02:30 GMT+1". */
export function formatTimeWithOffset(epochMs: number, locale: string = uiLocale(), timeZone: string = browserTimeZone()): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'shortOffset' }).format(epochMs);
}

/** A calendar day: "Sun, March 29" (en-US), "So., 29. März" (de). */
export function formatDay(epochMs: number, locale: string = uiLocale(), timeZone: string = browserTimeZone()): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'long' }).format(epochMs);
}
