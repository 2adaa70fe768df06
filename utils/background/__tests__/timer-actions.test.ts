import { fakeBrowser } from 'wxt/testing';
import { UnreachableError } from '../../clockme/errors';
import type { Timer } from '../../clockme/schemas';
import { DEFAULT_SETTINGS, apiKeyItem, connectionItem, lastContactItem, lastProjectIdItem, outboxItem, pausedActionsItem, projectsItem, settingsItem, timerItem, type TimerSnapshot } from '../../storage';
import { storeVerifiedKey } from '../key-store';
import { createBackgroundActions, type BackgroundActions } from '../actions';
import { FakeClockMe, KEY_A, KEY_B, PROJECTS, untouchableClient } from './fake-clockme';

const NOW = Date.UTC(2026, 10, 29, 10, 0, 0);
const now = () => NOW;
const idle: TimerSnapshot = { timer: null, othersRunning: 0, syncedAt: NOW };
const elsewhere: Timer = {
  id: 'tmr_other',
  projectId: 'prj_app',
  projectName: 'Mobile app',
  description: 'Started on the phone',
  startedAt: '2026-11-29T09:15:00.000Z',
};

let clockMe: FakeClockMe;
let actions: BackgroundActions;
/** Every reply an action gave in the current test, to check none of them carries the key. */
let replies: unknown[];

function track<T>(reply: T): T {
  replies.push(reply);
  return reply;
}

beforeEach(() => {
  fakeBrowser.reset();
  clockMe = new FakeClockMe(now);
  actions = createBackgroundActions(clockMe, { now });
  replies = [];
});

afterEach(() => {
  const everything = JSON.stringify(replies);
  for (const key of [KEY_A, KEY_B]) {
    expect(everything).not.toContain(key);
    expect(everything).not.toContain(key.slice('ck_live_'.length, -4));
  }
});

describe('saveKey', () => {
  it('stores exactly the cleaned key and replies with the masked key only', async () => {
    const reply = track(await actions.saveKey(`  Authorization: Bearer "${KEY_A}"\n`));

    expect(reply).toEqual({ ok: true, maskedKey: 'ck_live_…a1a1' });
    expect(await apiKeyItem.getValue()).toBe(KEY_A);
    expect(await connectionItem.getValue()).toEqual({ state: 'connected', maskedKey: 'ck_live_…a1a1', savedAt: NOW, scope: { scope: 'write', source: 'verified' }, account: { workspaces: [{ id: 'ws_acme', name: 'Acme', role: 'owner' }] } });
    expect(await timerItem.getValue()).toEqual(idle);
  });

  it('stores the timer that is running while the key is verified', async () => {
    clockMe.running = elsewhere;
    track(await actions.saveKey(KEY_A));
    expect(await timerItem.getValue()).toEqual({ timer: elsewhere, othersRunning: 0, syncedAt: NOW });
  });

  it.each([
    ['an empty field', '   ', /paste your clockme api key/i],
    ['a key without the prefix', 'AAAAbbbbCCCCddddEEEEffffGGGGa1a1', /start with ck_live_/i],
    ['a Stripe key', 'sk_live_51HxYzAbCdEfGhIjKlMn', /looks like a stripe key/i],
    ['a key with a space inside', 'ck_live_AAAAbbbb CCCCdddd', /space or line break/i],
  ])('refuses %s without calling ClockMe and says why', async (_name, raw, why) => {
    const offline = createBackgroundActions(untouchableClient, { now });
    const reply = track(await offline.saveKey(raw));

    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_key', message: expect.stringMatching(why) } });
    expect(await apiKeyItem.getValue()).toBeNull();
    expect(await connectionItem.getValue()).toEqual({ state: 'none' });
  });

  it('stores nothing when ClockMe rejects the key being verified', async () => {
    clockMe.revoke(KEY_A);
    const reply = track(await actions.saveKey(KEY_A));

    expect(reply).toMatchObject({ ok: false, error: { code: 'key_rejected' } });
    expect(await apiKeyItem.getValue()).toBeNull();
    expect(await connectionItem.getValue()).toEqual({ state: 'none' });
    expect(await timerItem.getValue()).toBeNull();
  });

  it('keeps the key already stored when a new key is rejected', async () => {
    track(await actions.saveKey(KEY_A));
    clockMe.revoke(KEY_B);

    const reply = track(await actions.saveKey(KEY_B));

    expect(reply).toMatchObject({ ok: false, error: { code: 'key_rejected' } });
    expect(await apiKeyItem.getValue()).toBe(KEY_A);
    expect(await connectionItem.getValue()).toMatchObject({ state: 'connected', maskedKey: 'ck_live_…a1a1' });
  });

  it("stores nothing when ClockMe can't be reached and says so", async () => {
    clockMe.reachable = false;
    const reply = track(await actions.saveKey(KEY_A));

    expect(reply).toMatchObject({ ok: false, error: { code: 'unreachable', message: expect.stringContaining("Couldn't reach ClockMe") } });
    if (!reply.ok) expect(reply.error.message).toMatch(/not saved/);
    expect(await apiKeyItem.getValue()).toBeNull();
    expect(await connectionItem.getValue()).toEqual({ state: 'none' });
  });
});

