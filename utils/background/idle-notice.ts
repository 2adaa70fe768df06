import { showNotification } from './notify';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { clockMinutesBetween, clockTime, formatMinutes, timerLine } from '../idle/describe';
import type { IdleChoice } from '../messaging';
import type { IdlePrompt } from '../storage';

/** The idle question's notification (one at a time; a newer question replaces it). */
export const IDLE_NOTIFICATION_ID = 'clockme-idle';
/** Says why an answer given with the notification's buttons changed nothing. */
export const IDLE_RESULT_NOTIFICATION_ID = 'clockme-idle-result';

/** The answers behind the notification's buttons, in order (Chrome shows at most two; Keep is in the popup). */
export const IDLE_NOTIFICATION_CHOICES: readonly IdleChoice[] = ['discard', 'stop'];

/** The idle notification's words. */
export interface IdleNotice {
  title: string;
  message: string;
  buttons: { title: string }[];
}

/**
 * The notification for an idle question (pure but for the language): "You were away 42 min", what
 * kept running and when, and one button per {@link IDLE_NOTIFICATION_CHOICES}.
 * @param timeZone for tests; the person's own by default.
 */
export function idleNotice(prompt: IdlePrompt, timer: { projectName: string; description: string | null }, timeZone?: string): IdleNotice {
  const away = formatMinutes(clockMinutesBetween(prompt.idleStartedAt, prompt.returnedAt));
  return {
    title: t('idle.notice.title', [away]),
    message: t('idle.notice.message', [timerLine(timer.projectName, timer.description), clockTime(prompt.idleStartedAt, timeZone), clockTime(prompt.returnedAt, timeZone)]),
    buttons: [{ title: t('idle.choice.discard') }, { title: t('idle.choice.stop') }],
  };
}

/** Shows the idle question as a system notification that stays until answered or closed. */
export async function showIdleNotice(notice: IdleNotice): Promise<void> {
  await showNotification(IDLE_NOTIFICATION_ID, {
    title: notice.title,
    message: notice.message,
    buttons: notice.buttons,
    requireInteraction: true,
    priority: 2,
  });
}

/** Removes the idle question's notification (answered, or no longer true). */
export async function clearIdleNotice(): Promise<void> {
  await browser.notifications.clear(IDLE_NOTIFICATION_ID);
}

/** Tells the person, in a notification, why the answer they gave with a button changed nothing. */
export async function showIdleResult(message: string): Promise<void> {
  await showNotification(IDLE_RESULT_NOTIFICATION_ID, {
    title: t('idle.notice.failedTitle'),
    message,
    priority: 1,
  });
}
