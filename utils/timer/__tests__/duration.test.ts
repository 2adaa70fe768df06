import { parseDuration } from '../duration';
import { formatClockDuration } from '../elapsed';
import { formatDuration, formatDurationFallback, type DurationStyle } from '../format-duration';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('parseDuration', () => {
  it.each<[string, number]>([
    ['1:30', HOUR + 30 * MINUTE],
    ['0:45', 45 * MINUTE],
    ['12:05:30', 12 * HOUR + 5 * MINUTE + 30 * SECOND],
    ['26:00', 26 * HOUR],
    ['90m', 90 * MINUTE],
    ['90 min', 90 * MINUTE],
    ['90 minutes', 90 * MINUTE],
    ['1h 30m', HOUR + 30 * MINUTE],
    ['1h30m', HOUR + 30 * MINUTE],
    ['1h30', HOUR + 30 * MINUTE],
    ['1 hr 30 min', HOUR + 30 * MINUTE],
    ['2 hours', 2 * HOUR],
    ['1 hour', HOUR],
    ['30m 1h', HOUR + 30 * MINUTE],
    ['1.5h', HOUR + 30 * MINUTE],
    ['1.5 h', HOUR + 30 * MINUTE],
    ['.5h', 30 * MINUTE],
    ['45s', 45 * SECOND],
    ['1m 30s', MINUTE + 30 * SECOND],
    ['  1H 30M  ', HOUR + 30 * MINUTE],
    // German
    ['1,5 h', HOUR + 30 * MINUTE],
    ['1,5 Std.', HOUR + 30 * MINUTE],
    ['1 Std. 30 Min.', HOUR + 30 * MINUTE],
    ['2 Stunden', 2 * HOUR],
    ['1 Stunde 15 Minuten', HOUR + 15 * MINUTE],
    ['10 Sek.', 10 * SECOND],
    // A bare number is hours.
    ['2', 2 * HOUR],
    ['1.5', HOUR + 30 * MINUTE],
    ['1,25', HOUR + 15 * MINUTE],
    ['0', 0],
  ])('"%s" is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '   ', 'abc', '1:75', '1:5', ':30', '-1h', '1h 2h', '1x', '1h 30m 30', 'h', '1..5h', '1 30', '1:30 h', '1,5,5 h'])('"%s" is not a duration', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('formatDuration (Intl, UI language)', () => {
  it.each<[number, string, DurationStyle, string]>([
    [0, 'en-US', 'short', '0 min'],
    [45 * SECOND, 'en-US', 'short', '45 sec'],
    [25 * MINUTE, 'en-US', 'short', '25 min'],
    [25 * MINUTE + 59 * SECOND, 'en-US', 'short', '25 min'],
    [HOUR, 'en-US', 'short', '1 hr'],
    [3 * HOUR + 25 * MINUTE, 'en-US', 'short', '3 hr, 25 min'],
    [26 * HOUR, 'en-US', 'short', '26 hr'],
    [3 * HOUR + 25 * MINUTE, 'en-US', 'long', '3 hours, 25 minutes'],
    [MINUTE, 'en-US', 'long', '1 minute'],
    [3 * HOUR + 25 * MINUTE, 'de', 'short', '3 Std., 25 Min.'],
    [3 * HOUR + 25 * MINUTE, 'de', 'long', '3 Stunden, 25 Minuten'],
    [-MINUTE, 'en-US', 'short', '0 min'],
  ])('%i ms in %s (%s) reads "%s"', (ms, locale, style, text) => {
    expect(formatDuration(ms, locale, style)).toBe(text);
  });

  it('uses the browser UI language by default', () => {
    expect(formatDuration(HOUR + 30 * MINUTE)).toBe('1 hr, 30 min');
  });

  it('the fallback leaves out missing fields and joins the rest as a unit list', () => {
    expect(formatDurationFallback({ hours: 2 }, 'de', 'short')).toBe('2 Std.');
    expect(formatDurationFallback({ hours: 1, minutes: 1 }, 'en-US', 'long')).toBe('1 hour, 1 minute');
  });
});

describe('formatClockDuration (H:MM)', () => {
  it.each<[number, string]>([
    [0, '0:00'],
    [5 * MINUTE + 59 * SECOND, '0:05'],
    [HOUR + 30 * MINUTE, '1:30'],
    [26 * HOUR, '26:00'],
    [120 * HOUR, '120:00'],
    [-MINUTE, '0:00'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatClockDuration(ms)).toBe(text);
  });
});
