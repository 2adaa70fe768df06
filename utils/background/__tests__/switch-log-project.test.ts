import { fakeBrowser } from 'wxt/testing';
import type { Entry, Timer } from '../../clockme/schemas';
import { connectionItem, outboxItem, projectsItem, recentEntriesItem, timerItem, type TimerSnapshot } from '../../storage';
import { createBackgroundActions, type BackgroundActions } from '../actions';
import { storeVerifiedKey } from '../key-store';
import { withRecentEntry } from '../recent-entries';
import { FakeClockMe, KEY_A, PROJECTS } from './fake-clockme';

let clock = Date.UTC(2026, 10, 29, 10, 0, 0);
const now = () => clock;
let clockMe: FakeClockMe;
let actions: BackgroundActions;

const runningWebsite: Timer = { id: 'tmr_web', projectId: 'prj_website', projectName: 'Website', description: 'Fix login', startedAt: '2026-11-29T09:00:00.000Z' };

beforeEach(async () => {
  fakeBrowser.reset();
  clock = Date.UTC(2026, 10, 29, 10, 0, 0);
  clockMe = new FakeClockMe(now);
  actions = createBackgroundActions(clockMe, { now });
  const idle: TimerSnapshot = { timer: null, othersRunning: 0, syncedAt: clock };
  await storeVerifiedKey(KEY_A, idle, clock);
  await projectsItem.setValue({ projects: PROJECTS, syncedAt: clock });
});

/** ClockMe's calls after the key was stored, without the key. */
const calls = () => clockMe.calls.map((call) => call.split(' ')[0]);

describe('switchTimer', () => {
  it('stops the running timer and starts the new one: one stop, then one start, both at the click', async () => {
    clockMe.running = runningWebsite;
    await timerItem.setValue({ timer: runningWebsite, othersRunning: 0, syncedAt: clock });

    const reply = await actions.switchTimer({ projectId: 'prj_app', description: ' Release notes ' });

    expect(reply).toMatchObject({ ok: true, snapshot: { timer: { projectId: 'prj_app', description: 'Release notes' } } });
    expect(calls()).toEqual(['stopTimer', 'startTimer']);
    expect(clockMe.running).toMatchObject({ projectId: 'prj_app', startedAt: new Date(clock).toISOString() });
    expect([...clockMe.entries.values()]).toEqual([expect.objectContaining({ id: expect.any(String), projectId: 'prj_website', endedAt: new Date(clock).toISOString() })]);
    expect((await outboxItem.getValue()).ops).toEqual([]);
    expect((await recentEntriesItem.getValue()).map((entry) => entry.projectId)).toEqual(['prj_website']);
  });

  it('keeps both halves together while ClockMe is unreachable, and sends them in order once it answers', async () => {
    clockMe.running = runningWebsite;
    await timerItem.setValue({ timer: runningWebsite, othersRunning: 0, syncedAt: clock });
    clockMe.reachable = false;

    const reply = await actions.switchTimer({ projectId: 'prj_app', description: '' });

    expect(reply).toMatchObject({ ok: true, queued: true, snapshot: { timer: { projectId: 'prj_app' } } });
    expect((await outboxItem.getValue()).ops.map((op) => [op.kind, op.at])).toEqual([
      ['stop', clock],
      ['start', clock],
    ]);

    clockMe.reachable = true;
    const before = clockMe.calls.length;
    clock += 60_000;
    await outboxItem.setValue({ ...(await outboxItem.getValue()), retryAt: 0 });
    await actions.drainOutbox();

    expect((await outboxItem.getValue()).ops).toEqual([]);
    expect(clockMe.running).toMatchObject({ projectId: 'prj_app' });
    expect(calls().slice(before).filter((call) => call !== 'getCurrentTimer')).toEqual(['stopTimer', 'editEntry', 'startTimer']);
    expect(clockMe.entries.size).toBe(1);
    // The stop is corrected to the click, a minute before ClockMe heard of it.
    expect([...clockMe.entries.values()][0]).toMatchObject({ projectId: 'prj_website', endedAt: new Date(clock - 60_000).toISOString() });
  });

  it('sends nothing when the same project and description already run (the entry is not split)', async () => {
    clockMe.running = runningWebsite;
    await timerItem.setValue({ timer: runningWebsite, othersRunning: 0, syncedAt: clock });

    const reply = await actions.switchTimer({ projectId: 'prj_website', description: ' Fix login ' });

    expect(reply).toMatchObject({ ok: true, unchanged: true, snapshot: { timer: { id: 'tmr_web' } } });
    expect(calls()).toEqual([]);
    expect((await outboxItem.getValue()).ops).toEqual([]);
  });

  it('is a plain start when nothing runs', async () => {
    const reply = await actions.switchTimer({ projectId: 'prj_app', description: '' });
    expect(reply).toMatchObject({ ok: true });
    expect(calls()).toEqual(['startTimer']);
  });
});

