import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing';
import { BACKOFF_CAP_MS } from '../../outbox/backoff';
import { MIN_ENTRY_MS, personView, type Outbox } from '../../outbox/ops';
import { outboxItem, timerItem } from '../../storage';
import { storeVerifiedKey } from '../key-store';
import { forgetStorageCopies } from '../mirror';
import { createOutbox, type OutboxDeps, type OutboxRunner } from '../outbox';
import { CLICK_TOLERANCE_MS } from '../outbox-attempt';
import { SIM_KEY, SIM_PROJECTS, SimClockMe, type Fault, type SimRequest } from './sim-clockme';

/**
 * Model-based property tests of the outbox (issue 5) against a simulated ClockMe with random
 * outages, lost answers, 429s, slow answers and service-worker deaths. The person clicks Start
 * or Stop (whichever the popup shows) at increasing times; the test enqueues each click exactly
 * as `queueStart` / `queueStop` do, drains like the worker does (on each click, on alarms, at
 * worker start), then heals the network and drains until the outbox is empty. ClockMe must
 * then hold exactly what the person did, within 2 s of the clicks.
 */

const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);
/** Drains after healing before the outbox counts as stuck. */
const MAX_HEAL_DRAINS = 60;

type Step =
  /** The person clicks what the popup shows (Start on `project`, or Stop) `gap` ms after the previous step. */
  | { kind: 'click'; gap: number; project: number; description: string }
  /** Time passes; a held answer arrives; the worker drains (an alarm or a popup opening). */
  | { kind: 'wait'; gap: number }
  /** Chrome stops the service worker (answers in flight are lost); the next one drains at start. */
  | { kind: 'restart' };

interface Scenario {
  steps: Step[];
  /** Consumed one per request, in order, until the network heals. */
  faults: Fault[];
  /** Seeds the backoff jitter. */
  seed: number;
}

/** One stretch of time the person tracked: from a Start click to its Stop click (`null` while running). */
interface Interval {
  projectId: string;
  description: string | null;
  startAt: number;
  stopAt: number | null;
  /** The start's outbox id (its Idempotency-Key, and the key of a `log` it is compacted into). */
  startOpId: string;
}

