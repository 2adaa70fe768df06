import type { Locator, Page } from '@playwright/test';

/** The popup's idle question (idle detection): what should happen to the time the person was away. */
export class IdleQuestion {
  readonly region: Locator;
  readonly keep: Locator;
  readonly discard: Locator;
  readonly stopAtIdleStart: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Idle time' });
    this.keep = this.region.getByRole('button', { name: 'Keep' });
    this.discard = this.region.getByRole('button', { name: 'Discard idle time' });
    this.stopAtIdleStart = this.region.getByRole('button', { name: 'Stop at idle start' });
  }
}