describe('a 401 for the stored key (compare-and-clear)', () => {
  beforeEach(async () => {
    track(await actions.saveKey(KEY_A));
    clockMe.running = elsewhere;
    track(await actions.refreshTimer());
    track(await actions.listProjects());
  });

  it('clears the key, records the revocation with the masked key and forgets the timer and projects', async () => {
    clockMe.revoke(KEY_A);
    const reply = track(await actions.refreshTimer());

    expect(reply).toMatchObject({ ok: false, error: { code: 'key_revoked', message: expect.stringContaining('…a1a1') } });
    expect(await apiKeyItem.getValue()).toBeNull();
    expect(await connectionItem.getValue()).toEqual({ state: 'revoked', maskedKey: 'ck_live_…a1a1', revokedAt: NOW, account: { workspaces: [{ id: 'ws_acme', name: 'Acme', role: 'owner' }] } });
    expect(await timerItem.getValue()).toBeNull();
    expect(await projectsItem.getValue()).toBeNull();
  });

  it.each<[string, (a: BackgroundActions) => Promise<unknown>]>([
    ['refreshTimer', (a) => a.refreshTimer()],
    ['listProjects', (a) => a.listProjects()],
    ['startTimer', (a) => a.startTimer({ projectId: 'prj_app', description: '' })],
    ['stopTimer', (a) => a.stopTimer()],
    ['toggle', (a) => a.toggle()],
  ])('clears the key when %s is refused', async (_name, act) => {
    clockMe.revoke(KEY_A);
    expect(track(await act(actions))).toMatchObject({ ok: false, error: { code: 'key_revoked' } });
    expect(await apiKeyItem.getValue()).toBeNull();
    expect(await connectionItem.getValue()).toMatchObject({ state: 'revoked' });
  });

  it('keeps a key saved while the refused request was in flight', async () => {
    clockMe.revoke(KEY_A);
    const held = clockMe.hold('getCurrentTimer');
    const pending = actions.refreshTimer();
    await held.reached;

    await storeVerifiedKey(KEY_B, idle, NOW + 1);
    held.release();
    track(await pending);

    expect(await apiKeyItem.getValue()).toBe(KEY_B);
    expect(await connectionItem.getValue()).toMatchObject({ state: 'connected', maskedKey: 'ck_live_…b2b2', savedAt: NOW + 1 });
    expect(await timerItem.getValue()).toEqual(idle);
  });




  it('does not tell the person their key was removed when a newer key was kept', async () => {
    clockMe.revoke(KEY_A);
    const held = clockMe.hold('getCurrentTimer');
    const pending = actions.refreshTimer();
    await held.reached;
    await storeVerifiedKey(KEY_B, idle, NOW + 1);
    held.release();
    const reply = track(await pending);

    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).not.toMatch(/removed/);
  });



  it('does not store projects listed with a key that was replaced while the listing was in flight', async () => {
    const held = clockMe.hold('listProjects');
    const pending = actions.listProjects();
    await held.reached;
    await storeVerifiedKey(KEY_B, idle, NOW + 1);
    held.release();
    track(await pending);

    expect(await projectsItem.getValue()).toBeNull();
  });

  it('answers every later action with no_key without calling ClockMe', async () => {
    clockMe.revoke(KEY_A);
    track(await actions.refreshTimer());
    const callsBefore = clockMe.calls.length;

    const afterwards = [
      await actions.refreshTimer(),
      await actions.listProjects(),
      await actions.startTimer({ projectId: 'prj_app', description: '' }),
      await actions.stopTimer(),
      await actions.toggle(),
    ].map(track);

    for (const reply of afterwards) expect(reply).toMatchObject({ ok: false, error: { code: 'no_key' } });
    expect(clockMe.calls.slice(callsBefore)).toEqual([]);
  });
});