interface Run {
  sim: SimClockMe;
  now: number;
  intervals: Interval[];
  outbox: Outbox;
  wakes: number[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const describeRequests = (requests: SimRequest[]) => requests.map((r) => `+${r.at - T0} ${r.method}${r.idempotencyKey ? `[${r.idempotencyKey.slice(0, 4)}]` : ''} ${r.fault} → ${r.result ?? '-'}`).join('\n');

/** Plays `scenario` against a fresh simulated ClockMe and storage; checks what must hold at every click and drain. */
async function play(scenario: Scenario): Promise<Run> {
  fakeBrowser.reset();
  const clock = { now: T0 };
  const sim = new SimClockMe(clock, [...scenario.faults]);
  await storeVerifiedKey(SIM_KEY, { timer: null, othersRunning: 0, syncedAt: T0 }, T0);
  const wakes: number[] = [];
  const deps: OutboxDeps = { client: sim, now: () => clock.now, random: mulberry32(scenario.seed), wakeAt: (at) => void wakes.push(at) };
  let runner: OutboxRunner = createOutbox(deps);
  let draining: Promise<void> | null = null;
  const intervals: Interval[] = [];
  let open: Interval | null = null;
  const trace = () => `requests so far:\n${describeRequests(sim.requests)}`;

  /** Waits until the drain in progress has finished, or waits for a held answer. */
  async function settle(): Promise<void> {
    while (draining && !sim.liveHold && !sim.killed) {
      const wakesBefore = wakes.length;
      const finished = await Promise.race([draining.then(() => true), sim.nextHold().then(() => false)]);
      if (!finished) continue;
      draining = null;
      // Liveness: a drain that leaves work behind asks to be woken when it may go on.
      const outbox = await outboxItem.getValue();
      if (outbox.ops.length > 0) {
        expect(outbox.retryAt, `a drain left ${outbox.ops.length} op(s) without a retry time\n${trace()}`).toBeGreaterThan(clock.now);
        expect(wakes.slice(wakesBefore), `a drain left work without asking to be woken at retryAt\n${trace()}`).toContain(outbox.retryAt);
        expect(outbox.retryAt - clock.now).toBeLessThanOrEqual(Math.max(BACKOFF_CAP_MS, 15 * 60_000));
      }
    }
  }

  /** Chrome killed the service worker: in-memory state is gone, storage stays; the new worker drains at start. */
  async function restart(): Promise<void> {
    do {
      sim.abandonHolds();
      sim.killed = false;
      forgetStorageCopies(); // the new worker has only what storage holds
      runner = createOutbox(deps);
      draining = runner.drain();
      await settle();
    } while (sim.killed);
  }

  async function drainNow(): Promise<void> {
    draining = runner.drain();
    await settle();
    if (sim.killed) await restart();
  }

  for (const step of scenario.steps) {
    if (step.kind === 'restart') {
      await restart();
      continue;
    }
    clock.now += step.gap;
    if (step.kind === 'wait') {
      sim.releaseAll();
      await settle();
      if (sim.killed) await restart();
      await drainNow();
      continue;
    }
    // A click: the popup shows the timer as the person sees it (queueStop's personView).
    const at = clock.now;
    const view = personView((await timerItem.getValue())?.timer ?? null, await outboxItem.getValue());
    const running: Interval | null = open;
    if (running) {
      expect(view, `at +${at - T0} the popup shows no timer, but the person started one at +${running.startAt - T0}\n${trace()}`).not.toBeNull();
      expect(view?.projectId).toBe(running.projectId);
      expect(Math.abs(Date.parse(view?.startedAt ?? '') - running.startAt), `the popup's timer does not tick from the click\n${trace()}`).toBeLessThanOrEqual(CLICK_TOLERANCE_MS);
      await runner.enqueue({ kind: 'stop', at, timerId: view?.pending ? null : (view?.id ?? null) });
      running.stopAt = at;
      open = null;
    } else {
      expect(view, `at +${at - T0} the popup shows a timer, but the person stopped (or never started) one\n${trace()}`).toBeNull();
      const project = SIM_PROJECTS[step.project % SIM_PROJECTS.length]!;
      const description = step.description.trim();
      const op = await runner.enqueue({ kind: 'start', at, projectId: project.id, projectName: project.name, description });
      open = { projectId: project.id, description: description || null, startAt: at, stopAt: null, startOpId: op.id };
      intervals.push(open);
    }
    // submit(): `void outbox.drain()` right after the enqueue.
    if (draining) {
      void runner.drain();
      if (!sim.liveHold) await settle();
      if (sim.killed) await restart();
    } else {
      await drainNow();
    }
  }

  // The network heals: answers in flight arrive, and the worker drains until nothing waits.
  sim.heal();
  for (let round = 0; ; round++) {
    sim.releaseAll();
    await settle();
    if (sim.killed) await restart();
    const outbox = await outboxItem.getValue();
    if (outbox.ops.length === 0 && !draining) break;
    expect(round, `the outbox is stuck after healing: ${JSON.stringify(outbox)}\n${trace()}`).toBeLessThan(MAX_HEAL_DRAINS);
    clock.now = Math.max(clock.now, outbox.retryAt);
    await drainNow();
  }
  // Later still, no wait is pending any more; the worker drains once more (e.g. the popup opens).
  clock.now = Math.max(clock.now, (await outboxItem.getValue()).retryAt);
  await drainNow();
  return { sim, now: clock.now, intervals, outbox: await outboxItem.getValue(), wakes };
}

function describeRun(run: Run): string {
  const { sim, intervals } = run;
  const times = intervals.map((i) => ({ project: i.projectId, startAt: i.startAt - T0, stopAt: i.stopAt === null ? null : i.stopAt - T0, startOp: i.startOpId.slice(0, 4) }));
  return `requests:\n${describeRequests(sim.requests)}\nperson: ${JSON.stringify(times)}\nentries: ${JSON.stringify(sim.entries)}\nrunning: ${JSON.stringify(sim.running)}\noutbox: ${JSON.stringify(run.outbox)}`;
}

/** Once healed, ClockMe holds exactly what the person did: the running timer, and one entry per stopped interval within 2 s of the clicks. */
async function checkClockMe(run: Run): Promise<void> {
  const { sim, intervals, outbox } = run;
  const trace = describeRun(run);
  expect(outbox.ops, `the outbox did not empty\n${trace}`).toEqual([]);
  expect(sim.violations, trace).toEqual([]);

  // The running timer: the person's last start if they did not stop it, else none.
  const open = intervals.find((interval) => interval.stopAt === null) ?? null;
  const stored = (await timerItem.getValue())?.timer ?? null;
  if (open) {
    expect(sim.running, `the person's last start is not running at ClockMe\n${trace}`).not.toBeNull();
    expect(sim.running?.projectId, trace).toBe(open.projectId);
    expect(sim.running?.description ?? null, trace).toBe(open.description);
    expect(stored?.id, `storage disagrees with ClockMe's running timer\n${trace}`).toBe(sim.running?.id);
    const view = personView(stored, outbox);
    expect(Math.abs(Date.parse(view?.startedAt ?? '') - open.startAt), `the running timer is not shown from the click\n${trace}`).toBeLessThanOrEqual(CLICK_TOLERANCE_MS);
  } else {
    expect(sim.running, `a timer runs at ClockMe that the person stopped (or never started)\n${trace}`).toBeNull();
    expect(stored, `storage shows a timer ClockMe does not run\n${trace}`).toBeNull();
  }

  // The entries: one per stopped interval, in order, within 2 s of the clicks. A start and its
  // stop less than MIN_ENTRY_MS apart cancel out, but only if ClockMe never acted on the start
  // (as a timer, or as a logged entry: both carry the start's id as Idempotency-Key).
  const expected = intervals.filter((interval) => interval.stopAt !== null && (interval.stopAt - interval.startAt >= MIN_ENTRY_MS || sim.acted.has(interval.startOpId)));
  const entries = [...sim.entries].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  expect(entries.length, `ClockMe has ${entries.length} entries, the person made ${expected.length}\n${trace}`).toBe(expected.length);
  expected.forEach((interval, index) => {
    const entry = entries[index]!;
    expect(entry.projectId, trace).toBe(interval.projectId);
    expect(entry.description, trace).toBe(interval.description);
    expect(Math.abs(Date.parse(entry.startedAt) - interval.startAt), `entry ${index} starts ${Date.parse(entry.startedAt) - interval.startAt} ms off the click\n${trace}`).toBeLessThanOrEqual(CLICK_TOLERANCE_MS);
    expect(Math.abs(Date.parse(entry.endedAt) - interval.stopAt!), `entry ${index} ends ${Date.parse(entry.endedAt) - interval.stopAt!} ms off the click\n${trace}`).toBeLessThanOrEqual(CLICK_TOLERANCE_MS);
  });
  // No duplicate timers: ClockMe started at most one timer per Start click.
  expect(sim.started.length, `duplicate starts\n${trace}`).toBeLessThanOrEqual(intervals.length);
}

/**
 * Once healed, the outbox's bookkeeping is calm: nothing refused (no other ClockMe app exists
 * here, so ClockMe had no reason to refuse anything), not "offline", no wait pending, and no
 * start-time correction kept for a timer that no longer runs.
 */
function checkBookkeeping(run: Run): void {
  const { sim, outbox, now } = run;
  const trace = describeRun(run);
  expect(outbox.ops, `the outbox did not empty\n${trace}`).toEqual([]);
  expect(outbox.refused, `refused after healing\n${trace}`).toBeNull();
  expect(outbox.retryAt, trace).toBeLessThanOrEqual(now);
  // Nothing waits and no wait is pending, so the next click must not be shown as "Offline" with a stale reason.
  expect(outbox.offline, `still "offline" after healing, with nothing waiting and no wait pending\n${trace}`).toBeNull();
  expect(Object.keys(outbox.lateStarts).filter((id) => id !== sim.running?.id), `lateStarts keeps stopped timers\n${trace}`).toEqual([]);
}

const faultArb: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Fault>({ kind: 'ok' }) },
  { weight: 2, arbitrary: fc.constant<Fault>({ kind: 'unreachable' }) },
  { weight: 2, arbitrary: fc.constant<Fault>({ kind: 'lost' }) },
  { weight: 2, arbitrary: fc.option(fc.integer({ min: 1_000, max: 10_000 }), { nil: undefined }).map((retryAfterMs): Fault => (retryAfterMs === undefined ? { kind: 'rateLimited' } : { kind: 'rateLimited', retryAfterMs })) },
  { weight: 1, arbitrary: fc.constant<Fault>({ kind: 'slow' }) },
  { weight: 1, arbitrary: fc.constant<Fault>({ kind: 'killBefore' }) },
  { weight: 1, arbitrary: fc.constant<Fault>({ kind: 'killAfter' }) },
);

