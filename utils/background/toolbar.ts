import { Mutex } from './mutex';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { waitingChanges } from '../outbox/ops';
import { clockSkewItem, connectionItem, outboxItem, pausedActionsItem, timerItem } from '../storage';
import { nextBadgeChangeAt } from '../timer/badge-text';
import { applyBadge, badgeFor, type ToolbarView } from './badge';
import { readItem } from './mirror';
import { readPersonView } from './person-view';

/** The alarm that redraws the badge when the running time reaches its next whole minute. */
export const BADGE_TICK_ALARM = 'badge-tick';

const drawing = new Mutex();

/** Reads everything the badge shows from storage. */
export async function readToolbarView(): Promise<ToolbarView> {
  // The person's view: a start or stop waiting in the outbox shows at once, from its click.
  // Changes count as waiting (amber) once an attempt failed, not during their first attempt.
  // From the worker's copy: its storage listener runs before this one's (`keepStorageCopies`).
  const [connection, { snapshot, outbox }, paused] = await Promise.all([readItem(connectionItem), readPersonView(), pausedActionsItem.getValue()]);
  return { connection, snapshot, waiting: paused.length + (outbox.offline ? waitingChanges(outbox).length : 0) };
}

/**
 * Redraws the badge from storage and, while a timer runs, schedules {@link BADGE_TICK_ALARM} for
 * the next whole minute of elapsed time (a one-shot alarm each time, so it never drifts). Calls
 * run one at a time, each reading storage afresh, so an older state is never drawn over a newer one.
 * @param now this computer's clock (epoch ms); injected for tests. The stored clock skew is added.
 */
export function refreshBadge(now: () => number = Date.now): Promise<void> {
  return drawing.runExclusive(async () => {
    const [view, skew] = await Promise.all([readToolbarView(), clockSkewItem.getValue()]);
    // Elapsed time is ClockMe's now minus ClockMe's start; the alarm runs on this computer's clock.
    const offset = skew?.offsetMs ?? 0;
    const at = now() + offset;
    await applyBadge(badgeFor(view, at));
    const timer = view.connection.state === 'connected' ? view.snapshot?.timer : null;
    if (timer) await browser.alarms.create(BADGE_TICK_ALARM, { when: nextBadgeChangeAt(Date.parse(timer.startedAt), at) - offset });
    else await browser.alarms.clear(BADGE_TICK_ALARM);
  });
}

/** Shows at once that a shortcut is being acted on (`…`), until {@link refreshBadge} draws the outcome. */
export function showPendingBadge(): Promise<void> {
  return drawing.runExclusive(async () => {
    await Promise.all([browser.action.setBadgeText({ text: '…' }), browser.action.setTitle({ title: t('badge.updating') })]);
  });
}

/**
 * Keeps the badge in step with storage: redraws on every change of the key, the timer or the
 * waiting work, on each tick, on browser start and install, and once now (so a restarted worker
 * or browser never shows a stale badge). Registers its listeners synchronously; call at
 * service-worker start, before any await.
 */
export function registerToolbar(): void {
  const redraw = () => void refreshBadge();
  connectionItem.watch(redraw);
  timerItem.watch(redraw);
  pausedActionsItem.watch(redraw);
  outboxItem.watch(redraw);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_TICK_ALARM) redraw();
  });
  browser.runtime.onStartup.addListener(redraw);
  browser.runtime.onInstalled.addListener(redraw);
  redraw();
}
