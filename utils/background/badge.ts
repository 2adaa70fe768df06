import { browser } from 'wxt/browser';
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

/** "1 h 23 min", "7 min", "less than a minute": the elapsed time in a tooltip. */
function describeForTooltip(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  const hours = Math.floor(minutes / 60);
  return hours ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}

function waitingNote(waiting: number): string {
  return `${waiting} ${waiting === 1 ? 'change is' : 'changes are'} waiting to reach ClockMe: open the popup to send or discard ${waiting === 1 ? 'it' : 'them'}.`;
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
      return { text: '!', color: BADGE_ALERT_COLOR, title: `ClockMe: your key ending in …${connection.maskedKey.slice(-4)} was revoked. Click to add a new key.` };
    case 'none':
    case 'removing':
      return { text: '!', color: BADGE_ALERT_COLOR, title: 'ClockMe: add your API key to start tracking.' };
    case 'connected':
      break;
  }
  const timer = snapshot?.timer ?? null;
  const color = waiting > 0 ? BADGE_WAITING_COLOR : BADGE_RUNNING_COLOR;
  const note = waiting > 0 ? ` ${waitingNote(waiting)}` : '';
  if (!timer) return { text: waiting > 0 ? String(Math.min(waiting, 99)) : '', color, title: `ClockMe: no timer running.${note}` };
  const elapsed = elapsedMs(timer.startedAt, now);
  const what = timer.description ? `${timer.projectName} — ${timer.description}` : timer.projectName;
  const others = snapshot?.othersRunning ? ` (${snapshot.othersRunning} more running)` : '';
  return { text: formatBadgeElapsed(elapsed), color, title: `ClockMe: ${what}, running for ${describeForTooltip(elapsed)}${others}.${note}` };
}

/** Shows `badge` on the toolbar icon. */
export async function applyBadge(badge: Badge): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}
