import type { Connection } from '../storage';

/** The shortcuts (`chrome.commands`) declared in `wxt.config.ts`, besides `_execute_action` (the popup). */
export const TOGGLE_TIMER_COMMAND = 'toggle-timer';
export const STOP_TIMER_COMMAND = 'stop-timer';

/** Presses of the same shortcut closer together than this (ms) are one press (a bounce or a double press). */
export const DOUBLE_PRESS_MS = 400;

/** What a shortcut press leads to. */
export type CommandAction = 'toggle' | 'stop' | 'open-options' | 'explain-read-only' | 'none';

/**
 * The command → action table (pure). `toggle-timer` toggles and `stop-timer` only stops, with a
 * key that may write; with no usable key (none, revoked, being removed) both open the options
 * page; with a key known to be read-only both explain why nothing happened. Anything else
 * (including `_execute_action`, which Chrome handles) does nothing.
 */
export function commandAction(command: string, connection: Connection): CommandAction {
  if (command !== TOGGLE_TIMER_COMMAND && command !== STOP_TIMER_COMMAND) return 'none';
  if (connection.state !== 'connected') return 'open-options';
  if (connection.scope?.scope === 'read') return 'explain-read-only';
  return command === TOGGLE_TIMER_COMMAND ? 'toggle' : 'stop';
}
