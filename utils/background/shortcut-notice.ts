import { browser } from 'wxt/browser';
import type { Entry, Timer } from '../clockme/schemas';
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

const what = (item: { projectName: string; description: string | null }) => (item.description ? `${item.projectName} — ${item.description}` : item.projectName);

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
      const at = new Date(outcome.timer.startedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', timeZone });
      return { id: SHORTCUT_NOTIFICATION_ID, title: `Started: ${what(outcome.timer)}`, message: `Your ClockMe timer is running since ${at}.` };
    }
    case 'stopped':
      // "Nothing was running" surprises whoever saw a running badge: always said.
      if (!outcome.entry) return { id: SHORTCUT_NOTIFICATION_ID, title: 'No timer was running', message: 'It had already been stopped in another ClockMe app, so nothing changed.' };
      if (!notifyOnSuccess) return null;
      return { id: SHORTCUT_NOTIFICATION_ID, title: `Stopped: ${what(outcome.entry)}`, message: `Tracked ${formatElapsed(outcome.entry.durationSeconds * 1000)}.` };
    case 'queued':
      if (!notifyOnSuccess) return null; // the badge turns amber anyway
      return {
        id: SHORTCUT_NOTIFICATION_ID,
        title: outcome.what === 'start' ? 'Start kept on this computer' : 'Stop kept on this computer',
        message: 'ClockMe cannot be reached right now; it will be sent automatically, with the time you pressed the shortcut.',
      };
    case 'read-only':
      return {
        id: SHORTCUT_PROBLEM_NOTIFICATION_ID,
        title: 'Your ClockMe key is read-only',
        message: 'Nothing was started or stopped: this key can only read. In ClockMe, create a key with the Write scope and paste it in the options page (click here).',
      };
    case 'failed':
      if (outcome.error.code === 'key_revoked') return null;
      return { id: SHORTCUT_PROBLEM_NOTIFICATION_ID, title: 'The ClockMe shortcut did not work', message: outcome.error.message };
  }
}

/** Shows `notice` as a system notification, replacing an earlier one with the same id. */
export async function showNotice(notice: Notice): Promise<void> {
  await browser.notifications.create(notice.id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: notice.title, message: notice.message, priority: 1 });
}
