import { dayTotalMs, localDay, type TimeSpan } from '../day-total';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (iso: string) => Date.parse(iso);
const span = (startedAt: string, endedAt: string, id?: string): TimeSpan & { id?: string } => ({ startedAt, endedAt, ...(id ? { id } : {}) });

describe('localDay', () => {
  it.each<[string, string, string, string, number]>([
    ['Berlin, a winter day', 'Europe/Berlin', '2026-11-29T15:00:00Z', '2026-11-28T23:00:00Z', 24],
    ['Berlin, spring forward (23 h)', 'Europe/Berlin', '2026-03-29T12:00:00Z', '2026-03-28T23:00:00Z', 23],
    ['Berlin, fall back (25 h)', 'Europe/Berlin', '2026-10-25T12:00:00Z', '2026-10-24T22:00:00Z', 25],
    ['New York, spring forward (23 h)', 'America/New_York', '2026-03-08T12:00:00Z', '2026-03-08T05:00:00Z', 23],
    ['New York, fall back (25 h)', 'America/New_York', '2026-11-01T12:00:00Z', '2026-11-01T04:00:00Z', 25],
    ['Lord Howe, fall back (24.5 h)', 'Australia/Lord_Howe', '2026-04-05T03:00:00Z', '2026-04-04T13:00:00Z', 24.5],
    ['Lord Howe, spring forward (23.5 h)', 'Australia/Lord_Howe', '2026-10-04T03:00:00Z', '2026-10-03T13:30:00Z', 23.5],
    ['Kolkata (+5:30)', 'Asia/Kolkata', '2026-07-15T20:00:00Z', '2026-07-15T18:30:00Z', 24],
    ['São Paulo 2018, midnight skipped: the day starts at 01:00 (23 h)', 'America/Sao_Paulo', '2018-11-04T12:00:00Z', '2018-11-04T03:00:00Z', 23],
  ])('%s', (_name, zone, now, start, hours) => {
    expect(localDay(at(now), zone)).toEqual({ start: at(start), end: at(start) + hours * HOUR });
  });
});

describe("dayTotalMs: today's total from the recent entries", () => {
  const now = at('2026-11-29T15:00:00Z'); // 16:00 in Berlin, 10:00 in New York

  it.each<[string, string, Array<TimeSpan & { id?: string }>, number]>([
    ['no entries', 'Europe/Berlin', [], 0],
    ['two entries today', 'Europe/Berlin', [span('2026-11-29T08:00:00Z', '2026-11-29T09:30:00Z'), span('2026-11-29T10:00:00Z', '2026-11-29T10:25:00Z')], HOUR + 55 * MINUTE],
    ['an entry from yesterday', 'Europe/Berlin', [span('2026-11-28T08:00:00Z', '2026-11-28T09:00:00Z')], 0],
    ['an entry crossing midnight counts only its part today', 'Europe/Berlin', [span('2026-11-28T22:00:00Z', '2026-11-29T00:30:00Z')], 90 * MINUTE],
    ['the same entries in New York: midnight there is 05:00 UTC', 'America/New_York', [span('2026-11-28T22:00:00Z', '2026-11-29T00:30:00Z'), span('2026-11-29T08:00:00Z', '2026-11-29T09:30:00Z')], 90 * MINUTE],
    ['an entry listed twice counts once', 'Europe/Berlin', [span('2026-11-29T08:00:00Z', '2026-11-29T09:00:00Z', 'e1'), span('2026-11-29T08:00:00Z', '2026-11-29T09:00:00Z', 'e1')], HOUR],
    ['an unreadable or reversed entry counts nothing', 'Europe/Berlin', [span('garbage', '2026-11-29T09:00:00Z'), span('2026-11-29T09:00:00Z', '2026-11-29T08:00:00Z')], 0],
  ])('%s', (_name, zone, entries, total) => {
    expect(dayTotalMs(entries, now, zone)).toBe(total);
  });

  it.each<[string, string, string, TimeSpan, number]>([
    ['Berlin spring forward', 'Europe/Berlin', '2026-03-29T20:00:00Z', span('2026-03-28T12:00:00Z', '2026-03-30T12:00:00Z'), 23 * HOUR],
    ['Berlin fall back', 'Europe/Berlin', '2026-10-25T20:00:00Z', span('2026-10-24T12:00:00Z', '2026-10-26T12:00:00Z'), 25 * HOUR],
    ['New York spring forward', 'America/New_York', '2026-03-08T20:00:00Z', span('2026-03-07T12:00:00Z', '2026-03-09T12:00:00Z'), 23 * HOUR],
    ['New York fall back', 'America/New_York', '2026-11-01T20:00:00Z', span('2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z'), 25 * HOUR],
    // 01:00–04:00 by the wall clock on the night the clocks go forward is 2 hours of work.
    ['Berlin, 01:00–04:00 over the gap', 'Europe/Berlin', '2026-03-29T20:00:00Z', span('2026-03-29T00:00:00Z', '2026-03-29T02:00:00Z'), 2 * HOUR],
  ])('an entry spanning the whole DST day (%s) counts the day’s real length', (_name, zone, nowIso, entry, total) => {
    expect(dayTotalMs([entry], at(nowIso), zone)).toBe(total);
  });
});
