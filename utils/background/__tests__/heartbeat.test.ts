import { fakeBrowser } from 'wxt/testing';
import type { ClockMeClient } from '../../clockme/client';
import { ApiError } from '../../clockme/errors';
import type { Timer } from '../../clockme/schemas';
import { connectionItem, DEFAULT_SETTINGS, heartbeatItem, settingsItem, timerItem, type ConnectedKey } from '../../storage';
import { createBackgroundActions, type BackgroundActions } from '../actions';
import { budgetedClient } from '../budgeted-client';
import { HEARTBEAT_ALARM, heartbeatPlan, registerHeartbeat, type HeartbeatFacts } from '../heartbeat';
import { storeVerifiedKey } from '../key-store';
import { holdRequests } from '../request-budget';
import { FakeClockMe, KEY_A } from './fake-clockme';
import { installFakeIdle, type FakeIdle } from './fake-idle';

const MIN = 60_000;
const START = Date.UTC(2026, 10, 29, 10, 0, 0);

describe('heartbeatPlan', () => {
  const connected: ConnectedKey = { state: 'connected', maskedKey: 'ck_live_…a1a1', savedAt: 1, scope: null, account: null };
  const timer = { id: 'tmr_1', projectId: 'p', projectName: 'Website', description: null, startedAt: new Date(START).toISOString(), pending: false };
  const facts: HeartbeatFacts = { settings: DEFAULT_SETTINGS, connection: connected, timer, state: { lastAt: null, refusedFor: null }, now: START + MIN, periodMs: 4 * MIN };

  it('is due 4 minutes after the timer started or the last beat, whichever is later', () => {
    expect(heartbeatPlan(facts)).toEqual({ kind: 'at', when: START + 4 * MIN });
    expect(heartbeatPlan({ ...facts, state: { lastAt: START + 3 * MIN, refusedFor: null } })).toEqual({ kind: 'at', when: START + 7 * MIN });
    expect(heartbeatPlan({ ...facts, now: START + 4 * MIN })).toEqual({ kind: 'due' });
    expect(heartbeatPlan({ ...facts, now: START + 60 * MIN, state: { lastAt: START + 50 * MIN, refusedFor: null } })).toEqual({ kind: 'due' });
  });

  it.each<[string, Partial<HeartbeatFacts>]>([
    ['heartbeats are turned off', { settings: { ...DEFAULT_SETTINGS, heartbeat: false } }],
    ['no timer runs', { timer: null }],
    ['the timer is still waiting in the outbox', { timer: { ...timer, id: 'pending-x', pending: true } }],
    ['there is no key', { connection: { state: 'none' } }],
    ['the key was revoked', { connection: { state: 'revoked', maskedKey: connected.maskedKey, revokedAt: 1, account: null } }],
    ['the key is read-only', { connection: { ...connected, scope: { scope: 'read', source: 'observed' } } }],
    ['ClockMe refused heartbeats to this key', { state: { lastAt: START, refusedFor: connected.maskedKey } }],
  ])('sends none when %s', (_, change) => {
    expect(heartbeatPlan({ ...facts, ...change })).toEqual({ kind: 'none' });
  });
});

