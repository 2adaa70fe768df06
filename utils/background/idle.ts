import { Mutex } from './mutex';
import { browser, type Browser } from 'wxt/browser';
import type { IdleChoice, Reply } from '../messaging';
import { personView } from '../outbox/ops';
import { idlePromptItem, idleSinceItem, outboxItem, settingsItem, timerItem, type IdlePrompt } from '../storage';
import { detectionIntervalSeconds, TEST_SCALE } from './idle-cadence';
import { clearIdleNotice, IDLE_NOTIFICATION_CHOICES, IDLE_NOTIFICATION_ID, idleNotice, showIdleNotice, showIdleResult } from './idle-notice';

/** `chrome.idle`'s states. */
export type IdleState = `${Browser.idle.IdleState}`;

/**
 * When idleness began, after `state` (pure): `idle` means no input for the threshold, so it began
 * `thresholdMs` before now (or earlier, if already known); `locked` began now unless the computer
 * was already idle; `active` ends it (`null`).
 */
export function idleSinceAfter(state: IdleState, since: number | null, now: number, thresholdMs: number): number | null {
  if (state === 'idle') return Math.min(since ?? Infinity, now - thresholdMs);
  if (state === 'locked') return since ?? now;
  return null;
}

/**
 * Builds the idle detection (the option "Ask about idle time", off by default):
 * `stateChanged(state)` records when idleness began (`idleSinceItem`) and, when the person comes
 * back after at least the threshold with a timer that was already running then, asks what to do
 * with that time (`idlePromptItem`, and a notification with "Discard idle time" and "Stop at idle
 * start"). `resolve` answers it (see `createIdleAnswer`); a click on the notification opens the
 * popup where Chrome allows it, else the popup asks when next opened.
 * @param options `now` (ms) and `scale` (the test build's scale), injected for tests.
 */
export function createIdleDetection(resolve: (choice: IdleChoice) => Promise<Reply>, options: { now?: () => number; scale?: number } = {}) {
  const now = options.now ?? Date.now;
  const scale = options.scale ?? TEST_SCALE;
  const lock = new Mutex();

  /** Tells Chrome how long without input counts as idle: the threshold, or 60 s while idle detection is off (the heartbeat uses it too). */
  async function applyDetectionInterval(): Promise<void> {
    browser.idle.setDetectionInterval(detectionIntervalSeconds(await settingsItem.getValue(), scale));
  }

  /** Asks about the time from `since` to `at`, if the person's timer was running since before `since`. */
  async function askAbout(since: number, at: number): Promise<void> {
    const [stored, outbox] = await Promise.all([timerItem.getValue(), outboxItem.getValue()]);
    const timer = personView(stored?.timer ?? null, outbox);
    const startedAt = timer ? Date.parse(timer.startedAt) : NaN;
    if (!timer || !(startedAt <= since)) return;
    const prompt: IdlePrompt = {
      idleStartedAt: since,
      returnedAt: at,
      timerId: timer.id,
      projectId: timer.projectId,
      description: timer.description ?? '',
      timerStartedAt: startedAt,
    };
    await idlePromptItem.setValue(prompt);
    await showIdleNotice(idleNotice(prompt, timer));
  }

  function stateChanged(state: IdleState): Promise<void> {
    return lock.runExclusive(async () => {
      const [settings, since] = await Promise.all([settingsItem.getValue(), idleSinceItem.getValue()]);
      if (!settings.idleDetection) {
        if (since !== null) await idleSinceItem.setValue(null);
        return;
      }
      const thresholdMs = detectionIntervalSeconds(settings, scale) * 1000;
      const at = now();
      const next = idleSinceAfter(state, since, at, thresholdMs);
      if (next !== since) await idleSinceItem.setValue(next);
      if (state === 'active' && since !== null && at - since >= thresholdMs) await askAbout(since, at);
    });
  }

  async function buttonClicked(notificationId: string, buttonIndex: number): Promise<void> {
    const choice = IDLE_NOTIFICATION_CHOICES[buttonIndex];
    if (notificationId !== IDLE_NOTIFICATION_ID || !choice) return;
    const reply = await resolve(choice);
    if (!reply.ok) await showIdleResult(reply.error.message);
  }

  async function clicked(notificationId: string): Promise<void> {
    if (notificationId !== IDLE_NOTIFICATION_ID) return;
    try {
      await browser.action.openPopup();
    } catch {
      // No focused browser window (or a Chrome without it): the notification stays, and the popup asks when opened.
      return;
    }
    await clearIdleNotice();
  }

  return { applyDetectionInterval, stateChanged, buttonClicked, clicked };
}

/**
 * Registers idle detection's listeners synchronously (call at service-worker start) and applies
 * the detection interval now and whenever the settings change. Closing the notification does
 * nothing: the question stays in the popup (closing it there means Keep). The listeners return
 * their work's promise, so tests can await them.
 */
export function registerIdleDetection(resolve: (choice: IdleChoice) => Promise<Reply>): void {
  const idle = createIdleDetection(resolve);
  browser.idle.onStateChanged.addListener((state) => idle.stateChanged(state));
  browser.notifications.onButtonClicked.addListener((id, index) => idle.buttonClicked(id, index));
  browser.notifications.onClicked.addListener((id) => idle.clicked(id));
  settingsItem.watch(() => void idle.applyDetectionInterval());
  void idle.applyDetectionInterval();
}
