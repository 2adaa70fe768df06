import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { formatHoursMinutes } from '../i18n/format';
import type { Connection, TimerSnapshot } from '../storage';
import { elapsedMs } from '../timer/elapsed';
import { formatBadgeElapsed } from '../timer/badge-text';

/** What the toolbar icon shows: text (at most 5 characters), background colour, tooltip. */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** What the badge is drawn from: all of it read from storage, never kept in memory. */
export interface ToolbarView {
  connection: Connection;
  /** The last known timer; `null` before the first read. */
  snapshot: TimerSnapshot | null;
  /** Starts and stops the person made that ClockMe has not received yet. */
  waiting: number;
}

/** Red for "needs you": no key, or ClockMe revoked it. */
export const BADGE_ALERT_COLOR = '#D93025';
/** Green for a running timer (white text on it passes WCAG AA). */
export const BADGE_RUNNING_COLOR = '#137333';
/** Amber for work waiting to reach ClockMe (white text on it passes WCAG AA). */
export const BADGE_WAITING_COLOR = '#B06000';

/** "1 hr 23 min", "7 min", "less than a minute": the elapsed time in a tooltip, in the browser's language. */
function describeForTooltip(ms: number): string {
  return ms < 60_000 ? t('badge.lessThanAMinute') : formatHoursMinutes(ms);
}

/**
 * The badge for the toolbar (pure). No key, a key being removed or a revoked key: `!` on red.
 * A running timer: its elapsed `H:MM` on green, the tooltip naming project, description and time.
 * Idle: no text. Work waiting to reach ClockMe: amber (the elapsed time, or the count when idle).
 * @param now epoch ms.
 */
export function badgeFor({ connection, snapshot, waiting }: ToolbarView, now: number): Badge {
  switch (connection.state) {
    case 'revoked':
      return { text: '!', color: BADGE_ALERT_COLOR, title: t('badge.revoked', [connection.maskedKey.slice(-4)]) };
    case 'none':
    case 'removing':
      return { text: '!', color: BADGE_ALERT_COLOR, title: t('badge.noKey') };
    case 'connected':
      break;
  }
  const timer = snapshot?.timer ?? null;
  const color = waiting > 0 ? BADGE_WAITING_COLOR : BADGE_RUNNING_COLOR;
  const note = waiting > 0 ? ` ${t('badge.waiting', waiting)}` : '';
  if (!timer) return { text: waiting > 0 ? String(Math.min(waiting, 99)) : '', color, title: `${t('badge.idle')}${note}` };
  const elapsed = elapsedMs(timer.startedAt, now);
  const what = timer.description ? t('shared.projectWithDescription', [timer.projectName, timer.description]) : timer.projectName;
  const others = snapshot?.othersRunning ?? 0;
  const running = others ? t('badge.runningWithOthers', others, [others, what, describeForTooltip(elapsed)]) : t('badge.running', [what, describeForTooltip(elapsed)]);
  return { text: formatBadgeElapsed(elapsed), color, title: `${running}${note}` };
}

/** Shows `badge` on the toolbar icon. */
export async function applyBadge(badge: Badge): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}
