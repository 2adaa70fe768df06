import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';

const run = promisify(execFile);

/**
 * Presses a real key combination through the X server (xdotool), the way a person would, so
 * Chrome's own shortcut handling (chrome.commands) sees it. Xvfb has no window manager, so the
 * page is brought to front first and modifiers held by earlier presses are cleared.
 * @param keys xdotool key names, e.g. `alt+shift+k`; several separated by spaces are pressed one
 *   after the other, 12 ms apart (xdotool's default), e.g. `alt+shift+k alt+shift+k`.
 */
export async function pressRealKeys(page: Page, keys: string): Promise<void> {
  if (!process.env.DISPLAY) throw new Error('Real key presses need an X display; run the e2e tests with npm run test:e2e (it starts Xvfb).');
  await page.bringToFront();
  await run('xdotool', ['key', '--clearmodifiers', ...keys.split(/\s+/)]);
}