describe('without a stored key', () => {
  it.each<[string, (a: BackgroundActions) => Promise<unknown>]>([
    ['refreshTimer', (a) => a.refreshTimer()],
    ['listProjects', (a) => a.listProjects()],
    ['startTimer', (a) => a.startTimer({ projectId: 'prj_app', description: '' })],
    ['stopTimer', (a) => a.stopTimer()],
    ['toggle', (a) => a.toggle()],
  ])('%s replies no_key and sends nothing', async (_name, act) => {
    const reply = track(await act(createBackgroundActions(untouchableClient, { now })));
    expect(reply).toMatchObject({ ok: false, error: { code: 'no_key', message: expect.stringContaining('Settings → API Keys') } });
  });
});

describe('timer actions with a stored key', () => {
  beforeEach(async () => {
    track(await actions.saveKey(KEY_A));
  });

  it('startTimer stores the running timer and remembers the project', async () => {
    const reply = track(await actions.startTimer({ projectId: 'prj_app', description: '  Fix the login  ' }));

    const snapshot = { timer: { id: 'tmr_1', projectId: 'prj_app', projectName: 'Mobile app', description: 'Fix the login', startedAt: new Date(NOW).toISOString() }, othersRunning: 0, syncedAt: NOW };
    expect(reply).toEqual({ ok: true, snapshot });
    expect(await timerItem.getValue()).toEqual(snapshot);
    expect(await lastProjectIdItem.getValue()).toBe('prj_app');
  });

  it('startTimer sends a blank description as none', async () => {
    track(await actions.startTimer({ projectId: 'prj_app', description: '   ' }));
    expect((await timerItem.getValue())?.timer?.description).toBeNull();
  });

  it('startTimer shows the timer started elsewhere when ClockMe says one is already running', async () => {
    clockMe.running = elsewhere;
    const reply = track(await actions.startTimer({ projectId: 'prj_website', description: '' }));

    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await timerItem.getValue()).toEqual({ timer: elsewhere, othersRunning: 0, syncedAt: NOW });
    expect(await lastProjectIdItem.getValue()).toBeNull();
  });

  it('startTimer keeps the start in the outbox when ClockMe is unreachable, shows it at once, and says when ClockMe last answered', async () => {
    await lastContactItem.setValue(NOW - 60_000);
    await projectsItem.setValue({ projects: PROJECTS, syncedAt: NOW });
    clockMe.reachable = false;
    const reply = track(await actions.startTimer({ projectId: 'prj_app', description: 'Offline work' }));

    expect(reply).toMatchObject({ ok: true, queued: true, snapshot: { timer: { projectId: 'prj_app', projectName: 'Mobile app', startedAt: new Date(NOW).toISOString() } } });
    const outbox = await outboxItem.getValue();
    expect(outbox.ops).toEqual([expect.objectContaining({ kind: 'start', at: NOW, projectId: 'prj_app', description: 'Offline work', sent: true, attempts: 1 })]);
    expect(outbox.offline?.message).toMatch(/Can't reach ClockMe.*Last contact with ClockMe: today at/);
    expect(outbox.retryAt).toBeGreaterThan(NOW);
    expect(await apiKeyItem.getValue()).toBe(KEY_A);
  });

  it('a start and stop made while ClockMe is unreachable wait in order, the stop for the timer of that start', async () => {
    clockMe.reachable = false;
    const started = track(await actions.startTimer({ projectId: 'prj_app', description: '' }));
    const stopped = track(await actions.stopTimer());

    expect(started).toMatchObject({ ok: true, queued: true });
    expect(stopped).toMatchObject({ ok: true, queued: true, entry: null, snapshot: idle });
    expect((await outboxItem.getValue()).ops.map((op) => op.kind)).toEqual(['start', 'stop']);
    expect((await outboxItem.getValue()).ops[1]).toMatchObject({ kind: 'stop', timerId: null, sent: false });
  });

  it('stopTimer stores the idle state and returns the entry', async () => {
    track(await actions.startTimer({ projectId: 'prj_app', description: '' }));
    const reply = track(await actions.stopTimer());

    expect(reply).toMatchObject({ ok: true, entry: { projectId: 'prj_app', durationSeconds: 0 }, snapshot: idle });
    expect(await timerItem.getValue()).toEqual(idle);
  });

  it('stopTimer succeeds with no entry when the timer was already stopped elsewhere', async () => {
    await timerItem.setValue({ timer: elsewhere, othersRunning: 0, syncedAt: NOW - 5000 });
    const reply = track(await actions.stopTimer());

    expect(reply).toEqual({ ok: true, entry: null, snapshot: idle });
    expect(await timerItem.getValue()).toEqual(idle);
  });

  it('refreshTimer stores what ClockMe says is running', async () => {
    clockMe.running = elsewhere;
    const reply = track(await actions.refreshTimer());
    expect(reply).toEqual({ ok: true, snapshot: { timer: elsewhere, othersRunning: 0, syncedAt: NOW } });
    expect(await timerItem.getValue()).toEqual({ timer: elsewhere, othersRunning: 0, syncedAt: NOW });
  });

  it('refreshTimer does not paint its read over a start that ran meanwhile, and the start never waits for it', async () => {
    const read = clockMe.hold('getCurrentTimer');
    const refreshing = actions.refreshTimer();
    await read.reached;
    const started = track(await actions.startTimer({ projectId: 'prj_app', description: '' }));
    // The read left before the start, so it answers with what ClockMe had then: no timer.
    const startedTimer = clockMe.running;
    clockMe.running = null;
    read.release();
    track(await refreshing);
    clockMe.running = startedTimer;

    expect(started).toMatchObject({ ok: true });
    expect(await timerItem.getValue()).toMatchObject({ timer: { projectId: 'prj_app' } });
  });

  it('listProjects stores the projects', async () => {
    const reply = track(await actions.listProjects());
    expect(reply).toEqual({ ok: true, projects: PROJECTS });
    expect(await projectsItem.getValue()).toEqual({ projects: PROJECTS, syncedAt: NOW });
  });

  it('removeKey stops using the key at once and can be undone', async () => {
    expect(track(await actions.removeKey())).toEqual({ ok: true, until: NOW + 10_000 });
    expect(track(await actions.refreshTimer())).toMatchObject({ ok: false, error: { code: 'no_key' } });

    expect(track(await actions.undoRemoveKey())).toEqual({ ok: true, restored: true });
    expect(track(await actions.refreshTimer())).toMatchObject({ ok: true });
  });

  it('starts and stops made while ClockMe is unreachable end at the clicks: one entry each, a pair that never left folded into one POST', async () => {
    let clock = NOW;
    const offline = createBackgroundActions(clockMe, { now: () => clock, random: () => 0.5 });
    await projectsItem.setValue({ projects: PROJECTS, syncedAt: NOW });
    clockMe.reachable = false;
    track(await offline.startTimer({ projectId: 'prj_app', description: 'Train' })); // attempted: may have reached ClockMe
    clock += 30 * 60_000;
    track(await offline.stopTimer());
    clock += 60_000;
    track(await offline.startTimer({ projectId: 'prj_website', description: 'Docs' })); // waits for the backoff: never sent
    clock += 20 * 60_000;
    track(await offline.stopTimer());
    clock += 60_000;
    track(await offline.startTimer({ projectId: 'prj_app', description: '' }));
    clock += 500;
    track(await offline.stopTimer()); // half a second: a start taken back

    clockMe.reachable = true;
    clock += 10 * 60_000;
    await offline.drainOutbox();

    const entries = [...clockMe.entries.values()].map(({ projectId, description, startedAt, endedAt }) => ({ projectId, description, startedAt, endedAt }));
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(entries).toEqual([
      { projectId: 'prj_app', description: 'Train', startedAt: iso(NOW), endedAt: iso(NOW + 30 * 60_000) },
      { projectId: 'prj_website', description: 'Docs', startedAt: iso(NOW + 31 * 60_000), endedAt: iso(NOW + 51 * 60_000) },
    ]);
    expect(clockMe.calls.filter((call) => call.startsWith('createEntry'))).toHaveLength(1);
    expect(clockMe.running).toBeNull();
    expect((await outboxItem.getValue()).ops).toEqual([]);
  });
});

