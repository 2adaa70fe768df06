/**
 * Durations as people type them, in English or German, → milliseconds.
 *
 * Accepted (spaces optional, case ignored, `,` or `.` as the decimal mark):
 * - clock style `H:MM` or `H:MM:SS`: `1:30`, `0:45`, `12:05:30`;
 * - units, each at most once, in any order: `90m`, `1h 30m`, `1h30`, `1.5h`, `1,5 h`, `2 hours`,
 *   `45 min`, `30s`, `1 Std. 30 Min.`, `2 Stunden`, `10 Sek.`; a number after hours without a unit
 *   is minutes (`1h30`);
 * - a bare number is hours: `2`, `1.5`, `1,5` (the form shows what it understood, so `90` reads
 *   back as 90 hours and asks for confirmation rather than logging it silently).
 */

const HOUR = 3_600_000;
const MINUTE = 60_000;
const SECOND = 1000;

const UNITS: Record<string, number> = {};
for (const [ms, names] of [
  [HOUR, ['h', 'hr', 'hrs', 'hour', 'hours', 'std', 'stunde', 'stunden', 'st']],
  [MINUTE, ['m', 'min', 'mins', 'minute', 'minutes', 'minuten']],
  [SECOND, ['s', 'sec', 'secs', 'second', 'seconds', 'sek', 'sekunde', 'sekunden']],
] as const) {
  for (const name of names) UNITS[name] = ms;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const CLOCK = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;
const BARE = new RegExp(`^${NUMBER}$`);
const PART = new RegExp(`${NUMBER}\\s*([a-zäöü]+)?\\.?\\s*`, 'gy');

/**
 * Reads a typed duration (see the module comment) as whole milliseconds.
 * @returns `null` when it is not a duration (empty, negative, unknown unit, a unit twice, `1:75`).
 */
export function parseDuration(text: string): number | null {
  const input = text.trim().toLowerCase().replace(/(\d),(\d)/g, '$1.$2');
  if (!input) return null;
  const clock = CLOCK.exec(input);
  if (clock) return Number(clock[1]) * HOUR + Number(clock[2]) * MINUTE + Number(clock[3] ?? 0) * SECOND;
  const bare = BARE.exec(input);
  if (bare) return Math.round(Number(bare[1]) * HOUR);

  let total = 0;
  let consumed = 0;
  let previous: number | null = null;
  const seen = new Set<number>();
  PART.lastIndex = 0;
  for (let match = PART.exec(input); match; match = PART.exec(input)) {
    const [whole, value, name] = match;
    // No unit: minutes after hours ("1h30"), otherwise not a duration.
    const unit: number | undefined = name === undefined ? (previous === HOUR ? MINUTE : undefined) : UNITS[name];
    if (unit === undefined || seen.has(unit)) return null;
    seen.add(unit);
    previous = unit;
    total += Number(value) * unit;
    consumed += whole.length;
  }
  return consumed === input.length && seen.size > 0 ? Math.round(total) : null;
}
