import { browser } from 'wxt/browser';
import { connectionItem, type Connection } from '../storage';
import { finishRemoval } from './key-store';
import { SHORTCUT_PROBLEM_NOTIFICATION_ID } from './shortcut-notice';
import { browserNoticeDeps, notifyRevocation, REVOKED_NOTIFICATION_ID } from './revocation-notice';

/** The alarm that clears a removed key when its undo window has passed. */
export const FINISH_REMOVAL_ALARM = 'finish-key-removal';

async function reflect(connection: Connection): Promise<void> {
  // A working key makes "revoked" and "the shortcut did not work" notices stale.
  if (connection.state === 'connected') await Promise.all([browser.notifications.clear(REVOKED_NOTIFICATION_ID), browser.notifications.clear(SHORTCUT_PROBLEM_NOTIFICATION_ID)]);
  await notifyRevocation(connection, browserNoticeDeps);
  if (connection.state === 'removing') await browser.alarms.create(FINISH_REMOVAL_ALARM, { when: connection.until });
}

/**
 * Keeps the revocation notification and the removal alarm in step with the stored key state
 * (the badge follows it through `registerToolbar`). Registers its listeners synchronously (call at service-worker start, before any await),
 * then shows the stored state at once, so a restarted browser or worker never shows a stale badge.
 */
export function registerKeyLifecycle(): void {
  connectionItem.watch((connection) => void reflect(connection));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FINISH_REMOVAL_ALARM) void finishRemoval();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === REVOKED_NOTIFICATION_ID) void browser.runtime.openOptionsPage();
  });
  // One read at start-up: if finishing a removal changes the state, the watch above reflects it.
  void connectionItem.getValue().then(async (connection) => {
    await reflect(connection);
    if (connection.state === 'removing') await finishRemoval();
  });
}