describe('toggle (keyboard shortcut)', () => {
  beforeEach(async () => {
    track(await actions.saveKey(KEY_A));
  });

  it('stops the timer running at ClockMe, even one the extension has not seen', async () => {
    clockMe.running = elsewhere;
    const reply = track(await actions.toggle());

    expect(reply).toMatchObject({ ok: true, snapshot: idle });
    expect(clockMe.running).toBeNull();
    expect(await timerItem.getValue()).toEqual(idle);
  });

  it('sends one request when idle: the start, without reading ClockMe first', async () => {
    await projectsItem.setValue({ projects: PROJECTS, syncedAt: NOW });
    clockMe.calls.length = 0;
    track(await actions.toggle());
    expect(clockMe.calls).toEqual([`startTimer ${KEY_A}`]);
  });

  it('a timer started elsewhere, unseen: ClockMe refuses the start at once, so the press stops that timer at the press and replies with its entry', async () => {
    await projectsItem.setValue({ projects: PROJECTS, syncedAt: NOW });
    clockMe.running = elsewhere;
    clockMe.calls.length = 0;
    const reply = track(await actions.toggle());

    expect(clockMe.calls).toEqual([`startTimer ${KEY_A}`, `stopTimer ${KEY_A}`]);
    expect(reply).toMatchObject({ ok: true, entry: { description: 'Started on the phone', endedAt: new Date(NOW).toISOString() }, snapshot: idle });
    expect((await outboxItem.getValue()).ops).toEqual([]);
  });

  it('a start refused later than 5 s after the press (after an outage) is refused as usual: it never stops a timer that may have started since', async () => {
    let clock = NOW;
    clockMe = new FakeClockMe(() => clock);
    const later = createBackgroundActions(clockMe, { now: () => clock });
    track(await later.saveKey(KEY_A));
    await projectsItem.setValue({ projects: PROJECTS, syncedAt: NOW });
    clockMe.reachable = false;
    expect(track(await later.toggle())).toMatchObject({ ok: true, queued: true });
    clockMe.reachable = true;
    clockMe.running = { ...elsewhere, startedAt: new Date(NOW + 3_000).toISOString() };
    clock = NOW + 6_000;

    track(await later.refreshTimer()); // ClockMe answers again: what waits is sent (not awaited)

    await expect.poll(async () => (await outboxItem.getValue()).refused?.message).toMatch(/was not sent/);
    expect(clockMe.running?.id).toBe('tmr_other');
    expect(clockMe.calls.filter((call) => call.startsWith('stopTimer'))).toEqual([]);
  });

  it('starts on the last used project when idle', async () => {
    await lastProjectIdItem.setValue('prj_app');
    const reply = track(await actions.toggle());

    expect(reply).toMatchObject({ ok: true, snapshot: { timer: { projectId: 'prj_app', description: null } } });
    expect(await timerItem.getValue()).toMatchObject({ timer: { projectId: 'prj_app' } });
  });

  it('starts on the project chosen for shortcuts in the options page, over the last used one', async () => {
    await lastProjectIdItem.setValue('prj_website');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, defaultProjectId: 'prj_app', notifyOnShortcut: false });
    const reply = track(await actions.toggle());
    expect(reply).toMatchObject({ ok: true, snapshot: { timer: { projectId: 'prj_app' } } });
  });

  it('starts on the first stored project when idle and no project was used yet', async () => {
    await projectsItem.setValue({ projects: [PROJECTS[1]!, PROJECTS[0]!], syncedAt: NOW });
    const reply = track(await actions.toggle());

    expect(reply).toMatchObject({ ok: true, snapshot: { timer: { projectId: 'prj_app' } } });
    expect(await lastProjectIdItem.getValue()).toBe('prj_app');
  });

  it('lists the projects from ClockMe when none are stored, and starts on the first', async () => {
    const reply = track(await actions.toggle());
    expect(reply).toMatchObject({ ok: true, snapshot: { timer: { projectId: 'prj_website' } } });
  });

  it('says so when ClockMe has no project to start on', async () => {
    clockMe.projects = [];
    const reply = track(await actions.toggle());
    expect(reply).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringMatching(/no clockme project/i) } });
    expect(clockMe.running).toBeNull();
  });

  it('falls back to the first project when ClockMe no longer has the last used one', async () => {
    await lastProjectIdItem.setValue('prj_deleted');
    const reply = track(await actions.toggle());

    expect(reply).toMatchObject({ ok: true, snapshot: { timer: { projectId: 'prj_website' } } });
    expect(clockMe.running?.projectId).toBe('prj_website');
  });

  it('asks ClockMe again when the stored project list is empty', async () => {
    await projectsItem.setValue({ projects: [], syncedAt: NOW });
    const reply = track(await actions.toggle());

    expect(reply).toMatchObject({ ok: true, snapshot: { timer: { projectId: 'prj_website' } } });
    expect(clockMe.calls).toContain(`listProjects ${KEY_A}`);
  });

  it('stops then starts on alternate presses', async () => {
    await lastProjectIdItem.setValue('prj_website');
    expect(track(await actions.toggle())).toMatchObject({ ok: true, snapshot: { timer: { projectId: 'prj_website' } } });
    expect(track(await actions.toggle())).toMatchObject({ ok: true, snapshot: { timer: null } });
    expect(clockMe.running).toBeNull();
  });
});

