import { Mutex } from './mutex';
import { browser } from 'wxt/browser';
import type { Reply } from '../messaging';
import { personView, type ViewTimer } from '../outbox/ops';
import { connectionItem, heartbeatItem, outboxItem, settingsItem, timerItem, type Connection, type HeartbeatState, type Settings } from '../storage';
import { detectionIntervalSeconds, heartbeatPeriodMs, TEST_SCALE } from './idle-cadence';
import { readItem } from './mirror';

/** The one-shot alarm at which the next heartbeat is due. */
export const HEARTBEAT_ALARM = 'heartbeat';

/** Alarms may fire a little early or late; a beat this close (ms) to its time counts as due. */
const DUE_TOLERANCE_MS = 1_000;

/** What the heartbeat should do now: nothing at all, wait for `when` (ms), or beat (when the person is active). */
export type HeartbeatPlan = { kind: 'none' } | { kind: 'at'; when: number } | { kind: 'due' };

/** What {@link heartbeatPlan} decides from. `timer` is the person's view (ClockMe's timer with the outbox applied). */
export interface HeartbeatFacts {
  settings: Settings;
  connection: Connection;
  timer: ViewTimer | null;
  state: HeartbeatState;
  now: number;
  periodMs: number;
}

/**
 * When the next heartbeat is due (pure). None when heartbeats are turned off, without a usable
 * key that may write (a read-only key, or one ClockMe refused heartbeats to), and unless the
 * person's timer runs at ClockMe (a start still in the outbox, or a stop waiting there, needs
 * none). Otherwise one `periodMs` after the last beat or the timer's start, whichever is later.
 */
export function heartbeatPlan({ settings, connection, timer, state, now, periodMs }: HeartbeatFacts): HeartbeatPlan {
  if (!settings.heartbeat || connection.state !== 'connected' || connection.scope?.scope === 'read') return { kind: 'none' };
  if (state.refusedFor === connection.maskedKey || !timer || timer.pending) return { kind: 'none' };
  const startedAt = Date.parse(timer.startedAt);
  const when = Math.max(state.lastAt ?? -Infinity, Number.isNaN(startedAt) ? -Infinity : startedAt) + periodMs;
  return when - DUE_TOLERANCE_MS > now ? { kind: 'at', when } : { kind: 'due' };
}

/** Sends one heartbeat with the stored key (see `sendHeartbeat`); a failure comes back as a reply, never thrown. */
export type SendHeartbeat = () => Promise<Reply>;

/**
 * The heartbeat's cadence: `tick()` looks at the stored settings, key and timer and either clears
 * the alarm, (re)sets it to the next beat, or, when a beat is due and `chrome.idle` says the
 * person is active, sends it and sets the alarm 4 minutes on. A due beat while idle or locked is
 * not sent: it goes when the person is back (the next tick after `idle.onStateChanged`). A beat
 * that fails (ClockMe unreachable, 429, the extension's own budget) is skipped, not retried: the
 * next one is 4 minutes later. A `403` stops the beats for that key. Ticks run one at a time and
 * a burst of them collapses into one.
 * @param options `now` (ms) and `scale` (the test build's cadence scale), injected for tests.
 */
export function createHeartbeat(send: SendHeartbeat, options: { now?: () => number; scale?: number } = {}) {
  const now = options.now ?? Date.now;
  const scale = options.scale ?? TEST_SCALE;
  const periodMs = heartbeatPeriodMs(scale);
  const lock = new Mutex();
  let waiting: Promise<void> | null = null;

  async function setAlarm(when: number): Promise<void> {
    const existing = await browser.alarms.get(HEARTBEAT_ALARM);
    if (existing?.scheduledTime !== when) await browser.alarms.create(HEARTBEAT_ALARM, { when });
  }

  async function run(): Promise<void> {
    const [settings, connection, stored, outbox, state] = await Promise.all([readItem(settingsItem), readItem(connectionItem), readItem(timerItem), readItem(outboxItem), heartbeatItem.getValue()]);
    const plan = heartbeatPlan({ settings, connection, timer: personView(stored?.timer ?? null, outbox), state, now: now(), periodMs });
    if (plan.kind === 'none') return void (await browser.alarms.clear(HEARTBEAT_ALARM));
    if (plan.kind === 'at') return setAlarm(plan.when);
    await browser.alarms.clear(HEARTBEAT_ALARM);
    if ((await browser.idle.queryState(detectionIntervalSeconds(settings, scale))) !== 'active') return;
    const at = now();
    // Recorded before sending, so a failed beat is not tried again before the next period.
    await heartbeatItem.setValue({ ...state, lastAt: at });
    await setAlarm(at + periodMs);
    const reply = await send();
    if (!reply.ok && reply.error.code === 'not_allowed' && connection.state === 'connected') {
      await heartbeatItem.setValue({ lastAt: at, refusedFor: connection.maskedKey });
      await browser.alarms.clear(HEARTBEAT_ALARM);
    }
  }

  /** Plans or sends the next heartbeat from what is stored now; resolves once done. */
  function tick(): Promise<void> {
    // A tick waiting for the lock will read the latest state anyway: later calls join it.
    if (waiting) return waiting;
    const next = lock.runExclusive(() => {
      waiting = null;
      return run();
    });
    waiting = next;
    return next;
  }

  return { tick };
}

/**
 * Sends `POST /api/timer/heartbeat` every 4 minutes while the person's timer runs, heartbeats are
 * on (options page) and the person is active (`chrome.idle`), so ClockMe's watchdog does not stop
 * a timer while someone reads for an hour; none while the computer is idle or locked, and one as
 * soon as the person is back if it fell due meanwhile. Driven by `chrome.alarms` (the service
 * worker sleeps in between). Registers its listeners synchronously; call at service-worker start.
 * The listeners return their work's promise, and `tick` is returned, so tests can await them.
 */
export function registerHeartbeat(send: SendHeartbeat): { tick: () => Promise<void> } {
  const { tick } = createHeartbeat(send);
  const replan = () => void tick();
  timerItem.watch(replan);
  outboxItem.watch(replan);
  settingsItem.watch(replan);
  connectionItem.watch(replan);
  browser.alarms.onAlarm.addListener((alarm) => (alarm.name === HEARTBEAT_ALARM ? tick() : undefined));
  browser.idle.onStateChanged.addListener((state) => (state === 'active' ? tick() : undefined));
  replan();
  return { tick };
}
