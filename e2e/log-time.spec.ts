import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { LogTimeForm } from './pages/log-time';
import { PopupPage } from './pages/popup';

/**
 * Logging a completed entry from the popup: what the person typed in their local time reaches
 * ClockMe as the right UTC instants, across the daylight-saving changes of their zone. Chromium
 * runs in the zone under test (`TZ`), whatever the machine's is.
 */

async function openLogTime(popup: PopupPage, key: string, zone: string): Promise<LogTimeForm> {
  await popup.keyEntry.submit(key);
  await expect(popup.start).toBeVisible();
  expect(await popup.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(zone);
  const logTime = new LogTimeForm(popup.page);
  await expect(logTime.toggle).toHaveAttribute('aria-expanded', 'false');
  await logTime.toggle.click();
  await expect(logTime.toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(logTime.form).toContainText(`Times are in your time zone, ${zone}.`);
  await expect(logTime.project).toContainText('Mobile app');
  return logTime;
}

test.describe('log time in Berlin', () => {
  test.use({ timeZone: 'Europe/Berlin' });

  test('an entry over the spring-forward night reaches ClockMe in UTC, and a time in the gap is refused', async ({ openExtensionPage, sandbox, account }) => {
    const popup = new PopupPage(await openExtensionPage('popup.html'));
    const logTime = await openLogTime(popup, account.keys.write, 'Europe/Berlin');

    await logTime.project.selectOption({ label: 'Mobile app' });
    await logTime.description.fill('Release night');
    await logTime.date.fill('2026-03-29');
    // 02:30 does not exist that night in Berlin: the clocks jump from 02:00 to 03:00.
    await logTime.start.fill('02:30');
    await logTime.end.fill('04:00');
    await logTime.save.click();
    await expect(logTime.alert).toContainText('2:30 AM does not exist on Sun, March 29 in your time zone');
    await expect(logTime.start).toHaveAttribute('aria-invalid', 'true');
    await expect(logTime.start).toBeFocused();
    // The form with its messages shown has no accessibility violations.
    expect((await new AxeBuilder({ page: popup.page }).include('form[aria-label]').analyze()).violations).toEqual([]);

    // 01:30 CET to 04:00 CEST is one and a half hours.
    await logTime.start.fill('01:30');
    await expect(logTime.form).toContainText('Duration: 1 hr, 30 min.');
    await logTime.save.click();

    await expect(logTime.status).toHaveText('Logged 1:30 on Mobile app.');
    const { entries } = await sandbox.state(account.accountId);
    expect(entries).toEqual([expect.objectContaining({ projectName: 'Mobile app', description: 'Release night', startedAt: '2026-03-29T00:30:00.000Z', endedAt: '2026-03-29T02:00:00.000Z', durationSeconds: 5400 })]);
    const posts = (await sandbox.requests({ key: account.keys.write })).filter((request) => request.method === 'POST' && request.path === '/api/entries');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ status: 201, idempotencyKey: expect.any(String) });
    await expect(logTime.start).toHaveValue('');
  });
});

test.describe('log time in New York', () => {
  test.use({ timeZone: 'America/New_York' });

  test('a duration from the second 1:30 AM of the fall-back night reaches ClockMe in UTC', async ({ openExtensionPage, sandbox, account }) => {
    const popup = new PopupPage(await openExtensionPage('popup.html'));
    const logTime = await openLogTime(popup, account.keys.write, 'America/New_York');

    await logTime.project.selectOption({ label: 'Mobile app' });
    await logTime.date.fill('2026-11-01');
    await logTime.start.fill('01:30');
    await logTime.durationMode.check();
    await logTime.durationField.fill('1h 15m');
    const question = logTime.repeated(/^1:30 AM happens twice on Sun, November 1/);
    await expect(question.getByRole('radio', { name: /^The first, 1:30 AM GMT-4/ })).toBeChecked();
    await question.getByRole('radio', { name: /^The second, 1:30 AM GMT-5/ }).check();
    await expect(logTime.form).toContainText('Ends at 2:45 AM.');
    await logTime.save.click();

    await expect(logTime.status).toHaveText('Logged 1:15 on Mobile app.');
    const { entries } = await sandbox.state(account.accountId);
    expect(entries).toEqual([expect.objectContaining({ projectName: 'Mobile app', description: null, startedAt: '2026-11-01T06:30:00.000Z', endedAt: '2026-11-01T07:45:00.000Z' })]);
  });
});
