import { fakeBrowser } from 'wxt/testing';
import { isFresh, POPUP_TIMER_FRESHNESS, PROJECTS_FRESHNESS } from '../../freshness';
import { outboxItem, projectsItem, timerItem } from '../../storage';
import { EMPTY_OUTBOX } from '../../outbox/ops';
import { createBackgroundActions, type BackgroundActions } from '../actions';
import { FakeClockMe, KEY_A } from './fake-clockme';

const T0 = Date.UTC(2026, 10, 29, 10, 0, 0);
let clock = T0;
let clockMe: FakeClockMe;
let actions: BackgroundActions;

/** The requests ClockMe saw since the last call, as method names. */
function requestsSince(): string[] {
  const seen = clockMe.calls.map((call) => call.split(' ')[0]!);
  clockMe.calls.length = 0;
  return seen;
}

beforeEach(async () => {
  fakeBrowser.reset();
  clock = T0;
  clockMe = new FakeClockMe(() => clock);
  actions = createBackgroundActions(clockMe, { now: () => clock });
  await actions.saveKey(KEY_A);
  await actions.listProjects();
  requestsSince();
});

describe('isFresh', () => {
  it.each([
    [0, true],
    [4_999, true],
    [5_000, false],
    [-1, false], // read "in the future": the clock was set back since
  ])('a read %i ms old is fresh for the popup: %s', (age, fresh) => {
    expect(isFresh(T0 - age, T0, POPUP_TIMER_FRESHNESS)).toBe(fresh);
  });
});

describe('refreshTimer with a freshness window (the popup opening)', () => {
  it('sends nothing while the stored timer is younger than the window, and reads once it is older', async () => {
    clock += 4_000;
    expect(await actions.refreshTimer(POPUP_TIMER_FRESHNESS)).toMatchObject({ ok: true, snapshot: { timer: null } });
    expect(requestsSince()).toEqual([]);

    clockMe.running = { id: 'tmr_hook', projectId: 'prj_app', projectName: 'Mobile app', description: null, startedAt: new Date(T0).toISOString() };
    clock += 2_000;
    expect(await actions.refreshTimer(POPUP_TIMER_FRESHNESS)).toMatchObject({ ok: true, snapshot: { timer: { id: 'tmr_hook' } } });
    expect(requestsSince()).toEqual(['getCurrentTimer']);
    expect((await timerItem.getValue())?.syncedAt).toBe(clock);
  });

  it('always reads when changes wait in the outbox (an answer is what lets them go)', async () => {
    await outboxItem.setValue({ ...EMPTY_OUTBOX, ops: [{ id: 'op1', kind: 'stop', at: T0, attempts: 1, sent: false, timerId: 'tmr_x' }], retryAt: T0 + 60_000 });
    await actions.refreshTimer(POPUP_TIMER_FRESHNESS);
    expect(requestsSince()).toContain('getCurrentTimer');
  });

  it('reads without a window (the background poll) however fresh the stored timer is', async () => {
    await actions.refreshTimer();
    expect(requestsSince()).toEqual(['getCurrentTimer']);
  });
});

describe('listProjects with a freshness window', () => {
  it('answers from storage for 5 minutes, then lists again', async () => {
    clock += PROJECTS_FRESHNESS.maxAgeMs - 1;
    expect(await actions.listProjects(PROJECTS_FRESHNESS)).toMatchObject({ ok: true, projects: [{ name: 'Website' }, { name: 'Mobile app' }] });
    expect(requestsSince()).toEqual([]);
    clock += 1;
    await actions.listProjects(PROJECTS_FRESHNESS);
    expect(requestsSince()).toEqual(['listProjects']);
  });

  it('a project created meanwhile does not make the rest of the list fresh', async () => {
    clockMe.scopes.set(KEY_A, 'full');
    clock += 60_000;
    await actions.createProject('Acme');
    expect((await projectsItem.getValue())?.syncedAt).toBe(T0);
  });
});
