import type { Entry } from '../clockme/schemas';
import { RECENT_ENTRIES_MAX } from '../storage';

/**
 * The recent-entries list after ClockMe answered with `entry` (pure): an entry already listed
 * (same id, e.g. after a correction of its times) is replaced, a new one added; the list stays
 * sorted by `endedAt`, newest first, and keeps at most {@link RECENT_ENTRIES_MAX}. ClockMe
 * publishes no endpoint that lists entries, so this is what the extension saw in its own
 * stop, log and edit answers.
 */
export function withRecentEntry(list: readonly Entry[], entry: Entry): Entry[] {
  return [entry, ...list.filter((other) => other.id !== entry.id)]
    .sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt))
    .slice(0, RECENT_ENTRIES_MAX);
}
