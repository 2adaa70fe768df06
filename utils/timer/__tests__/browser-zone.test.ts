import { cachedFormatter } from '../intl-cache';
import { browserTimeZone, ZONE_RECHECK_MS } from '../zone-offset';

const real = Intl.DateTimeFormat.prototype.resolvedOptions;

/** Makes the computer's zone (what `Intl` resolves by default) `zone` from now on. */
function moveComputerTo(zone: string) {
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
    return { ...real.call(this), timeZone: zone };
  });
}

const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe('browserTimeZone: the computer zone, read at most once a second', () => {
  beforeEach(() => {
    // Only Date: faking Intl too (the default) would hide the zone set by moveComputerTo.
    vi.useFakeTimers({ toFake: ['Date'] });
    // Far from any earlier read in this file, so the first call below reads.
    vi.setSystemTime(Date.parse('2026-11-29T10:00:00Z') + Math.random() * 1e9);
  });
  afterEach(() => vi.useRealTimers());

  it('follows a move to another zone within a second, and keeps reading it afterwards', () => {
    moveComputerTo('Europe/Berlin');
    expect(browserTimeZone()).toBe('Europe/Berlin');
    moveComputerTo('America/New_York');
    later(ZONE_RECHECK_MS - 1);
    expect(browserTimeZone()).toBe('Europe/Berlin');
    later(1);
    expect(browserTimeZone()).toBe('America/New_York');
    later(5 * ZONE_RECHECK_MS);
    expect(browserTimeZone()).toBe('America/New_York');
  });

  it('reads again when the clock was set back', () => {
    moveComputerTo('Asia/Kolkata');
    expect(browserTimeZone()).toBe('Asia/Kolkata');
    moveComputerTo('Australia/Lord_Howe');
    later(-60_000);
    expect(browserTimeZone()).toBe('Australia/Lord_Howe');
  });

  it('is UTC when the runtime knows no zone', () => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ timeZone: undefined } as unknown as Intl.ResolvedDateTimeFormatOptions);
    expect(browserTimeZone()).toBe('UTC');
  });
});

describe('cachedFormatter', () => {
  it('builds one formatter per class, locale and options, and formats as a new one would', () => {
    const options = { timeZone: 'Europe/Berlin', hour: 'numeric', minute: '2-digit' } as const;
    const first = cachedFormatter(Intl.DateTimeFormat, 'de', options);
    expect(cachedFormatter(Intl.DateTimeFormat, 'de', { ...options })).toBe(first);
    expect(cachedFormatter(Intl.DateTimeFormat, 'en-US', options)).not.toBe(first);
    expect(cachedFormatter(Intl.DateTimeFormat, 'de', { ...options, timeZone: 'Asia/Kolkata' })).not.toBe(first);
    expect(first.format(Date.parse('2026-11-29T09:00:00Z'))).toBe(new Intl.DateTimeFormat('de', options).format(Date.parse('2026-11-29T09:00:00Z')));
  });

  it('keeps classes apart and throws (keeping nothing) for an unknown zone', () => {
    expect(cachedFormatter(Intl.NumberFormat, 'de', {})).not.toBe(cachedFormatter(Intl.DateTimeFormat, 'de', {}));
    expect(() => cachedFormatter(Intl.DateTimeFormat, 'de', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => cachedFormatter(Intl.DateTimeFormat, 'de', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