describe('logTime', () => {
  it('logs the entry with the times given and lists it among the recent entries', async () => {
    const startedAt = Date.UTC(2026, 10, 29, 7, 30);
    const endedAt = Date.UTC(2026, 10, 29, 9, 0);

    const reply = await actions.logTime({ projectId: 'prj_website', description: ' Review ', startedAt, endedAt });

    expect(reply).toMatchObject({ ok: true, entry: { projectId: 'prj_website', description: 'Review', durationSeconds: 5400 } });
    expect([...clockMe.entries.values()]).toEqual([expect.objectContaining({ startedAt: '2026-11-29T07:30:00.000Z', endedAt: '2026-11-29T09:00:00.000Z' })]);
    expect(await recentEntriesItem.getValue()).toEqual([expect.objectContaining({ description: 'Review' })]);
  });

  it('keeps the entry in the outbox while ClockMe is unreachable', async () => {
    clockMe.reachable = false;
    const reply = await actions.logTime({ projectId: 'prj_website', description: '', startedAt: clock - 3_600_000, endedAt: clock });
    expect(reply).toEqual({ ok: true, entry: null, queued: true });
    expect((await outboxItem.getValue()).ops).toEqual([expect.objectContaining({ kind: 'log', startedAt: clock - 3_600_000, endedAt: clock })]);
  });

  it('says why when ClockMe refuses the entry, and that another project is the way on', async () => {
    const reply = await actions.logTime({ projectId: 'prj_gone', description: '', startedAt: clock - 60_000, endedAt: clock });
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringContaining('Choose another project') } });
    expect(reply.ok ? '' : reply.error.message).not.toContain('Try again');
    expect((await outboxItem.getValue()).ops).toEqual([]);
  });
});

describe('createProject', () => {
  it('knows a Full key as Full from the moment it is saved (so the popup offers Create)', async () => {
    clockMe.scopes.set(KEY_A, 'full');
    await actions.saveKey(KEY_A);
    expect(await connectionItem.getValue()).toMatchObject({ state: 'connected', scope: { scope: 'full', source: 'verified' } });
  });

  it('creates the project with a Full key and adds it to the stored list', async () => {
    clockMe.scopes.set(KEY_A, 'full');
    const reply = await actions.createProject('  Acme redesign ');
    expect(reply).toMatchObject({ ok: true, project: { name: 'Acme redesign' } });
    expect((await projectsItem.getValue())?.projects.map((project) => project.name)).toEqual(['Website', 'Mobile app', 'Acme redesign']);
  });

  it('is refused for a Write key, which is then known not to be Full', async () => {
    const reply = await actions.createProject('Acme');
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_allowed', message: expect.stringContaining('Full scope') } });
    expect(await connectionItem.getValue()).toMatchObject({ scope: { scope: 'write', source: 'observed' } });
    expect((await projectsItem.getValue())?.projects).toHaveLength(2);
  });

  it('sends nothing for a blank name', async () => {
    clockMe.calls.length = 0;
    const reply = await actions.createProject('   ');
    expect(reply).toMatchObject({ ok: false });
    expect(clockMe.calls).toEqual([]);
  });
});

describe('withRecentEntry', () => {
  const entry = (id: string, endMinute: number): Entry => ({ id, projectId: 'prj_website', projectName: 'Website', description: null, startedAt: '2026-11-29T08:00:00.000Z', endedAt: new Date(Date.UTC(2026, 10, 29, 9, endMinute)).toISOString(), durationSeconds: 60 });

  it.each([
    ['adds to an empty list', [], entry('a', 1), ['a']],
    ['keeps newest endedAt first', [entry('a', 5)], entry('b', 1), ['a', 'b']],
    ['replaces an entry with the same id (a correction)', [entry('b', 9), entry('a', 5)], entry('a', 10), ['a', 'b']],
    ['keeps ten', Array.from({ length: 10 }, (_, i) => entry(`e${i}`, 20 - i)), entry('new', 30), ['new', 'e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8']],
  ])('%s', (_name, list, added, ids) => {
    expect(withRecentEntry(list, added).map((e) => e.id)).toEqual(ids);
  });
});