describe('paused work: a start or stop that met a revoked key', () => {
  beforeEach(async () => {
    track(await actions.saveKey(KEY_A));
    track(await actions.startTimer({ projectId: 'prj_app', description: 'Review' }));
  });

  it('keeps the stop the person pressed, and says so', async () => {
    clockMe.revoke(KEY_A);
    const reply = track(await actions.stopTimer());

    expect(reply).toMatchObject({ ok: false, error: { code: 'key_revoked', message: expect.stringContaining('was kept') } });
    expect(await pausedActionsItem.getValue()).toEqual([{ id: expect.any(String), kind: 'stop', at: NOW, workspaces: ['Acme'], op: expect.objectContaining({ kind: 'stop', at: NOW, timerId: 'tmr_1' }) }]);
    expect(clockMe.running).not.toBeNull();
  });

  it('sends it with the new key on resume, ending the entry when the person pressed stop', async () => {
    let clock = NOW;
    clockMe = new FakeClockMe(() => clock);
    const later = createBackgroundActions(clockMe, { now: () => clock });
    track(await later.saveKey(KEY_A));
    track(await later.startTimer({ projectId: 'prj_app', description: 'Review' }));
    clockMe.revoke(KEY_A);
    clock = NOW + 60_000; // stop pressed a minute after the start
    track(await later.stopTimer());
    clock = NOW + 10 * 60_000; // a new key saved ten minutes later
    track(await later.saveKey(KEY_B));

    expect(track(await later.resumePaused())).toEqual({ ok: true });

    expect(clockMe.running).toBeNull();
    const [entry] = [...clockMe.entries.values()];
    expect(entry?.endedAt).toBe(new Date(NOW + 60_000).toISOString());
    expect(await pausedActionsItem.getValue()).toEqual([]);
  });

  it("never stops another timer: when the new key's account runs a different timer, the kept stop is done without touching it", async () => {
    clockMe.revoke(KEY_A);
    track(await actions.stopTimer());
    clockMe.running = { ...elsewhere, id: 'tmr_other_app' }; // started in another app after the stop was pressed
    track(await actions.saveKey(KEY_B));

    expect(track(await actions.resumePaused())).toEqual({ ok: true });

    expect(clockMe.running?.id).toBe('tmr_other_app');
    expect(clockMe.calls.filter((call) => call.startsWith('stopTimer'))).toHaveLength(1); // the one that met the revocation
    expect(await pausedActionsItem.getValue()).toEqual([]);
    expect((await outboxItem.getValue()).ops).toEqual([]);
  });

  it('a read that meets the revocation also keeps what waits in the outbox for the question, instead of sending it with the next key', async () => {
    clockMe.reachable = false;
    track(await actions.stopTimer()); // waits in the outbox
    clockMe.reachable = true;
    clockMe.revoke(KEY_A);

    track(await actions.refreshTimer());

    expect(await pausedActionsItem.getValue()).toEqual([expect.objectContaining({ kind: 'stop', op: expect.objectContaining({ kind: 'stop', timerId: 'tmr_1' }) })]);
    expect((await outboxItem.getValue()).ops).toEqual([]);
  });

  it('a shortcut press kept at a revocation means what it meant when pressed: it never stops a timer another app started since', async () => {
    let clock = NOW;
    clockMe = new FakeClockMe(() => clock);
    const later = createBackgroundActions(clockMe, { now: () => clock });
    track(await later.saveKey(KEY_A));
    clockMe.revoke(KEY_A);
    track(await later.toggle()); // pressed with nothing running: meant "start"
    clockMe.running = { ...elsewhere, id: 'tmr_other_app', startedAt: new Date(NOW + 60_000).toISOString() };
    clock = NOW + 5 * 60_000;
    track(await later.saveKey(KEY_B));

    track(await later.resumePaused());

    expect(clockMe.running?.id).toBe('tmr_other_app');
    expect(clockMe.calls.filter((call) => call.startsWith('stopTimer'))).toEqual([]);
    expect((await outboxItem.getValue()).refused?.message).toMatch(/was not sent: a timer on Mobile app was already running/);
  });

  it('drops it on discard, and ClockMe is not asked', async () => {
    clockMe.revoke(KEY_A);
    track(await actions.stopTimer());
    track(await actions.saveKey(KEY_B));
    const callsBefore = clockMe.calls.length;

    expect(track(await actions.discardPaused())).toEqual({ ok: true });

    expect(await pausedActionsItem.getValue()).toEqual([]);
    expect(clockMe.calls.slice(callsBefore)).toEqual([]);
    expect(clockMe.running).not.toBeNull();
  });
});

