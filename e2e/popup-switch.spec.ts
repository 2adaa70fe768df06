import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';

test.describe('popup: switch and draft', () => {
  test('Switch while running: one stop and one start reach ClockMe, and the popup shows the new project', async ({ openExtensionPage, sandbox, account }) => {
    const popup = new PopupPage(await openExtensionPage('popup.html'));
    await popup.keyEntry.submit(account.keys.write);
    await popup.chooseProject('Website');
    await popup.description.fill('Homepage copy');
    await popup.start.click();
    await expect(popup.runningProject).toHaveText('Website');
    await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName).toBe('Website');
    const before = await sandbox.lastSeq();

    await popup.chooseProject('Mobile app');
    await popup.description.fill('Release notes');
    await expect(popup.switchTimer).toHaveAttribute('aria-disabled', 'false'); // past the double-press window of the start
    await popup.switchTimer.click();

    await expect(popup.runningProject).toHaveText('Mobile app');
    await expect(popup.running).toContainText('Release notes');
    await expect(popup.status).toHaveText('Timer switched to Mobile app.');
    await expect.poll(async () => (await sandbox.state(account.accountId)).timer).toMatchObject({ projectName: 'Mobile app', description: 'Release notes' });
    const changes = (await sandbox.timerChanges({ accountId: account.accountId })).filter((request) => request.seq > before);
    expect(changes.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual(['POST /api/timer/stop 200', 'POST /api/timer/start 201']);
    const { entries } = await sandbox.state(account.accountId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ projectName: 'Website', description: 'Homepage copy' });
    // The draft was used up by the switch.
    await expect(popup.description).toHaveValue('');
  });

  test('a typed description and the chosen project survive closing and reopening the popup', async ({ openExtensionPage, sandbox, account }) => {
    const popup = new PopupPage(await openExtensionPage('popup.html'));
    await popup.keyEntry.submit(account.keys.write);
    await popup.chooseProject('Internal');
    await popup.description.pressSequentially('Half-typed thought');

    // Closed right after the last keystroke, as a person clicking elsewhere would close it.
    await popup.page.close();
    const reopened = new PopupPage(await openExtensionPage('popup.html'));

    await expect(reopened.description).toHaveValue('Half-typed thought');
    await expect(reopened.description).toBeFocused();
    await expect(reopened.project).toHaveValue('Internal');
    expect(await sandbox.timerChanges({ accountId: account.accountId })).toEqual([]);

    // Enter starts with the draft.
    await reopened.description.press('Enter');
    await expect(reopened.runningProject).toHaveText('Internal');
    await expect.poll(async () => (await sandbox.state(account.accountId)).timer).toMatchObject({ projectName: 'Internal', description: 'Half-typed thought' });
  });
});

test('with a Full key, a new project is created from the picker and the timer starts on it', async ({ openExtensionPage, sandbox, account }) => {
  const popup = new PopupPage(await openExtensionPage('popup.html'));
  await popup.keyEntry.submit(account.keys.full);
  await popup.projectsListed();

  await popup.project.fill('Acme redesign');
  await popup.page.getByRole('option', { name: "Create 'Acme redesign'" }).click();
  await expect(popup.project).toHaveValue('Acme redesign');
  await popup.start.click();

  await expect(popup.runningProject).toHaveText('Acme redesign');
  await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName).toBe('Acme redesign');
  const created = (await sandbox.requests({ key: account.keys.full })).filter((request) => request.method === 'POST' && request.path === '/api/projects');
  // The scope probe's empty body (400), then the one creation (201).
  expect(created.map((request) => request.status)).toEqual([400, 201]);
});
