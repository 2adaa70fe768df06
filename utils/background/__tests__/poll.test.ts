import { fakeBrowser } from 'wxt/testing';
import { connectionItem, timerItem, type ConnectedKey, type TimerSnapshot } from '../../storage';
import { createPoller, POLL_ALARM, schedulePoll } from '../poll';
import { minEventPollGapMs, pollPeriodMinutes, pollScale, POLL_IDLE_MINUTES, POLL_RUNNING_MINUTES } from '../poll-cadence';

const connected: ConnectedKey = { state: 'connected', maskedKey: 'ck_live_…ab12', savedAt: 1, scope: null, account: null };
const running: TimerSnapshot = { timer: { id: 't', projectId: 'p', projectName: 'Website', description: null, startedAt: '2026-11-29T10:00:00Z' }, othersRunning: 0, syncedAt: 0 };
const idle: TimerSnapshot = { timer: null, othersRunning: 0, syncedAt: 0 };

describe('poll cadence', () => {
  it('reads every minute while a timer runs and every two minutes otherwise', () => {
    expect(pollPeriodMinutes(connected, running, 1)).toBe(1);
    expect(pollPeriodMinutes(connected, idle, 1)).toBe(2);
    expect(pollPeriodMinutes(connected, null, 1)).toBe(2);
  });

  it('does not read without a usable key', () => {
    expect(pollPeriodMinutes({ state: 'none' }, running, 1)).toBeNull();
    expect(pollPeriodMinutes({ state: 'revoked', maskedKey: 'ck_live_…ab12', revokedAt: 1, account: null }, running, 1)).toBeNull();
    expect(pollPeriodMinutes({ state: 'removing', maskedKey: 'ck_live_…ab12', until: 5, previous: connected }, running, 1)).toBeNull();
  });

  it('stays under the background budget of 3 requests a minute, with event-triggered reads at most every 20 s', () => {
    const worst = 1 / Math.min(POLL_RUNNING_MINUTES, POLL_IDLE_MINUTES);
    expect(worst).toBeLessThanOrEqual(1);
    expect(minEventPollGapMs(1)).toBe(20_000);
  });

  it('accepts a test scale in (0, 1] only', () => {
    expect(pollScale('0.1')).toBe(0.1);
    expect(pollScale(undefined)).toBe(1);
    expect(pollScale('0')).toBe(1);
    expect(pollScale('2')).toBe(1);
    expect(pollScale('fast')).toBe(1);
    expect(pollPeriodMinutes(connected, idle, 0.1)).toBeCloseTo(0.2);
  });
});

describe('schedulePoll', () => {
  beforeEach(() => fakeBrowser.reset());

  it('plans the alarm from the stored key and timer, and changes it only when the period changes', async () => {
    await connectionItem.setValue(connected);
    await timerItem.setValue(idle);
    await schedulePoll();
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toMatchObject({ periodInMinutes: POLL_IDLE_MINUTES });
    const first = await fakeBrowser.alarms.get(POLL_ALARM);

    await schedulePoll();
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBe(first);

    await timerItem.setValue(running);
    await schedulePoll();
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toMatchObject({ periodInMinutes: POLL_RUNNING_MINUTES });
  });

  it('clears the alarm when the key goes', async () => {
    await connectionItem.setValue(connected);
    await schedulePoll();
    await connectionItem.setValue({ state: 'none' });
    await schedulePoll();
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBeUndefined();
  });
});

describe('createPoller', () => {
  it('joins a read in flight, skips event reads within the gap, never skips the alarm', async () => {
    let clock = 0;
    let reads = 0;
    let finish: () => void = () => undefined;
    const poll = createPoller(
      () => {
        reads += 1;
        return new Promise<void>((resolve) => (finish = resolve));
      },
      () => clock,
      20_000,
    );
    const first = poll('event');
    const joined = poll('alarm');
    finish();
    await Promise.all([first, joined]);
    expect(reads).toBe(1);

    clock = 10_000;
    await poll('event');
    expect(reads).toBe(1);

    const byAlarm = poll('alarm');
    finish();
    await byAlarm;
    expect(reads).toBe(2);

    clock = 40_000;
    const later = poll('event');
    finish();
    await later;
    expect(reads).toBe(3);
  });
});
