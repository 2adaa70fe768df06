import { POLL_IDLE_MINUTES, POLL_RUNNING_MINUTES } from '../utils/background/poll-cadence';
import { expect, test } from './fixtures';
import { E2E_POLL_SCALE } from './global-setup';
import { PopupPage } from './pages/popup';
import { connectInOptions } from './support/key-flows';
import { stopServiceWorkers } from './support/service-worker';
import { readToolbar, RUNNING_BADGE_COLOR } from './support/toolbar';

/** One poll period of the e2e build (a tenth of the real one), plus time for the request and a late alarm. */
const withinOnePoll = (minutes: number) => minutes * E2E_POLL_SCALE * 60_000 + 5_000;

/** An ISO-8601 instant `ms` before now. */
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

test.describe('the badge and the timer follow ClockMe without the popup', () => {
  test('a timer started by another client shows on the badge within one poll, with project, description and elapsed time', async ({ openExtensionPage, sandbox, account }) => {
    const options = await connectInOptions(openExtensionPage, sandbox, account.keys.write);
    await expect.poll(() => readToolbar(options.page)).toMatchObject({ badgeText: '' });

    await sandbox.startTimerElsewhere(account.accountId, 'Website', 'Fix login', ago(7 * 60_000 + 5_000));

    await expect
      .poll(() => readToolbar(options.page), { timeout: withinOnePoll(POLL_IDLE_MINUTES) })
      .toMatchObject({ badgeText: '0:07', badgeColor: RUNNING_BADGE_COLOR, title: 'ClockMe: Website — Fix login, running for 7 min.' });
  });

  test('a timer stopped by another client while the popup is open: the popup shows idle within one poll', async ({ openExtensionPage, sandbox, account }) => {
    const popup = new PopupPage(await openExtensionPage('popup.html'));
    await popup.keyEntry.submit(account.keys.write);
    await popup.chooseProject('Website');
    await popup.start.click();
    await expect(popup.timer).toBeVisible();

    await sandbox.stopTimerElsewhere(account.accountId);

    await expect(popup.start).toBeVisible({ timeout: withinOnePoll(POLL_RUNNING_MINUTES) });
    await expect(popup.timer).toHaveCount(0);
    await expect.poll(() => readToolbar(popup.page)).toMatchObject({ badgeText: '' });
  });

  test('the badge keeps counting while Chrome has stopped the service worker', async ({ context, openExtensionPage, sandbox, account }) => {
    // 4 min 50 s ago: the badge turns 0:05 ten seconds from now, with the worker asleep.
    await sandbox.startTimerElsewhere(account.accountId, 'Website', undefined, ago(4 * 60_000 + 50_000));
    const options = await connectInOptions(openExtensionPage, sandbox, account.keys.write);
    await expect.poll(() => readToolbar(options.page)).toMatchObject({ badgeText: '0:04' });

    await stopServiceWorkers(context, options.page);

    await expect.poll(() => readToolbar(options.page), { timeout: 30_000 }).toMatchObject({ badgeText: '0:05', badgeColor: RUNNING_BADGE_COLOR });
  });

  test('after a browser restart the badge shows the running time at once, from storage, even with ClockMe unreachable', async ({ openExtensionPage, relaunch, sandbox, account }) => {
    const key = account.keys.write;
    await sandbox.startTimerElsewhere(account.accountId, 'Website', 'Fix login', ago(3 * 60_000 + 5_000));
    const options = await connectInOptions(openExtensionPage, sandbox, key);
    await expect.poll(() => readToolbar(options.page)).toMatchObject({ badgeText: '0:03' });
    await sandbox.injectFault({ key, status: 503, count: 1_000 });

    await relaunch();

    const page = await openExtensionPage('options.html');
    await expect.poll(() => readToolbar(page)).toMatchObject({ badgeText: expect.stringMatching(/^0:0[34]$/), badgeColor: RUNNING_BADGE_COLOR, title: expect.stringContaining('Website — Fix login') });
  });
});