function scenarioArb(clickGap: fc.Arbitrary<number>): fc.Arbitrary<Scenario> {
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('click' as const), gap: clickGap, project: fc.nat(SIM_PROJECTS.length - 1), description: fc.constantFrom('', 'Fix login', '  Review PR  ') }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), gap: fc.integer({ min: 0, max: 60_000 }) }) },
    { weight: 1, arbitrary: fc.constant<Step>({ kind: 'restart' }) },
  );
  return fc.record({
    steps: fc.array(step, { minLength: 1, maxLength: 12 }),
    faults: fc.array(faultArb, { maxLength: 16 }),
    seed: fc.nat(),
  });
}

beforeEach(() => {
  fakeBrowser.reset();
});

/** Clicks at least 2 s apart: no start and stop can cancel out. */
const spacedClicks = () => scenarioArb(fc.integer({ min: 2_000, max: 30_000 }));
/** Clicks that may come less than MIN_ENTRY_MS apart (a start taken back), or at the same ms. */
const hastyClicks = () => scenarioArb(fc.oneof(fc.integer({ min: 0, max: 1_500 }), fc.integer({ min: 2_000, max: 10_000 })));

const click = (gap: number): Step => ({ kind: 'click', gap, project: 0, description: '' });
/**
 * Scenarios fast-check once shrank a failure to, replayed on every run before the random ones.
 * 1–3: a 429 on the reconciling GET of a start ClockMe already acted on marks the start unsent,
 * so it is folded with its stop into a `log` (same Idempotency-Key) while its timer keeps running,
 * or (4) later refused as "started in another ClockMe app". 5: a start taken back after a 429
 * leaves the outbox "offline" with nothing waiting.
 */
