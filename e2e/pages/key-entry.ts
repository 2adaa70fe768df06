import type { Locator, Page } from '@playwright/test';

/** The shared "API key" form, as found on the popup and the options page. */
export class KeyEntry {
  readonly field: Locator;
  readonly save: Locator;
  readonly status: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.field = page.getByLabel('API key', { exact: true });
    this.save = page.getByRole('button', { name: 'Save key' });
    this.status = page.getByRole('status').filter({ hasText: /\S/ });
    // Every alert region stays in the page (empty when quiet); this is the one saying something.
    this.alert = page.getByRole('alert').filter({ hasText: /\S/ });
  }

  /** Types `text` into the field the way a paste would (one input event) and presses "Save key". */
  async submit(text: string): Promise<void> {
    await this.field.fill(text);
    await this.save.click();
  }
}
