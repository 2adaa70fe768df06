import type { Locator, Page } from '@playwright/test';

/**
 * The question a page asks after a new key is saved while a start or stop that met a revocation
 * is kept as paused work: carry it out with the new key, or drop it.
 */
export class PausedWorkQuestion {
  readonly question: Locator;
  readonly resume: Locator;
  readonly discard: Locator;

  constructor(readonly page: Page) {
    this.question = page.getByText('same ClockMe account').first();
    this.resume = page.getByRole('button', { name: 'Resume with this key' });
    this.discard = page.getByRole('button', { name: 'Discard' });
  }
}
