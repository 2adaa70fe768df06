import type { Locator, Page } from '@playwright/test';
import { KeyEntry } from './key-entry';
import { PausedWorkQuestion } from './paused-work';

/** The toolbar popup, opened as a tab at `popup.html`. */
export class PopupPage {
  readonly keyEntry: KeyEntry;
  readonly pausedWork: PausedWorkQuestion;
  readonly project: Locator;
  /** The entries of the "Project" combobox. */
  readonly projectNames: Locator;
  readonly description: Locator;
  readonly start: Locator;
  readonly stop: Locator;
  readonly timer: Locator;
  readonly alert: Locator;
  readonly running: Locator;
  readonly openSettings: Locator;
  /** "Offline — 2 changes waiting" and the list of them. */
  readonly waiting: Locator;

  constructor(readonly page: Page) {
    this.keyEntry = new KeyEntry(page);
    this.pausedWork = new PausedWorkQuestion(page);
    this.project = page.getByLabel('Project');
    this.projectNames = this.project.getByRole('option');
    this.description = page.getByLabel('Description');
    this.start = page.getByRole('button', { name: 'Start timer' });
    this.stop = page.getByRole('button', { name: 'Stop timer' });
    this.timer = page.getByRole('timer');
    this.alert = page.getByRole('alert').filter({ hasText: /\S/ });
    this.running = page.getByRole('region', { name: 'Running timer' });
    this.openSettings = page.getByRole('button', { name: 'Open settings' });
    this.waiting = page.getByRole('region', { name: 'Changes waiting to reach ClockMe' });
  }
}
