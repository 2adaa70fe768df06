import { browser } from 'wxt/browser';
import { connectionItem } from '../storage';
import type { BackgroundActions } from './actions';

/** The `chrome.commands` names declared in `wxt.config.ts`. */
export const TOGGLE_TIMER_COMMAND = 'toggle-timer';

/**
 * Handles a keyboard shortcut. `toggle-timer` stops the running timer or starts one on the last
 * used project; with no usable key (none, revoked, being removed) it opens the options page instead. Other commands are ignored
 * (`_execute_action` is handled by Chrome).
 */
export async function handleCommand(command: string, actions: BackgroundActions): Promise<void> {
  if (command !== TOGGLE_TIMER_COMMAND) return;
  if ((await connectionItem.getValue()).state !== 'connected') {
    await browser.runtime.openOptionsPage();
    return;
  }
  const reply = await actions.toggle();
  // No page is open to show this; the badge and notifications (a later issue) will. Never the key.
  if (!reply.ok) console.warn(`ClockMe shortcut: ${reply.error.message}`);
}
