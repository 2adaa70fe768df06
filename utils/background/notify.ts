import { browser } from 'wxt/browser';
import { redactKeys } from '../security/redact';

/** What a notification says: its title, its sentence, and (idle question) up to two buttons. */
export interface NotificationText {
  title: string;
  message: string;
  buttons?: { title: string }[];
  /** Stays until answered or closed (the idle question). */
  requireInteraction?: boolean;
  /** Chrome's priority, -2…2. */
  priority: number;
}

/**
 * Shows (or replaces) system notification `id` with the extension's icon. Every text passes
 * through `redactKeys` first: the one place a notification's words are cleaned (docs/security.md).
 */
export async function showNotification(id: string, text: NotificationText): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    ...text,
    title: redactKeys(text.title),
    message: redactKeys(text.message),
    ...(text.buttons ? { buttons: text.buttons.map((button) => ({ title: redactKeys(button.title) })) } : {}),
  });
}
