import type { Locator, Page } from '@playwright/test';
import { KeyEntry } from './key-entry';
import { PausedWorkQuestion } from './paused-work';

/** The options page (`options.html`): the saved key, "Remove key", and the key form. */
export class OptionsPage {
  readonly keyEntry: KeyEntry;
  readonly pausedWork: PausedWorkQuestion;
  /** Whatever alert is saying something (revoked key, unreachable ClockMe, refused key). */
  readonly alert: Locator;
  /** "Connected …" as the page says it while a key is saved (not the key form's own "saved" line). */
  readonly connected: Locator;
  readonly removeKey: Locator;
  /** The status line after "Remove key". */
  readonly removed: Locator;
  readonly undo: Locator;

  constructor(readonly page: Page) {
    this.keyEntry = new KeyEntry(page);
    this.pausedWork = new PausedWorkQuestion(page);
    this.alert = page.getByRole('alert').filter({ hasText: /\S/ });
    this.connected = page.getByText(/Connected/).first();
    this.removeKey = page.getByRole('button', { name: 'Remove key' });
    this.removed = page.getByRole('status').filter({ hasText: 'Key removed' });
    this.undo = page.getByRole('button', { name: 'Undo' });
  }

  /** Text anywhere on the page (e.g. the workspace name, a read-only warning). */
  text(text: string | RegExp): Locator {
    return this.page.getByText(text).first();
  }
}
