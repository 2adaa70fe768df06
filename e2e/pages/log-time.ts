import type { Locator, Page } from '@playwright/test';

/** The popup's "Log time" disclosure and its form. */
export class LogTimeForm {
  readonly toggle: Locator;
  readonly form: Locator;
  readonly project: Locator;
  readonly description: Locator;
  readonly date: Locator;
  readonly start: Locator;
  readonly end: Locator;
  /** The "By duration" choice (radio button); {@link durationField} is the text field it shows. */
  readonly durationMode: Locator;
  readonly durationField: Locator;
  readonly save: Locator;
  readonly status: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.toggle = page.getByRole('button', { name: 'Log time' });
    this.form = page.getByRole('form', { name: 'Log a completed time entry' });
    this.project = this.form.getByLabel('Project');
    this.description = this.form.getByLabel('Description');
    this.date = this.form.getByLabel('Date');
    this.start = this.form.getByLabel('Start');
    this.end = this.form.getByLabel('End', { exact: true });
    this.durationMode = this.form.getByRole('radio', { name: 'By duration' });
    this.durationField = this.form.getByRole('textbox', { name: 'Duration' });
    this.save = this.form.getByRole('button', { name: 'Save entry' });
    this.status = this.form.getByRole('status');
    this.alert = this.form.getByRole('alert').filter({ hasText: /\S/ });
  }

  /** A repeated time's question ("2:30 AM happens twice …") and its answers. */
  repeated(question: RegExp): Locator {
    return this.form.getByRole('group', { name: question });
  }
}
