import { browser } from 'wxt/browser';
import type { Reply } from '../messaging';
import { apiKeyItem, connectionItem, lastProjectIdItem, outboxItem, projectsItem, requestBudgetItem, settingsItem, timerItem } from '../storage';
import type { BackgroundActions } from './actions';
import { commandAction, DOUBLE_PRESS_MS } from './commands';
import { noticeFor, showNotice, SHORTCUT_PROBLEM_NOTIFICATION_ID, type Notice, type ShortcutOutcome } from './shortcut-notice';
import type { SnapshotReply, StopReply } from './timer-actions';
import { refreshBadge, showPendingBadge } from './toolbar';
import { readItem } from './mirror';

/** What the shortcut handler needs; the browser's by default, injected for tests. */
export interface ShortcutDeps {
  actions: Pick<BackgroundActions, 'toggle' | 'stopTimer'>;
  now(): number;
  openOptions(): Promise<void>;
  notify(notice: Notice): Promise<void>;
  showPending(): Promise<void>;
  refreshBadge(): Promise<void>;
}

function outcomeOf(reply: SnapshotReply | StopReply): ShortcutOutcome {
  if (!reply.ok) return { kind: 'failed', error: reply.error };
  if (reply.queued) return { kind: 'queued', what: 'entry' in reply ? 'stop' : 'start' };
  if ('entry' in reply) return { kind: 'stopped', entry: reply.entry };
  return reply.snapshot.timer ? { kind: 'started', timer: reply.snapshot.timer } : { kind: 'stopped', entry: null };
}

/**
 * Builds the `chrome.commands` handler (see `commandAction` for the table). A press of a shortcut
 * that is still being acted on, or within {@link DOUBLE_PRESS_MS} of the previous press of it, is
 * the same press: it never doubles the action. Different shortcuts queue behind each other (a
 * stop pressed during a start runs after it). Feedback without the popup: the badge shows `…`
 * while ClockMe answers (from right after the request) and then the outcome; a notification says
 * what happened (if turned on) or why nothing did (always).
 */
export function createShortcutHandler(deps: ShortcutDeps): (command: string) => Promise<void> {
  const pending = new Set<string>();
  const lastPress = new Map<string, number>();

  async function act(send: () => Promise<Reply>): Promise<ShortcutOutcome> {
    // The `…` goes up in the next task, while the press is still acted on: after the request,
    // which a warm service worker sends in this one (a badge call before it would delay it).
    let acting = true;
    const pending = new Promise((resolve) => setTimeout(resolve)).then(() => (acting ? deps.showPending() : undefined));
    try {
      return outcomeOf((await send()) as SnapshotReply | StopReply);
    } finally {
      acting = false;
      await pending;
      await deps.refreshBadge();
    }
  }

  async function run(command: string): Promise<void> {
    const [connection, settings] = await Promise.all([readItem(connectionItem), readItem(settingsItem)]);
    const action = commandAction(command, connection);
    let outcome: ShortcutOutcome;
    if (action === 'none') return;
    if (action === 'open-options') return deps.openOptions();
    if (action === 'explain-read-only') outcome = { kind: 'read-only' };
    else outcome = await act(action === 'toggle' ? deps.actions.toggle : deps.actions.stopTimer);
    const notice = noticeFor(outcome, settings.notifyOnShortcut);
    if (notice) await deps.notify(notice);
  }

  return async (command) => {
    const at = deps.now();
    if (pending.has(command) || at - (lastPress.get(command) ?? -Infinity) < DOUBLE_PRESS_MS) return;
    lastPress.set(command, at);
    pending.add(command);
    try {
      await run(command);
    } finally {
      pending.delete(command);
    }
  };
}

/**
 * Wires the keyboard shortcuts to the background's actions, and a click on a "shortcut did not
 * work" notification to the options page. Call synchronously at service-worker start.
 */
export function registerShortcuts(actions: BackgroundActions): void {
  // What a press reads on its way to ClockMe, read into memory now: a press that woke the worker waits one round trip for it.
  for (const item of [connectionItem, settingsItem, apiKeyItem, timerItem, outboxItem, lastProjectIdItem, projectsItem, requestBudgetItem]) void readItem(item).catch(() => undefined);
  const openOptions = () => browser.runtime.openOptionsPage();
  const handle = createShortcutHandler({ actions, now: Date.now, openOptions, notify: showNotice, showPending: showPendingBadge, refreshBadge: () => refreshBadge() });
  browser.commands.onCommand.addListener((command) => void handle(command));
  browser.notifications.onClicked.addListener((id) => {
    if (id === SHORTCUT_PROBLEM_NOTIFICATION_ID) void openOptions();
  });
}
