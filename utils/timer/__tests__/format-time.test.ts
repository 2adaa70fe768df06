import { formatDay, formatTimeOfDay, formatTimeWithOffset } from '../format-time';

const at = (iso: string) => Date.parse(iso);

describe('format-time: instants in the UI language and the current zone', () => {
  it.each<[string, string, string, string]>([
    // A timer's start after the person flew from Berlin to New York: the same instant, shown in the zone they are in now.
    ['2026-11-29T09:00:00Z', 'en-US', 'Europe/Berlin', '10:00 AM'],
    ['2026-11-29T09:00:00Z', 'en-US', 'America/New_York', '4:00 AM'],
    ['2026-11-29T09:00:00Z', 'de', 'Europe/Berlin', '10:00'],
    ['2026-11-29T09:00:00Z', 'de', 'Asia/Kolkata', '14:30'],
    ['2026-11-29T09:00:00Z', 'de', 'Australia/Lord_Howe', '20:00'],
  ])('%s in %s, %s is %s', (iso, locale, zone, text) => {
    expect(formatTimeOfDay(at(iso), locale, zone)).toBe(text);
  });

  it('tells the two 02:30s of a fall-back night apart by their offset', () => {
    expect(formatTimeWithOffset(at('2026-10-25T00:30:00Z'), 'de', 'Europe/Berlin')).toBe('02:30 GMT+2');
    expect(formatTimeWithOffset(at('2026-10-25T01:30:00Z'), 'de', 'Europe/Berlin')).toBe('02:30 GMT+1');
  });

  it('names the day in the zone', () => {
    expect(formatDay(at('2026-03-28T23:30:00Z'), 'en-US', 'Europe/Berlin')).toBe('Sun, March 29');
    expect(formatDay(at('2026-03-28T23:30:00Z'), 'de', 'Europe/Berlin')).toBe('So., 29. März');
    expect(formatDay(at('2026-03-28T23:30:00Z'), 'en-US', 'America/New_York')).toBe('Sat, March 28');
  });
});
