import fc from 'fast-check';
import { addDays, instantOf, parseWallTime, resolveWallTime, splitDateTimeLocal, toWallTime, type ResolvedWallTime } from '../local-time';
import { zoneOffsetMs } from '../zone-offset';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (iso: string) => Date.parse(iso);

describe('zoneOffsetMs', () => {
  it.each<[string, string, number]>([
    ['Europe/Berlin', '2026-01-15T12:00:00Z', HOUR],
    ['Europe/Berlin', '2026-07-15T12:00:00Z', 2 * HOUR],
    ['Europe/Berlin', '2026-03-29T00:59:59Z', HOUR], // the last second of winter time
    ['Europe/Berlin', '2026-03-29T01:00:00Z', 2 * HOUR],
    ['America/New_York', '2026-07-15T12:00:00Z', -4 * HOUR],
    ['America/New_York', '2026-12-15T12:00:00Z', -5 * HOUR],
    ['Asia/Kolkata', '2026-07-15T12:00:00Z', 5.5 * HOUR],
    ['America/St_Johns', '2026-12-15T12:00:00Z', -3.5 * HOUR],
    ['Australia/Lord_Howe', '2026-07-15T12:00:00Z', 10.5 * HOUR],
    ['Australia/Lord_Howe', '2026-12-15T12:00:00Z', 11 * HOUR],
    ['UTC', '2026-07-15T12:00:00Z', 0],
  ])('%s at %s is %i ms ahead of UTC', (zone, iso, offset) => {
    expect(zoneOffsetMs(at(iso), zone)).toBe(offset);
  });

  it('throws for a zone that does not exist', () => {
    expect(() => zoneOffsetMs(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('resolveWallTime: local wall time → instant, across daylight-saving changes', () => {
  const exact = (iso: string): ResolvedWallTime => ({ kind: 'exact', epochMs: at(iso) });
  const gap = (iso: string, gapMs: number): ResolvedWallTime => ({ kind: 'gap', epochMs: at(iso), gapMs });
  const twice = (earlier: string, later: string): ResolvedWallTime => ({ kind: 'ambiguous', earlier: at(earlier), later: at(later) });

  it.each<[string, string, string, string, ResolvedWallTime]>([
    // Berlin: clocks go forward 02:00 → 03:00 on 29 March, back 03:00 → 02:00 on 25 October 2026.
    ['Berlin, winter', 'Europe/Berlin', '2026-01-15', '09:30', exact('2026-01-15T08:30:00Z')],
    ['Berlin, summer', 'Europe/Berlin', '2026-07-15', '09:30', exact('2026-07-15T07:30:00Z')],
    ['Berlin, a minute before spring forward', 'Europe/Berlin', '2026-03-29', '01:59', exact('2026-03-29T00:59:00Z')],
    ['Berlin, in the spring-forward gap', 'Europe/Berlin', '2026-03-29', '02:30', gap('2026-03-29T01:30:00Z', HOUR)],
    ['Berlin, the gap starts at 02:00', 'Europe/Berlin', '2026-03-29', '02:00', gap('2026-03-29T01:00:00Z', HOUR)],
    ['Berlin, right after the gap', 'Europe/Berlin', '2026-03-29', '03:00', exact('2026-03-29T01:00:00Z')],
    ['Berlin, 02:30 on the fall-back night (twice)', 'Europe/Berlin', '2026-10-25', '02:30', twice('2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z')],
    ['Berlin, 02:00 on the fall-back night (twice)', 'Europe/Berlin', '2026-10-25', '02:00', twice('2026-10-25T00:00:00Z', '2026-10-25T01:00:00Z')],
    ['Berlin, 03:00 after falling back (once)', 'Europe/Berlin', '2026-10-25', '03:00', exact('2026-10-25T02:00:00Z')],
    // New York: 2:00 → 3:00 on 8 March, 2:00 → 1:00 on 1 November 2026.
    ['New York, in the spring-forward gap', 'America/New_York', '2026-03-08', '02:30', gap('2026-03-08T07:30:00Z', HOUR)],
    ['New York, 01:30 on the fall-back night (twice)', 'America/New_York', '2026-11-01', '01:30', twice('2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z')],
    ['New York, with seconds', 'America/New_York', '2026-06-01', '17:45:30', exact('2026-06-01T21:45:30Z')],
    // Sydney (southern hemisphere): back on 5 April, forward on 4 October 2026.
    ['Sydney, 02:30 on the fall-back night (twice)', 'Australia/Sydney', '2026-04-05', '02:30', twice('2026-04-04T15:30:00Z', '2026-04-04T16:30:00Z')],
    ['Sydney, in the spring-forward gap', 'Australia/Sydney', '2026-10-04', '02:30', gap('2026-10-03T16:30:00Z', HOUR)],
    // 30-minute offsets: Kolkata (+5:30, no DST), St. John's (−3:30/−2:30), Lord Howe (+10:30/+11, a 30-minute DST shift).
    ['Kolkata, +5:30 all year', 'Asia/Kolkata', '2026-03-29', '02:30', exact('2026-03-28T21:00:00Z')],
    ["St. John's, in the spring-forward gap", 'America/St_Johns', '2026-03-08', '02:30', gap('2026-03-08T06:00:00Z', HOUR)],
    ["St. John's, 01:30 on the fall-back night (twice)", 'America/St_Johns', '2026-11-01', '01:30', twice('2026-11-01T04:00:00Z', '2026-11-01T05:00:00Z')],
    ['Lord Howe, 01:45 on the fall-back night (twice, 30 min apart)', 'Australia/Lord_Howe', '2026-04-05', '01:45', twice('2026-04-04T14:45:00Z', '2026-04-04T15:15:00Z')],
    ['Lord Howe, in the 30-minute gap', 'Australia/Lord_Howe', '2026-10-04', '02:15', gap('2026-10-03T15:45:00Z', 30 * MINUTE)],
    ['Lord Howe, right after the gap', 'Australia/Lord_Howe', '2026-10-04', '02:30', exact('2026-10-03T15:30:00Z')],
    // São Paulo (2018) skipped midnight itself: the day began at 01:00.
    ['São Paulo, a skipped midnight', 'America/Sao_Paulo', '2018-11-04', '00:00', gap('2018-11-04T03:00:00Z', HOUR)],
    ['UTC', 'UTC', '2026-03-29', '02:30', exact('2026-03-29T02:30:00Z')],
  ])('%s', (_name, zone, date, time, expected) => {
    expect(resolveWallTime({ date, time }, zone)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['', '10:00'],
    ['2026-03-29', ''],
    ['2026-02-29', '10:00'], // not a leap year
    ['2026-02-31', '10:00'],
    ['2026-13-01', '10:00'],
    ['29.03.2026', '10:00'],
    ['2026-03-29', '24:00'],
    ['2026-03-29', '10:60'],
    ['2026-03-29', '10'],
    ['2026-03-29', '9:30'],
  ])('"%s" "%s" is not a wall time', (date, time) => {
    expect(resolveWallTime({ date, time }, 'Europe/Berlin')).toEqual({ kind: 'invalid' });
  });

  it('reads a leap day and a datetime-local value with seconds and milliseconds', () => {
    expect(parseWallTime({ date: '2028-02-29', time: '10:00' })).toMatchObject({ month: 2, day: 29 });
    expect(resolveWallTime(splitDateTimeLocal('2026-07-15T09:30:15.250')!, 'Europe/Berlin')).toEqual(exact('2026-07-15T07:30:15Z'));
  });

  it('uses the browser time zone when none is given', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(resolveWallTime({ date: '2026-07-15', time: '09:30' })).toEqual(resolveWallTime({ date: '2026-07-15', time: '09:30' }, zone));
  });

  it('every instant reads back as a wall time that resolves to it (to the minute), in every zone', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kolkata', 'Pacific/Chatham'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: at('2024-01-01T00:00:00Z') / MINUTE, max: at('2028-01-01T00:00:00Z') / MINUTE }), (zone, minute) => {
        const instant = minute * MINUTE;
        const resolved = resolveWallTime(toWallTime(instant, zone), zone);
        if (resolved.kind === 'ambiguous') expect([resolved.earlier, resolved.later]).toContain(instant);
        else expect(resolved).toEqual({ kind: 'exact', epochMs: instant });
      }),
    );
  });
});

describe('instantOf', () => {
  it.each<[string, ResolvedWallTime, 'earlier' | 'later' | undefined, number | null]>([
    ['an exact time', { kind: 'exact', epochMs: 5 }, undefined, 5],
    ['a repeated time: the first by default', { kind: 'ambiguous', earlier: 1, later: 2 }, undefined, 1],
    ['a repeated time: the second when chosen', { kind: 'ambiguous', earlier: 1, later: 2 }, 'later', 2],
    ['a time in a gap: moved forward', { kind: 'gap', epochMs: 7, gapMs: HOUR }, undefined, 7],
    ['an invalid time', { kind: 'invalid' }, undefined, null],
  ])('%s', (_name, resolved, occurrence, expected) => {
    expect(instantOf(resolved, occurrence)).toBe(expected);
  });
});

describe('toWallTime and addDays', () => {
  it.each<[string, string, string, string]>([
    ['2026-03-29T00:30:00Z', 'Europe/Berlin', '2026-03-29', '01:30'],
    ['2026-03-29T01:30:00Z', 'Europe/Berlin', '2026-03-29', '03:30'],
    ['2026-10-25T00:30:00Z', 'Europe/Berlin', '2026-10-25', '02:30'],
    ['2026-10-25T01:30:00Z', 'Europe/Berlin', '2026-10-25', '02:30'],
    ['2026-10-03T15:45:00Z', 'Australia/Lord_Howe', '2026-10-04', '02:45'],
    ['2026-07-15T23:30:00Z', 'America/New_York', '2026-07-15', '19:30'],
    ['2026-07-15T23:30:00Z', 'Asia/Kolkata', '2026-07-16', '05:00'],
  ])('%s in %s is %s %s', (iso, zone, date, time) => {
    expect(toWallTime(at(iso), zone)).toEqual({ date, time });
  });

  it.each<[string, number, string | null]>([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['not a date', 1, null],
  ])('%s + %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('splits only well-formed datetime-local values', () => {
    expect(splitDateTimeLocal('2026-03-29T02:30')).toEqual({ date: '2026-03-29', time: '02:30' });
    expect(splitDateTimeLocal('2026-03-29 02:30')).toBeNull();
    expect(splitDateTimeLocal('')).toBeNull();
  });
});
