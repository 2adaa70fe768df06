import { showNotification } from './notify';
import type { Entry, Timer } from '../clockme/schemas';
import { t } from '../i18n';
import { formatTimeOfDay } from '../timer/format-time';
import type { UserError } from '../messaging';
import { formatElapsed } from '../timer/elapsed';

/** The notification telling what a shortcut did (shown only when the person turned it on). */
export const SHORTCUT_NOTIFICATION_ID = 'clockme-shortcut';
/** The notification telling why a shortcut did nothing (always shown); a click opens the options page. */
export const SHORTCUT_PROBLEM_NOTIFICATION_ID = 'clockme-shortcut-problem';

/** A system notification's text. */
export interface Notice {
  id: string;
  title: string;
  message: string;
}

/** What a shortcut ended with, as far as the person is concerned. */
export type ShortcutOutcome =
  | { kind: 'started'; timer: Timer }
  | { kind: 'stopped'; entry: Entry | null }
  | { kind: 'queued'; what: 'start' | 'stop' }
  | { kind: 'read-only' }
  | { kind: 'failed'; error: UserError };

const what = (item: { projectName: string; description: string | null }) => (item.description ? t('shared.projectWithDescription', [item.projectName, item.description]) : item.projectName);

/**
 * The notification for a shortcut's outcome (pure), or `null` for none. Successes notify only
 * when `notifyOnSuccess` (the options page setting); a shortcut that did nothing always says why
 * (also a stop that found the timer already stopped), except for a revoked key, which has a
 * notification of its own.
 * @param timeZone for tests; the person's own by default.
 */
export function noticeFor(outcome: ShortcutOutcome, notifyOnSuccess: boolean, timeZone?: string): Notice | null {
  switch (outcome.kind) {
    case 'started': {
      if (!notifyOnSuccess) return null;
      const at = formatTimeOfDay(Date.parse(outcome.timer.startedAt), timeZone);
      return { id: SHORTCUT_NOTIFICATION_ID, title: t('shortcut.startedTitle', [what(outcome.timer)]), message: t('shortcut.startedMessage', [at]) };
    }
    case 'stopped':
      // "Nothing was running" surprises whoever saw a running badge: always said.
      if (!outcome.entry) return { id: SHORTCUT_NOTIFICATION_ID, title: t('shortcut.nothingRunningTitle'), message: t('shortcut.nothingRunningMessage') };
      if (!notifyOnSuccess) return null;
      return { id: SHORTCUT_NOTIFICATION_ID, title: t('shortcut.stoppedTitle', [what(outcome.entry)]), message: t('shortcut.stoppedMessage', [formatElapsed(outcome.entry.durationSeconds * 1000)]) };
    case 'queued':
      if (!notifyOnSuccess) return null; // the badge turns amber anyway
      return {
        id: SHORTCUT_NOTIFICATION_ID,
        title: outcome.what === 'start' ? t('shortcut.startKeptTitle') : t('shortcut.stopKeptTitle'),
        message: t('shortcut.keptMessage'),
      };
    case 'read-only':
      return {
        id: SHORTCUT_PROBLEM_NOTIFICATION_ID,
        title: t('shortcut.readOnlyTitle'),
        message: t('shortcut.readOnlyMessage'),
      };
    case 'failed':
      if (outcome.error.code === 'key_revoked') return null;
      return { id: SHORTCUT_PROBLEM_NOTIFICATION_ID, title: t('shortcut.failedTitle'), message: outcome.error.message };
  }
}

/** Shows `notice` as a system notification, replacing an earlier one with the same id. */
export async function showNotice(notice: Notice): Promise<void> {
  await showNotification(notice.id, { title: notice.title, message: notice.message, priority: 1 });
}
