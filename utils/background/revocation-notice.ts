import { showNotification } from './notify';
import { t } from '../i18n';
import { notifiedRevocationItem, type Connection } from '../storage';

/** The id of the one "key revoked" notification; a newer one replaces it. */
export const REVOKED_NOTIFICATION_ID = 'clockme-key-revoked';

/** What {@link notifyRevocation} needs from the browser; injected for tests. */
export interface NoticeDeps {
  /** Whether any page of this extension (popup, options) is open to show the revocation itself. */
  anyPageOpen(): Promise<boolean>;
  /** Shows a system notification. */
  show(id: string, title: string, message: string): Promise<void>;
}

/**
 * Tells the person that ClockMe revoked their key when no page of the extension is open to say
 * so (a shortcut or a background refresh met the 401). At most one notification per revocation
 * (keyed by its `revokedAt`), however many requests or service-worker restarts follow.
 * @returns whether a notification was shown.
 */
export async function notifyRevocation(connection: Connection, deps: NoticeDeps): Promise<boolean> {
  if (connection.state !== 'revoked') return false;
  if ((await notifiedRevocationItem.getValue()) === connection.revokedAt) return false;
  await notifiedRevocationItem.setValue(connection.revokedAt);
  if (await deps.anyPageOpen()) return false;
  await deps.show(REVOKED_NOTIFICATION_ID, t('revoked.notificationTitle'), t('revoked.notificationMessage', [connection.maskedKey.slice(-4)]));
  return true;
}

/** The real browser behind {@link NoticeDeps}. */
export const browserNoticeDeps: NoticeDeps = {
  async anyPageOpen() {
    // chrome.runtime.getContexts (Chrome 116+) lists this extension's open popup and tabs.
    const contexts = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.POPUP, chrome.runtime.ContextType.TAB] });
    return contexts.length > 0;
  },
  async show(id, title, message) {
    await showNotification(id, { title, message, priority: 2 });
  },
};
