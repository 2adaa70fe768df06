import { t } from '@/utils/i18n';
import { parseDuration } from '@/utils/timer/duration';
import { formatDuration } from '@/utils/timer/format-duration';
import { formatDay, formatTimeOfDay, formatTimeWithOffset } from '@/utils/timer/format-time';
import { resolveWallTime, type Occurrence } from '@/utils/timer/local-time';

/**
 * The log-time form's rules (pure: the values, the clock and the zone in; messages and the entry
 * out). Times are the person's local wall time in `timeZone`, converted with `local-time.ts`.
 */

/** What the person typed. `date` `YYYY-MM-DD`, `start`/`end` `HH:MM` (as the inputs give them). */
export interface LogTimeValues {
  projectId: string;
  description: string;
  date: string;
  start: string;
  mode: 'end' | 'duration';
  end: string;
  duration: string;
  /** Which of a repeated (fall-back) start or end time is meant. */
  startOccurrence: Occurrence;
  endOccurrence: Occurrence;
  /** The person confirmed an entry over {@link LONG_ENTRY_MS}. */
  confirmLong: boolean;
}

/** The fields a message can belong to, in the order the form shows them. */
export const FIELDS = ['projectId', 'date', 'start', 'end', 'duration', 'confirmLong'] as const;
export type Field = (typeof FIELDS)[number];

/** Entries longer than this (ms) need the confirmation box. */
export const LONG_ENTRY_MS = 24 * 3_600_000;
/** An end up to this far (ms) past ClockMe's now still counts as "now" (the minute being typed). */
export const FUTURE_TOLERANCE_MS = 60_000;

/** A time that happens twice: the words for the question and both instants (epoch ms). */
export interface Repeated {
  question: string;
  earlier: string;
  later: string;
}

export interface LogTimeCheck {
  /** One message per field with a problem. */
  errors: Partial<Record<Field, string>>;
  /** Start or end times that happen twice (the form asks which one). */
  repeated: Partial<Record<'start' | 'end', Repeated>>;
  /** The entry's length (ms) when start and end are known, even if other rules fail. */
  durationMs: number | null;
  /** What the end or duration field means, e.g. "Duration: 1 hr, 30 min." or "Ends at 11:30 AM." */
  meaning: string | null;
  /** The entry to send (epoch ms, UTC) when nothing is wrong. */
  entry: { startedAt: number; endedAt: number } | null;
}

export interface CheckContext {
  /** This computer's clock (epoch ms); default `Date.now()`. */
  now?: number;
  /** ClockMe's clock − this computer's (ms), 0 when unknown; "the future" is by ClockMe's clock. */
  skewMs: number;
  timeZone: string;
  locale: string;
}

/** The typed wall time as people read it ("2:30 AM"), without a zone (it may not exist in one). */
function wallLabel(date: string, time: string, locale: string): string {
  return formatTimeOfDay(Date.parse(`${date}T${time}Z`), locale, 'UTC');
}

/** Resolves one typed time: the instant, or a message (a gap), recording a repeated time's question. */
function instantFor(field: 'start' | 'end', values: LogTimeValues, context: CheckContext, result: LogTimeCheck): number | null {
  const { locale, timeZone } = context;
  const resolved = resolveWallTime({ date: values.date, time: values[field] }, timeZone);
  const day = () => formatDay(Date.parse(`${values.date}T12:00Z`), locale, 'UTC');
  switch (resolved.kind) {
    case 'invalid':
      result.errors[field] = t(field === 'start' ? 'logTime.errorStart' : 'logTime.errorEnd');
      return null;
    case 'gap':
      result.errors[field] = t('logTime.errorGap', [wallLabel(values.date, values[field], locale), day(), formatTimeOfDay(resolved.epochMs, locale, timeZone)]);
      return null;
    case 'ambiguous':
      result.repeated[field] = {
        question: t('logTime.whichOne', [wallLabel(values.date, values[field], locale), day()]),
        earlier: t('logTime.first', [formatTimeWithOffset(resolved.earlier, locale, timeZone)]),
        later: t('logTime.second', [formatTimeWithOffset(resolved.later, locale, timeZone)]),
      };
      return values[field === 'start' ? 'startOccurrence' : 'endOccurrence'] === 'later' ? resolved.later : resolved.earlier;
    case 'exact':
      return resolved.epochMs;
  }
}