const REGRESSIONS: Record<string, Scenario> = {
  lostStartThen429: { steps: [click(2_000), click(2_000)], faults: [{ kind: 'lost' }, { kind: 'rateLimited' }], seed: 0 },
  slowStartWorkerKilledThen429: { steps: [click(2_000), { kind: 'restart' }, click(2_000)], faults: [{ kind: 'slow' }, { kind: 'rateLimited' }], seed: 0 },
  slowStartThen429BeforeRestart: { steps: [click(2_000), click(2_000), { kind: 'restart' }], faults: [{ kind: 'slow' }, { kind: 'rateLimited' }], seed: 0 },
  killedAfterStartThen429: { steps: [click(0)], faults: [{ kind: 'killAfter' }, { kind: 'rateLimited', retryAfterMs: 5_001 }], seed: 0 },
  takenBackAfter429: { steps: [click(2_000), click(0)], faults: [{ kind: 'rateLimited' }], seed: 0 },
};
const examples = (...names: (keyof typeof REGRESSIONS)[]): [Scenario][] => names.map((name) => [REGRESSIONS[name]!]);

describe('outbox against a simulated ClockMe (model-based)', () => {
  it('ends with ClockMe holding exactly what the person did, within 2 s of each click, whatever the network and the worker do', async () => {
    await fc.assert(
      fc.asyncProperty(spacedClicks(), async (scenario) => {
        await checkClockMe(await play(scenario));
      }),
      { numRuns: 150, examples: examples('lostStartThen429', 'slowStartWorkerKilledThen429') },
    );
  });

  it('ends with an empty, calm outbox: nothing refused, not offline, no wait pending', async () => {
    await fc.assert(
      fc.asyncProperty(spacedClicks(), async (scenario) => {
        checkBookkeeping(await play(scenario));
      }),
      { numRuns: 100, examples: examples('lostStartThen429', 'slowStartThen429BeforeRestart') },
    );
  });

  it('lets a start and its stop under MIN_ENTRY_MS apart cancel out only when ClockMe never acted on the start', async () => {
    await fc.assert(
      fc.asyncProperty(hastyClicks(), async (scenario) => {
        await checkClockMe(await play(scenario));
      }),
      { numRuns: 150, examples: examples('takenBackAfter429', 'lostStartThen429') },
    );
  });

  it('ends with an empty, calm outbox also when starts were taken back', async () => {
    await fc.assert(
      fc.asyncProperty(hastyClicks(), async (scenario) => {
        checkBookkeeping(await play(scenario));
      }),
      { numRuns: 100, examples: examples('killedAfterStartThen429', 'takenBackAfter429') },
    );
  });
});
