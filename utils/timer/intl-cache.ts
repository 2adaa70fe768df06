/**
 * `Intl` formatters built once per locale and options, then reused. Building one loads ICU data
 * and costs ~0.1–0.5 ms; formatting with a built one costs microseconds. The popup's first render
 * formats up to ~40 times (recent entries: times, days, durations), so building a formatter per
 * call was a measurable part of it (issue 7). Formatters are immutable, so sharing them is safe.
 */

type FormatterClass<O, F> = new (locale: string | undefined, options: O) => F;

const built = new Map<FormatterClass<never, unknown>, Map<string, unknown>>();

/**
 * The `new Format(locale, options)` (`locale` `undefined`: the runtime's default) built for the same class, locale and options before, else a new one (kept).
 * @throws what the constructor throws (e.g. RangeError for an unknown time zone); nothing is kept then.
 */
export function cachedFormatter<O extends object, F>(Format: FormatterClass<O, F>, locale: string | undefined, options: NoInfer<O>): F {
  let byKey = built.get(Format as FormatterClass<never, unknown>);
  if (!byKey) built.set(Format as FormatterClass<never, unknown>, (byKey = new Map()));
  const key = `${locale ?? ''} ${JSON.stringify(options)}`;
  let formatter = byKey.get(key) as F | undefined;
  if (!formatter) {
    formatter = new Format(locale, options);
    byKey.set(key, formatter);
  }
  return formatter;
}
