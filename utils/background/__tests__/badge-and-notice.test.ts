import { fakeBrowser } from 'wxt/testing';
import { notifiedRevocationItem, type Connection, type TimerSnapshot } from '../../storage';
import { BADGE_ALERT_COLOR, BADGE_RUNNING_COLOR, BADGE_WAITING_COLOR, badgeFor } from '../badge';
import { notifyRevocation, REVOKED_NOTIFICATION_ID, type NoticeDeps } from '../revocation-notice';

const revoked: Connection = { state: 'revoked', maskedKey: 'ck_live_…ab12', revokedAt: 1_000, account: null };
const connected: Connection = { state: 'connected', maskedKey: 'ck_live_…ab12', savedAt: 1, scope: null, account: null };

const NOW = Date.parse('2026-11-29T12:00:00Z');
const running = (startedAt: string, description: string | null = 'Fix login'): TimerSnapshot => ({
  timer: { id: 't1', projectId: 'p1', projectName: 'Website', description, startedAt },
  othersRunning: 0,
  syncedAt: NOW,
});
const idle: TimerSnapshot = { timer: null, othersRunning: 0, syncedAt: NOW };

describe('badgeFor', () => {
  it.each<[string, Connection, string, RegExp]>([
    ['a revoked key', revoked, '!', /key ending in …ab12 was revoked/],
    ['no key', { state: 'none' }, '!', /add your API key/],
    ['a key being removed', { state: 'removing', maskedKey: 'ck_live_…ab12', until: 5, previous: connected as Extract<Connection, { state: 'connected' }> }, '!', /add your API key/],
  ])('shows %s as a red %j, whatever the timer', (_name, connection, text, title) => {
    const badge = badgeFor({ connection, snapshot: running('2026-11-29T11:00:00Z'), waiting: 0 }, NOW);
    expect(badge).toEqual({ text, color: BADGE_ALERT_COLOR, title: expect.stringMatching(title) });
  });

  it('shows nothing while no timer runs', () => {
    expect(badgeFor({ connection: connected, snapshot: idle, waiting: 0 }, NOW)).toMatchObject({ text: '', title: 'ClockMe: no timer running.' });
    expect(badgeFor({ connection: connected, snapshot: null, waiting: 0 }, NOW).text).toBe('');
  });

  it('shows the running time as H:MM on green, and names project, description and time in the tooltip', () => {
    expect(badgeFor({ connection: connected, snapshot: running('2026-11-29T10:47:30Z'), waiting: 0 }, NOW)).toEqual({
      text: '1:12',
      color: BADGE_RUNNING_COLOR,
      title: 'ClockMe: Website — Fix login, running for 1 hr 12 min.',
    });
    expect(badgeFor({ connection: connected, snapshot: running('2026-11-29T11:59:30Z', null), waiting: 0 }, NOW).title).toBe('ClockMe: Website, running for less than a minute.');
    expect(badgeFor({ connection: connected, snapshot: running('2026-11-25T07:00:00Z'), waiting: 0 }, NOW).text).toBe('99+');
  });

  it('shows a timer that started a little in the future (clock skew) as 0:00', () => {
    expect(badgeFor({ connection: connected, snapshot: running('2026-11-29T12:00:05Z'), waiting: 0 }, NOW).text).toBe('0:00');
  });

  it('uses a distinct colour while work waits to reach ClockMe, and says so', () => {
    const whileRunning = badgeFor({ connection: connected, snapshot: running('2026-11-29T11:53:00Z'), waiting: 1 }, NOW);
    expect(whileRunning).toMatchObject({ text: '0:07', color: BADGE_WAITING_COLOR, title: expect.stringContaining('1 change is waiting to reach ClockMe') });
    const whileIdle = badgeFor({ connection: connected, snapshot: idle, waiting: 2 }, NOW);
    expect(whileIdle).toMatchObject({ text: '2', color: BADGE_WAITING_COLOR, title: expect.stringContaining('2 changes are waiting') });
    expect(new Set([BADGE_WAITING_COLOR, BADGE_RUNNING_COLOR, BADGE_ALERT_COLOR]).size).toBe(3);
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
