import { fakeBrowser } from 'wxt/testing';
import type { Entry, Timer } from '../../clockme/schemas';
import type { Reply } from '../../messaging';
import { DEFAULT_SETTINGS, connectionItem, settingsItem, type Connection, type ConnectedKey } from '../../storage';
import { commandAction, DOUBLE_PRESS_MS, STOP_TIMER_COMMAND, TOGGLE_TIMER_COMMAND } from '../commands';
import { SHORTCUT_NOTIFICATION_ID, SHORTCUT_PROBLEM_NOTIFICATION_ID, noticeFor, type Notice } from '../shortcut-notice';
import { createShortcutHandler } from '../shortcuts';

const connected: ConnectedKey = { state: 'connected', maskedKey: 'ck_live_…ab12', savedAt: 1, scope: null, account: null };
const readOnly: ConnectedKey = { ...connected, scope: { scope: 'read', source: 'verified' } };
const timer: Timer = { id: 't1', projectId: 'p1', projectName: 'Website', description: 'Fix login', startedAt: '2026-11-29T10:02:00Z' };
const entry: Entry = { ...timer, endedAt: '2026-11-29T11:07:12Z', durationSeconds: 3912 };

describe('commandAction: the command → action table', () => {
  it.each<[string, Connection, string]>([
    [TOGGLE_TIMER_COMMAND, connected, 'toggle'],
    [STOP_TIMER_COMMAND, connected, 'stop'],
    [TOGGLE_TIMER_COMMAND, { ...connected, scope: { scope: 'write', source: 'verified' } }, 'toggle'],
    [TOGGLE_TIMER_COMMAND, readOnly, 'explain-read-only'],
    [STOP_TIMER_COMMAND, readOnly, 'explain-read-only'],
    [TOGGLE_TIMER_COMMAND, { state: 'none' }, 'open-options'],
    [STOP_TIMER_COMMAND, { state: 'none' }, 'open-options'],
    [TOGGLE_TIMER_COMMAND, { state: 'revoked', maskedKey: 'ck_live_…ab12', revokedAt: 1, account: null }, 'open-options'],
    [STOP_TIMER_COMMAND, { state: 'removing', maskedKey: 'ck_live_…ab12', until: 5, previous: connected }, 'open-options'],
    ['_execute_action', connected, 'none'],
    ['something-else', { state: 'none' }, 'none'],
  ])('%s with a %s key → %s', (command, connection, action) => {
    expect(commandAction(command, connection)).toBe(action);
  });
});

describe('noticeFor', () => {
  it('names project and description when a shortcut started or stopped the timer, only if turned on', () => {
    expect(noticeFor({ kind: 'started', timer }, true, 'UTC')).toEqual({ id: SHORTCUT_NOTIFICATION_ID, title: 'Started: Website — Fix login', message: expect.stringMatching(/^Your ClockMe timer is running since 10:02\b/) });
    expect(noticeFor({ kind: 'stopped', entry }, true)).toEqual({ id: SHORTCUT_NOTIFICATION_ID, title: 'Stopped: Website — Fix login', message: 'Tracked 1:05:12.' });
    expect(noticeFor({ kind: 'started', timer }, false)).toBeNull();
    expect(noticeFor({ kind: 'stopped', entry }, false)).toBeNull();
  });

  it('does not call a stop kept on this computer "no timer was running"', () => {
    expect(noticeFor({ kind: 'queued', what: 'stop' }, false)).toBeNull();
    expect(noticeFor({ kind: 'queued', what: 'stop' }, true)).toMatchObject({ id: SHORTCUT_NOTIFICATION_ID, title: 'Stop kept on this computer' });
  });

  it('always says why a shortcut did nothing, except a revocation, which has its own notification', () => {
    expect(noticeFor({ kind: 'read-only' }, false)).toMatchObject({ id: SHORTCUT_PROBLEM_NOTIFICATION_ID, title: 'Your ClockMe key is read-only' });
    expect(noticeFor({ kind: 'failed', error: { code: 'unreachable', message: "Can't reach ClockMe." } }, false)).toMatchObject({ id: SHORTCUT_PROBLEM_NOTIFICATION_ID, message: "Can't reach ClockMe." });
    expect(noticeFor({ kind: 'failed', error: { code: 'key_revoked', message: 'revoked' } }, false)).toBeNull();
  });
});

