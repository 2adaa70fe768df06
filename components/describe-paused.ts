import type { PausedAction } from '@/utils/storage';

const VERB: Record<PausedAction['kind'], string> = {
  start: 'started the timer',
  stop: 'stopped the timer',
  toggle: 'pressed the start/stop shortcut',
  log: 'tracked time offline, stopped',
  edit: "corrected an entry's times",
};

/** "you stopped the timer at 10:32", in the person's time zone. */
export function describePaused(action: PausedAction): string {
  return `you ${VERB[action.kind]} at ${new Date(action.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
}
