import { expect, type Locator, type Page } from '@playwright/test';
import { KeyEntry } from './key-entry';
import { PausedWorkQuestion } from './paused-work';

/** The toolbar popup, opened as a tab at `popup.html`. */
export class PopupPage {
  readonly keyEntry: KeyEntry;
  readonly pausedWork: PausedWorkQuestion;
  /** The "Project" combobox (start form when idle, switch form while running). */
  readonly project: Locator;
  /** The button that opens the project list. */
  readonly showProjects: Locator;
  /** The entries of the open "Project" list. */
  readonly projectNames: Locator;
  /** The "Description" combobox. */
  readonly description: Locator;
  readonly start: Locator;
  readonly stop: Locator;
  /** "Switch" in the switch form shown while a timer runs. */
  readonly switchTimer: Locator;
  readonly timer: Locator;
  readonly alert: Locator;
  /** The `role="status"` line that announces progress and outcomes. */
  readonly status: Locator;
  readonly running: Locator;
  /** The project name shown in the running timer. */
  readonly runningProject: Locator;
  readonly openSettings: Locator;
  /** "Offline — 2 changes waiting" and the list of them. */
  readonly waiting: Locator;

  constructor(readonly page: Page) {
    this.keyEntry = new KeyEntry(page);
    this.pausedWork = new PausedWorkQuestion(page);
    this.project = page.getByRole('combobox', { name: 'Project', exact: true });
    this.showProjects = page.getByRole('button', { name: 'Show the projects' });
    this.projectNames = page.getByRole('listbox', { name: 'Project', exact: true }).getByRole('option');
    this.description = page.getByRole('combobox', { name: 'Description', exact: true });
    this.start = page.getByRole('button', { name: 'Start timer' });
    this.stop = page.getByRole('button', { name: 'Stop timer' });
    this.switchTimer = page.getByRole('button', { name: 'Switch', exact: true });
    this.timer = page.getByRole('timer');
    this.alert = page.getByRole('alert').filter({ hasText: /\S/ });
    this.status = page.getByRole('status');
    this.running = page.getByRole('region', { name: 'Running timer' });
    this.runningProject = this.running.locator('.project-name');
    this.openSettings = page.getByRole('button', { name: 'Open settings' });
    this.waiting = page.getByRole('region', { name: 'Changes waiting to reach ClockMe' });
  }

  /** Waits until ClockMe's projects are listed and one is preselected (`name`, when given). */
  async projectsListed(name?: string): Promise<void> {
    await expect(this.project).toHaveValue(name ?? /\S/);
  }

  /** Opens the project list (if closed), so {@link projectNames} shows its entries. */
  async openProjectList(): Promise<void> {
    if ((await this.project.getAttribute('aria-expanded')) !== 'true') await this.showProjects.click();
    await expect(this.project).toHaveAttribute('aria-expanded', 'true');
  }

  /** Chooses `name` in the "Project" combobox with the mouse, as a person would. */
  async chooseProject(name: string): Promise<void> {
    await this.openProjectList();
    await this.projectNames.filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
    await expect(this.project).toHaveValue(name);
  }
}