describe('scope', () => {
  it('learns at verification that a key is read-only, without side effects', async () => {
    clockMe.scopes.set(KEY_A, 'read');
    track(await actions.saveKey(KEY_A));

    expect(await connectionItem.getValue()).toMatchObject({ scope: { scope: 'read', source: 'verified' } });
    expect(clockMe.running).toBeNull();
  });

  it('records a read-only key when ClockMe answers 403, and keeps the key', async () => {
    track(await actions.saveKey(KEY_A));
    clockMe.scopes.set(KEY_A, 'read');

    const reply = track(await actions.startTimer({ projectId: 'prj_app', description: '' }));

    expect(reply).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(await connectionItem.getValue()).toMatchObject({ state: 'connected', scope: { scope: 'read', source: 'observed' } });
    expect(await apiKeyItem.getValue()).toBe(KEY_A);
  });
});

describe('unexpected errors', () => {
  it('are not turned into a reply (a bug should surface)', async () => {
    track(await actions.saveKey(KEY_A));
    const broken = createBackgroundActions({ ...untouchableClient, getCurrentTimer: () => Promise.reject(new RangeError('bug')) }, { now });
    await expect(broken.refreshTimer()).rejects.toBeInstanceOf(RangeError);
  });

  it('UnreachableError keeps the stored key on a refresh', async () => {
    track(await actions.saveKey(KEY_A));
    const failing = createBackgroundActions({ ...untouchableClient, getCurrentTimer: () => Promise.reject(new UnreachableError('timeout')) }, { now });
    const reply = track(await failing.refreshTimer());
    expect(reply).toMatchObject({ ok: false, error: { code: 'unreachable', message: expect.stringContaining('15 seconds') } });
    expect(await apiKeyItem.getValue()).toBe(KEY_A);
  });
});
