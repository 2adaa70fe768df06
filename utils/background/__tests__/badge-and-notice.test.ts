import { fakeBrowser } from 'wxt/testing';
import { notifiedRevocationItem, type Connection } from '../../storage';
import { BADGE_ALERT_COLOR, badgeFor } from '../badge';
import { notifyRevocation, REVOKED_NOTIFICATION_ID, type NoticeDeps } from '../revocation-notice';

const revoked: Connection = { state: 'revoked', maskedKey: 'ck_live_…ab12', revokedAt: 1_000, account: null };
const connected: Connection = { state: 'connected', maskedKey: 'ck_live_…ab12', savedAt: 1, scope: null, account: null };

describe('badgeFor', () => {
  it.each<[string, Connection, string, RegExp]>([
    ['a revoked key', revoked, '!', /key ending in …ab12 was revoked/],
    ['no key', { state: 'none' }, '!', /add your API key/],
    ['a key being removed', { state: 'removing', maskedKey: 'ck_live_…ab12', until: 5, previous: connected as Extract<Connection, { state: 'connected' }> }, '!', /add your API key/],
    ['a connected key', connected, '', /^ClockMe$/],
  ])('shows %s as %j', (_name, connection, text, title) => {
    const badge = badgeFor(connection);
    expect(badge.text).toBe(text);
    expect(badge.title).toMatch(title);
    if (text) expect(badge.color).toBe(BADGE_ALERT_COLOR);
  });
});

describe('notifyRevocation', () => {
  let shown: string[];
  let pageOpen: boolean;
  const deps: NoticeDeps = {
    anyPageOpen: async () => pageOpen,
    show: async (id, _title, message) => void shown.push(`${id}: ${message}`),
  };

  beforeEach(() => {
    fakeBrowser.reset();
    shown = [];
    pageOpen = false;
  });

  it('notifies once per revocation when no page of the extension is open', async () => {
    expect(await notifyRevocation(revoked, deps)).toBe(true);
    expect(await notifyRevocation(revoked, deps)).toBe(false);
    expect(await notifyRevocation({ ...revoked }, deps)).toBe(false);

    expect(shown).toEqual([`${REVOKED_NOTIFICATION_ID}: Your ClockMe key ending in …ab12 was revoked, so the extension stopped using it. Click to add a new key.`]);
  });

  it('notifies again for a later revocation (another key)', async () => {
    await notifyRevocation(revoked, deps);
    await notifyRevocation({ ...revoked, revokedAt: 2_000 }, deps);
    expect(shown).toHaveLength(2);
  });

  it('stays quiet when a page is open to say it, and does not notify later for the same revocation', async () => {
    pageOpen = true;
    expect(await notifyRevocation(revoked, deps)).toBe(false);
    pageOpen = false;
    expect(await notifyRevocation(revoked, deps)).toBe(false);
    expect(shown).toEqual([]);
    expect(await notifiedRevocationItem.getValue()).toBe(1_000);
  });

  it('ignores every other state', async () => {
    expect(await notifyRevocation(connected, deps)).toBe(false);
    expect(await notifyRevocation({ state: 'none' }, deps)).toBe(false);
    expect(shown).toEqual([]);
  });
});
