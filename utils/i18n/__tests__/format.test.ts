import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatDateTime, formatDayMonth, formatHoursMinutes, formatTime } from '../format';

const AT = Date.UTC(2026, 10, 28, 18, 5);
const MINUTE = 60_000;

/** The browser's UI language for this test (vitest.setup.ts puts `en-US` back before each test). */
function browserLanguage(tag: string) {
  fakeBrowser.i18n.getUILanguage = () => tag;
}

describe('formatting in the browser language', () => {
  it('formats times of day, days and dates for en-US', () => {
    expect(formatTime(AT, 'UTC')).toBe('6:05 PM');
    expect(formatDayMonth(Date.UTC(2026, 10, 28, 12))).toBe('Nov 28');
    expect(formatDateTime(Date.UTC(2026, 10, 28, 12))).toMatch(/^Nov 28, 2026, \d{1,2}:00\s[AP]M$/);
  });

  it('formats them for German', () => {
    browserLanguage('de');
    expect(formatTime(AT, 'UTC')).toBe('18:05');
    expect(formatDayMonth(Date.UTC(2026, 10, 28, 12))).toBe('28. Nov.');
    expect(formatDateTime(Date.UTC(2026, 10, 28, 12))).toMatch(/^28\.11\.2026, \d{2}:00$/);
  });

  it.each([
    ['en-US', 0, '0 min'],
    ['en-US', 7 * MINUTE + 59_999, '7 min'],
    ['en-US', 72 * MINUTE, '1 hr 12 min'],
    ['en-US', 120 * MINUTE, '2 hr'],
    ['de', 7 * MINUTE, '7 Min.'],
    ['de', 72 * MINUTE, '1 Std., 12 Min.'],
    ['en-US', -5 * MINUTE, '0 min'],
  ])('%s: %d ms is "%s"', (language, ms, expected) => {
    browserLanguage(language);
    expect(formatHoursMinutes(ms)).toBe(expected);
  });
});