/**
 * Checks the form: a project; a date; a start time that exists; an end time after the start (same
 * day) or a duration over 0; nothing in the future by ClockMe's clock (with
 * {@link FUTURE_TOLERANCE_MS}); over 24 hours only when confirmed.
 */
export function checkLogTime(values: LogTimeValues, context: CheckContext): LogTimeCheck {
  const { locale, timeZone } = context;
  const result: LogTimeCheck = { errors: {}, repeated: {}, durationMs: null, meaning: null, entry: null };
  const { errors } = result;
  if (!values.projectId) errors.projectId = t('logTime.errorNoProject');

  const dateValid = resolveWallTime({ date: values.date, time: '12:00' }, 'UTC').kind !== 'invalid';
  if (!dateValid) errors.date = t('logTime.errorDate');
  const startedAt = dateValid ? instantFor('start', values, context, result) : null;

  let endedAt: number | null = null;
  const endField = values.mode === 'end' ? 'end' : 'duration';
  if (values.mode === 'end') {
    endedAt = dateValid ? instantFor('end', values, context, result) : null;
    if (startedAt !== null && endedAt !== null && endedAt <= startedAt) errors.end = t('logTime.errorEndBeforeStart');
  } else {
    const ms = parseDuration(values.duration);
    if (ms === null) errors.duration = t('logTime.errorDuration');
    else if (ms <= 0) errors.duration = t('logTime.errorDurationZero');
    else if (startedAt !== null) endedAt = startedAt + ms;
  }

  if (startedAt !== null && endedAt !== null && endedAt > startedAt) {
    result.durationMs = endedAt - startedAt;
    result.meaning =
      values.mode === 'end'
        ? t('logTime.durationIs', [formatDuration(result.durationMs, locale)])
        : formatDay(endedAt, locale, timeZone) === formatDay(startedAt, locale, timeZone)
          ? t('logTime.endsAt', [formatTimeOfDay(endedAt, locale, timeZone)])
          : t('logTime.endsAtOnDay', [formatTimeOfDay(endedAt, locale, timeZone), formatDay(endedAt, locale, timeZone)]);
  }

  // "The future" is by ClockMe's clock; the person is told what that clock says when it differs.
  const serverNow = (context.now ?? Date.now()) + context.skewMs;
  const clock = context.skewMs ? ` ${t('logTime.clockMeTime', [formatTimeOfDay(serverNow, locale, timeZone)])}` : '';
  const limit = serverNow + FUTURE_TOLERANCE_MS;
  // A moment on another day than today names its day: "(16:00)" alone reads as today's.
  const when = (at: number) => (formatDay(at, locale, timeZone) === formatDay(serverNow, locale, timeZone) ? formatTimeOfDay(at, locale, timeZone) : t('logTime.timeOnDay', [formatTimeOfDay(at, locale, timeZone), formatDay(at, locale, timeZone)]));
  if (startedAt !== null && startedAt > limit) errors.start = t('logTime.errorStartFuture', [when(startedAt)]) + clock;
  else if (endedAt !== null && endedAt > limit && !errors[endField]) errors[endField] = t('logTime.errorEndFuture', [when(endedAt)]) + clock;

  if (result.durationMs !== null && result.durationMs > LONG_ENTRY_MS && !values.confirmLong) errors.confirmLong = t('logTime.errorConfirmLong');

  if (Object.keys(errors).length === 0 && startedAt !== null && endedAt !== null) result.entry = { startedAt, endedAt };
  return result;
}

/** The alert's summary: "Check 2 fields: …" followed by every message, in field order; `null` when none. */
export function summarize(errors: LogTimeCheck['errors']): string | null {
  const messages = FIELDS.flatMap((field) => (errors[field] ? [errors[field]] : []));
  return messages.length ? [t('logTime.summary', messages.length, [messages.length]), ...messages].join(' ') : null;
}
