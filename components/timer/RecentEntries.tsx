import { useId } from 'react';
import type { Entry, Timer } from '@/utils/clockme/schemas';
import { t, uiLocale } from '@/utils/i18n';
import { clockSkewItem, recentEntriesItem } from '@/utils/storage';
import { dayTotalMs, localDay, type TimeSpan } from '@/utils/timer/day-total';
import { formatDuration } from '@/utils/timer/format-duration';
import { formatDay, formatTimeOfDay } from '@/utils/timer/format-time';
import { browserTimeZone } from '@/utils/timer/zone-offset';
import { useStorageItem } from '../use-storage-item';
import { useNow } from './use-now';
import './entries.css';

/** "Website — Fix login", or "Website" without a description: what "Continue" continues. */
function entryName(entry: Entry): string {
  return entry.description ? t('recent.continueName', [entry.projectName, entry.description]) : entry.projectName;
}

/** "9:00 AM–10:30 AM" for today's entries, "Sat, November 28, 9:00 AM–10:30 AM" for older ones (in `timeZone`). */
function whenText(entry: Entry, today: { start: number; end: number }, locale: string, timeZone: string): string {
  const start = Date.parse(entry.startedAt);
  const times = [formatTimeOfDay(start, locale, timeZone), formatTimeOfDay(Date.parse(entry.endedAt), locale, timeZone)] as const;
  return start >= today.start && start < today.end ? t('recent.timeRange', [...times]) : t('recent.dayAndRange', [formatDay(start, locale, timeZone), ...times]);
}

/**
 * The last stopped entries the extension knows of (`recentEntriesItem`, newest first): project,
 * description, duration and start–end (UI language, `timeZone`, default the browser's), each
 * with "Continue" (`onContinue`: the timer panel starts a timer with the same project and
 * description, or switches to it when one runs, and announces the outcome in its own status
 * line and alert); `disabled` with a read-only key. Above the list, today's total of the listed
 * entries and the running timer.
 */
export function RecentEntries({
  onContinue,
  running = null,
  busy = false,
  disabled = false,
  timeZone,
}: {
  onContinue: (entry: Entry) => void;
  /** The running timer as the person sees it: its part of today counts in today's total. */
  running?: Timer | null;
  busy?: boolean;
  disabled?: boolean;
  /** Default: the browser's, read only when there are entries to show (reading it builds an `Intl` formatter). */
  timeZone?: string;
}) {
  const entries = useStorageItem(recentEntriesItem);
  const now = useNow(60_000);
  const skew = useStorageItem(clockSkewItem);
  // ClockMe's now: the running timer's start is by ClockMe's clock.
  const runningSpan = running ? [{ startedAt: running.startedAt, endedAt: new Date(now + (skew?.offsetMs ?? 0)).toISOString() }] : [];
  const headingId = useId();
  return (
    <section className="recent" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recent.heading')}</h2>
      {entries === undefined ? null : entries.length === 0 ? (
        <p className="hint">{t('recent.empty')}</p>
      ) : (
        <EntryList entries={entries} spans={[...entries, ...runningSpan]} now={now} timeZone={timeZone ?? browserTimeZone()} onContinue={onContinue} busy={busy} disabled={disabled} />
      )}
    </section>
  );
}

/**
 * Today's total of `spans` and the list of `entries`. Its own component so that without entries
 * (every open of a new install, and the benchmark's) no day math or time formatting runs: the
 * zone's first `Intl` formatters cost milliseconds on the popup's way to its first paint.
 */
function EntryList({
  entries,
  spans,
  now,
  timeZone,
  onContinue,
  busy,
  disabled,
}: {
  entries: Entry[];
  spans: ReadonlyArray<TimeSpan & { id?: string }>;
  now: number;
  timeZone: string;
  onContinue: (entry: Entry) => void;
  busy: boolean;
  disabled: boolean;
}) {
  const locale = uiLocale();
  const today = localDay(now, timeZone);
  return (
    <>
      <p className="today">
        <strong>{t('recent.today', [formatDuration(dayTotalMs(spans, now, timeZone), locale)])}</strong> <span className="hint">{t('recent.todayHint')}</span>
      </p>
      <ul className="recent-list">
        {entries.map((entry) => (
          <li key={entry.id} className="recent-entry">
            <div className="recent-what">
              <span className="project-name">{entry.projectName}</span>
              <span className="description">{entry.description || t('recent.noDescription')}</span>
              <span className="hint">
                <span className="recent-duration">{formatDuration(entry.durationSeconds * 1000, locale)}</span>
                {' · '}
                <time dateTime={entry.startedAt}>{whenText(entry, today, locale, timeZone)}</time>
              </span>
            </div>
            <button type="button" className="secondary" disabled={disabled} aria-disabled={busy} onClick={() => onContinue(entry)}>
              {t('recent.continue')}
              <span className="visually-hidden"> {entryName(entry)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