describe('createShortcutHandler', () => {
  let clock: number;
  let log: string[];
  let notices: Notice[];
  let release: (() => void) | null;

  function handler(toggleReply: () => Reply = () => ({ ok: true, snapshot: { timer, othersRunning: 0, syncedAt: 0 } })) {
    return createShortcutHandler({
      actions: {
        toggle: async () => {
          log.push('toggle');
          if (release === null) await new Promise<void>((resolve) => (release = resolve));
          return toggleReply() as never;
        },
        stopTimer: async () => {
          log.push('stop');
          return { ok: true, entry, snapshot: { timer: null, othersRunning: 0, syncedAt: 0 } };
        },
      },
      now: () => clock,
      openOptions: async () => void log.push('open-options'),
      notify: async (notice) => void notices.push(notice),
      showPending: async () => void log.push('badge …'),
      refreshBadge: async () => void log.push('badge redrawn'),
    });
  }

  beforeEach(async () => {
    fakeBrowser.reset();
    clock = 1_000_000;
    log = [];
    notices = [];
    release = () => undefined; // actions answer at once unless a test sets this to null
    await connectionItem.setValue(connected);
  });

  it('shows "…" on the badge while the press is acted on (after its request has left), then redraws it from the outcome', async () => {
    release = null;
    const pressed = handler()(TOGGLE_TIMER_COMMAND);
    await vi.waitFor(() => expect(log).toContain('badge …'));
    (release as (() => void) | null)?.();
    await pressed;
    expect(log).toEqual(['toggle', 'badge …', 'badge redrawn']);
    expect(notices).toEqual([]);
  });

  it('draws no "…" for a press answered before it would go up, only the outcome', async () => {
    await handler()(TOGGLE_TIMER_COMMAND);
    expect(log).toEqual(['toggle', 'badge redrawn']);
  });

  it('treats a press while the same shortcut is pending as the same press', async () => {
    release = null;
    const handle = handler();
    const first = handle(TOGGLE_TIMER_COMMAND);
    await vi.waitFor(() => expect(release).not.toBeNull());
    clock += 5_000; // even long after: still pending
    await handle(TOGGLE_TIMER_COMMAND);
    (release as (() => void) | null)?.();
    await first;
    expect(log.filter((entry) => entry === 'toggle')).toHaveLength(1);
  });

  it(`treats presses within ${DOUBLE_PRESS_MS} ms as one, and a later press as a new one`, async () => {
    const handle = handler();
    await handle(TOGGLE_TIMER_COMMAND);
    clock += DOUBLE_PRESS_MS - 1;
    await handle(TOGGLE_TIMER_COMMAND);
    expect(log.filter((entry) => entry === 'toggle')).toHaveLength(1);
    clock += DOUBLE_PRESS_MS;
    await handle(TOGGLE_TIMER_COMMAND);
    expect(log.filter((entry) => entry === 'toggle')).toHaveLength(2);
  });

  it('runs a stop pressed right after a toggle (different shortcuts are not merged)', async () => {
    const handle = handler();
    await Promise.all([handle(TOGGLE_TIMER_COMMAND), handle(STOP_TIMER_COMMAND)]);
    expect(log.filter((entry) => entry === 'toggle' || entry === 'stop')).toEqual(['toggle', 'stop']);
  });

  it('opens the options page when there is no key, and sends nothing', async () => {
    await connectionItem.setValue({ state: 'none' });
    await handler()(TOGGLE_TIMER_COMMAND);
    expect(log).toEqual(['open-options']);
  });

  it('explains a read-only key with a notification, and sends nothing', async () => {
    await connectionItem.setValue(readOnly);
    await handler()(STOP_TIMER_COMMAND);
    expect(log).toEqual([]);
    expect(notices.map((notice) => notice.title)).toEqual(['Your ClockMe key is read-only']);
  });

  it('notifies success only when turned on in the options page', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, defaultProjectId: null, notifyOnShortcut: true });
    await handler()(STOP_TIMER_COMMAND);
    expect(notices.map((notice) => notice.title)).toEqual(['Stopped: Website — Fix login']);
  });

  it('always notifies a failure, and still redraws the badge', async () => {
    await handler(() => ({ ok: false, error: { code: 'unreachable', message: "Can't reach ClockMe: there is no connection." } }))(TOGGLE_TIMER_COMMAND);
    expect(log.at(-1)).toBe('badge redrawn');
    expect(notices).toEqual([expect.objectContaining({ id: SHORTCUT_PROBLEM_NOTIFICATION_ID, message: "Can't reach ClockMe: there is no connection." })]);
  });
});
