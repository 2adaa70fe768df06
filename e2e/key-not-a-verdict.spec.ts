import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';
import type { Fault } from './support/sandbox-admin';
import { ageStoredTimer, readLocalStorage } from './support/extension-storage';
import { readToolbar } from './support/toolbar';

/** Failures that say nothing about the key: it must stay, and the popup says ClockMe can't be reached. */
const notVerdicts: Array<{ what: string; fault: Fault }> = [
  { what: "a 401 whose body is a proxy's HTML page", fault: { status: 401, body: 'html' } },
  { what: 'a 407 (proxy authentication required)', fault: { status: 407 } },
  { what: 'a 503 outage', fault: { status: 503 } },
  { what: 'a dropped connection', fault: { drop: true } },
];

test.describe('failures that are not a verdict on the key', () => {
  for (const { what, fault } of notVerdicts) {
    test(`${what} keeps the key; the popup says it can't reach ClockMe and when it last did`, async ({ openExtensionPage, sandbox, account }) => {
      const key = account.keys.write;
      const popup = new PopupPage(await openExtensionPage('popup.html'));
      await popup.keyEntry.submit(key);
      await popup.projectsListed('Website');
      // The first popup's refresh and project listing have their answers before the fault is armed.
      await expect.poll(() => sandbox.unanswered({ key })).toBe(0);
      const before = await sandbox.lastSeq();
      await sandbox.injectFault({ ...fault, key, count: 10 });

      await ageStoredTimer(popup.page);
      await popup.page.reload();

      await expect(popup.alert).toContainText(/Can[’']t reach ClockMe/);
      await expect(popup.alert).toContainText('Last contact');
      expect((await readLocalStorage(popup.page)).apiKey).toBe(key);
      // The popup's requests did meet the fault (a dropped connection has no status).
      const met = (await sandbox.requests({ key })).filter((request) => request.seq > before);
      expect(met.map((request) => request.status)).toContain(fault.status ?? null);
      expect((await readToolbar(popup.page)).title).not.toContain('revoked');
      await expect(popup.alert.filter({ hasText: 'revoked' })).toHaveCount(0);
    });
  }
});