describe('the heartbeat in the service worker', () => {
  let clockMe: FakeClockMe;
  let client: ClockMeClient;
  let idle: FakeIdle;
  let actions: BackgroundActions;
  let tick: () => Promise<void>;

  const beats = () => clockMe.calls.filter((call) => call.startsWith('heartbeat')).length;
  const alarmAt = async () => (await fakeBrowser.alarms.get(HEARTBEAT_ALARM))?.scheduledTime;

  /** Moves the clock to the heartbeat alarm and fires it, as Chrome would. */
  async function fireAlarm(): Promise<void> {
    const alarm = await fakeBrowser.alarms.get(HEARTBEAT_ALARM);
    if (!alarm) throw new Error('no heartbeat alarm is set');
    vi.setSystemTime(alarm.scheduledTime);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await tick();
  }

  async function startTimer(): Promise<Timer> {
    const reply = await actions.startTimer({ projectId: 'prj_website', description: 'Fix login' });
    if (!reply.ok || !reply.snapshot.timer) throw new Error('the timer did not start');
    await tick();
    return reply.snapshot.timer;
  }

  beforeEach(async () => {
    fakeBrowser.reset();
    idle = installFakeIdle();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    clockMe = new FakeClockMe();
    client = budgetedClient(clockMe);
    actions = createBackgroundActions(client);
    await storeVerifiedKey(KEY_A, { timer: null, othersRunning: 0, syncedAt: START }, START);
    ({ tick } = registerHeartbeat(() => actions.heartbeat()));
    await tick();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('beats every 4 minutes while the timer runs and the person is active, and not before', async () => {
    await startTimer();
    expect(await alarmAt()).toBe(START + 4 * MIN);
    expect(beats()).toBe(0);

    await fireAlarm();
    expect(beats()).toBe(1);
    expect(await alarmAt()).toBe(START + 8 * MIN);

    // Storage changes (a poll, the person's settings) do not bring the next beat forward.
    vi.setSystemTime(START + 6 * MIN);
    await timerItem.setValue({ ...(await timerItem.getValue())!, syncedAt: START + 6 * MIN });
    await idle.become('active');
    expect(beats()).toBe(1);

    await fireAlarm();
    expect(beats()).toBe(2);
    // Asked with the interval Chrome uses for this person's idle state (60 s: idle detection is off).
    expect(idle.queried).toEqual([60, 60]);
  });

  it.each(['idle', 'locked'] as const)('sends none while %s, and one as soon as the person is back', async (away) => {
    await startTimer();
    vi.setSystemTime(START + 2 * MIN);
    await idle.become(away);

    await fireAlarm();
    expect(beats()).toBe(0);
    expect(await alarmAt()).toBeUndefined();
    // Polls go on meanwhile; they do not send it either.
    vi.setSystemTime(START + 9 * MIN);
    await timerItem.setValue({ ...(await timerItem.getValue())!, syncedAt: START + 9 * MIN });
    await tick();
    expect(beats()).toBe(0);

    vi.setSystemTime(START + 11 * MIN);
    await idle.become('active');
    expect(beats()).toBe(1);
    expect(await alarmAt()).toBe(START + 15 * MIN);
  });

  it('sends none when heartbeats are turned off, and resumes when turned on', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, heartbeat: false });
    await startTimer();
    expect(await alarmAt()).toBeUndefined();

    vi.setSystemTime(START + 5 * MIN);
    await idle.become('active');
    expect(beats()).toBe(0);

    await settingsItem.setValue({ ...DEFAULT_SETTINGS, heartbeat: true });
    await tick();
    expect(beats()).toBe(1);
  });

  it('sends none for a start still waiting in the outbox, nor without a timer', async () => {
    clockMe.reachable = false;
    await actions.startTimer({ projectId: 'prj_website', description: '' });
    await tick();
    expect(await alarmAt()).toBeUndefined();

    vi.setSystemTime(START + 10 * MIN);
    await idle.become('active');
    expect(beats()).toBe(0);
  });

  it('stores the timer a 200 reports (it is fresh state)', async () => {
    const timer = await startTimer();
    clockMe.running = { ...timer, description: 'Fix login (renamed in ClockMe)' };

    await fireAlarm();

    expect((await timerItem.getValue())?.timer?.description).toBe('Fix login (renamed in ClockMe)');
  });

  it('does not store a 200 that a stop overtook', async () => {
    await startTimer();
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const heartbeat = client.heartbeat.bind(client);
    client.heartbeat = async (key) => {
      const result = await heartbeat(key);
      await answered; // the answer (timer running) is on its way while the person stops
      return result;
    };

    const beat = fireAlarm();
    await vi.waitFor(() => expect(beats()).toBe(1));
    expect(await actions.stopTimer()).toMatchObject({ ok: true });
    answer();
    await beat;

    expect((await timerItem.getValue())?.timer).toBeNull();
  });

  it('409 no_running_timer: the timer was stopped elsewhere (ClockMe’s watchdog), so it is read again and no more beats go', async () => {
    await startTimer();
    clockMe.running = null;

    await fireAlarm();

    expect(clockMe.calls.slice(-2)).toEqual([`heartbeat ${KEY_A}`, `getCurrentTimer ${KEY_A}`]);
    expect((await timerItem.getValue())?.timer).toBeNull();
    expect(await alarmAt()).toBeUndefined();
  });

  it('401: the key is revoked the usual way, and nothing more is sent', async () => {
    await startTimer();
    clockMe.revoke(KEY_A);

    await fireAlarm();

    expect(await connectionItem.getValue()).toMatchObject({ state: 'revoked' });
    expect(await alarmAt()).toBeUndefined();
    const sent = clockMe.calls.length;
    vi.setSystemTime(START + 20 * MIN);
    await idle.become('active');
    expect(clockMe.calls).toHaveLength(sent);
  });

  it('403: a read-only key gets no more heartbeats', async () => {
    await startTimer();
    clockMe.scopes.set(KEY_A, 'read');

    await fireAlarm();

    expect(beats()).toBe(1);
    expect(await connectionItem.getValue()).toMatchObject({ scope: { scope: 'read', source: 'observed' } });
    expect(await heartbeatItem.getValue()).toMatchObject({ refusedFor: 'ck_live_…a1a1' });
    vi.setSystemTime(START + 30 * MIN);
    await idle.become('active');
    expect(await alarmAt()).toBeUndefined();
    expect(beats()).toBe(1);
  });

  it.each<[string, (fake: FakeClockMe) => void]>([
    ['ClockMe is unreachable', (fake) => void (fake.reachable = false)],
    [
      'ClockMe answers 429',
      (fake) =>
        void (fake.heartbeat = () => Promise.reject(new ApiError(429, 'rate_limited', 'Slow down.', { error: 'rate_limited' }, 10_000))),
    ],
  ])('%s: the beat is skipped quietly, and the next one goes 4 minutes later', async (_, fail) => {
    await startTimer();
    fail(clockMe);

    await fireAlarm();
    expect(beats()).toBe(1);
    expect(await alarmAt()).toBe(START + 8 * MIN);

    // No retry in between, whatever happens.
    vi.setSystemTime(START + 6 * MIN);
    await idle.become('active');
    await timerItem.setValue({ ...(await timerItem.getValue())!, syncedAt: START + 6 * MIN });
    await tick();
    expect(beats()).toBe(1);
  });

  it('a beat the extension’s request budget holds back is skipped, without a request', async () => {
    await startTimer();
    await holdRequests(START + 30 * MIN);

    await fireAlarm();

    expect(beats()).toBe(0);
    expect(await alarmAt()).toBe(START + 8 * MIN);
  });
});
