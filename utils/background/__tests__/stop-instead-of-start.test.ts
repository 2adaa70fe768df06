import { ApiError } from '../../clockme/errors';
import type { OutboxOp } from '../../outbox/ops';
import { stopInsteadOfStart } from '../outbox-attempt';

const QUEUED = Date.UTC(2026, 10, 29, 10, 0, 0);
const running = { id: 'tmr_hook', projectId: 'prj_app', projectName: 'Mobile app', description: null, startedAt: '2026-11-29T09:00:00.000Z' };
const alreadyRunning = new ApiError(409, 'timer_already_running', 'A timer is already running.', { error: 'timer_already_running', timer: running });
/** A shortcut's start, pressed at `at` on ClockMe's clock and queued at QUEUED on this computer's. */
const press = (at: number, extra: Partial<OutboxOp> = {}): OutboxOp =>
  ({ id: 'op1', kind: 'start', at, attempts: 0, sent: true, projectId: 'prj_website', projectName: 'Website', description: '', stopIfRunning: true, queuedAt: QUEUED, ...extra }) as OutboxOp;

describe('stopInsteadOfStart', () => {
  it('turns a 409 answered within 5 s of the press into a stop of that timer at the press time', () => {
    expect(stopInsteadOfStart(press(QUEUED), alreadyRunning, QUEUED + 5_000)).toEqual({ kind: 'stop', at: QUEUED, timerId: 'tmr_hook' });
  });

  it.each<[string, OutboxOp, number]>([
    ['a 409 more than 5 s after the press was queued', press(QUEUED), QUEUED + 5_001],
    // ClockMe's clock 10 min ahead of this computer's: `at` looks recent for ever; the wait is measured locally.
    ['a late 409 when the computer clock is 10 min behind ClockMe', press(QUEUED + 600_000), QUEUED + 60_000],
    ['paused work resumed with a new key', press(QUEUED, { checkFirst: true }), QUEUED + 1_000],
    ['a start that is not a shortcut toggle', press(QUEUED, { stopIfRunning: false }), QUEUED + 1_000],
    ['an operation from before queue times were kept', press(QUEUED, { queuedAt: undefined }), QUEUED + 1_000],
  ])('refuses as usual: %s', (_what, op, now) => {
    expect(stopInsteadOfStart(op, alreadyRunning, now)).toBeNull();
  });

  it('only for timer_already_running with a readable timer', () => {
    expect(stopInsteadOfStart(press(QUEUED), new ApiError(409, 'timer_already_running', undefined, { error: 'timer_already_running' }), QUEUED)).toBeNull();
    expect(stopInsteadOfStart(press(QUEUED), new ApiError(404, 'project_not_found', undefined, {}), QUEUED)).toBeNull();
  });
});
