import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROJECTS, type FakeClockMe } from '@/utils/background/__tests__/fake-clockme';
import type { Timer } from '@/utils/clockme/schemas';
import { EMPTY_OUTBOX } from '@/utils/outbox/ops';
import { lastProjectIdItem, outboxItem, projectsItem, timerItem } from '@/utils/storage';
import { startConnectedBackground } from '../../__tests__/connected-background';
import { answered } from '../../__tests__/message-bridge';
import { TimerPanel } from '../TimerPanel';

vi.mock('@/utils/messaging', async (importOriginal) => (await import('../../__tests__/message-bridge')).withBridge(await importOriginal()));

const STARTED_AT = Date.UTC(2026, 10, 29, 10, 0, 0);
const running: Timer = {
  id: 'tmr_1',
  projectId: 'prj_website',
  projectName: 'Website',
  description: 'Homepage copy',
  startedAt: new Date(STARTED_AT).toISOString(),
};

let clockMe: FakeClockMe;

beforeEach(async () => {
  clockMe = await startConnectedBackground();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('TimerPanel with a running timer', () => {
  beforeEach(() => {
    // Only the clock and the once-a-second re-render are faked; Testing Library keeps real timeouts.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(STARTED_AT + (1 * 3600 + 2 * 60 + 3) * 1000);
  });

  it('paints the timer from storage before ClockMe answers, as H:MM:SS since startedAt', async () => {
    clockMe.hold('getCurrentTimer'); // never released: whatever shows came from storage
    clockMe.hold('listProjects');
    await timerItem.setValue({ timer: running, othersRunning: 0, syncedAt: STARTED_AT });

    render(<TimerPanel />);

    const elapsed = await screen.findByRole('timer');
    expect(elapsed).toHaveTextContent('1:02:03');
    expect(elapsed).toHaveAccessibleName('Elapsed time 1 hour, 2 minutes');
    const section = screen.getByRole('region', { name: 'Running timer' });
    expect(within(section).getByText('Website')).toBeInTheDocument();
    expect(within(section).getByText('Homepage copy')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop timer' })).toBeEnabled();
  });

  it('advances with the clock, and after a long sleep shows the real elapsed time', async () => {
    clockMe.running = running;
    await timerItem.setValue({ timer: running, othersRunning: 0, syncedAt: STARTED_AT });
    render(<TimerPanel />);
    const elapsed = await screen.findByRole('timer');
    expect(elapsed).toHaveTextContent('1:02:03');
    // Let React run the effect that starts the once-a-second tick (under load it can lag the paint).
    await act(async () => {});

    act(() => vi.advanceTimersByTime(1000));
    expect(elapsed).toHaveTextContent('1:02:04');

    act(() => vi.advanceTimersByTime(2000));
    expect(elapsed).toHaveTextContent('1:02:06');

    // The laptop slept for 3 hours: no interval ran, but the next tick shows the true time.
    vi.setSystemTime(Date.now() + 3 * 3600 * 1000);
    act(() => vi.advanceTimersByTime(1000));
    expect(elapsed).toHaveTextContent('4:02:07');
  });

  it('says how many other timers run in ClockMe', async () => {
    clockMe.hold('getCurrentTimer');
    clockMe.hold('listProjects');
    await timerItem.setValue({ timer: running, othersRunning: 2, syncedAt: STARTED_AT });
    render(<TimerPanel />);
    expect(await screen.findByText('2 more timers are running in ClockMe.')).toBeInTheDocument();
  });

  it('switches to the timer ClockMe reports when it differs from storage', async () => {
    await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: STARTED_AT });
    clockMe.running = running;
    render(<TimerPanel />);
    expect(await screen.findByRole('timer')).toHaveTextContent('1:02:03');
  });
});

describe('TimerPanel when idle', () => {
  beforeEach(async () => {
    // Read ten minutes ago: older than the popup's freshness windows, so opening it reads both again.
    const tenMinutesAgo = Date.now() - 10 * 60_000;
    await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: tenMinutesAgo });
    await projectsItem.setValue({ projects: PROJECTS, syncedAt: tenMinutesAgo });
  });

  it('shows Project, Description and Start timer', async () => {
    const user = userEvent.setup();
    render(<TimerPanel />);

    const project = await screen.findByRole('combobox', { name: 'Project' });
    expect(project).toHaveValue('Website');
    expect(screen.getByRole('combobox', { name: 'Description' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeEnabled();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    // Nothing used recently: alphabetical.
    await user.click(screen.getByRole('button', { name: 'Show the projects' }));
    expect(within(screen.getByRole('listbox', { name: 'Project' })).getAllByRole('option').map((option) => option.textContent)).toEqual(['Mobile app', 'Website']);
  });

  it('preselects the project the last timer ran on', async () => {
    await lastProjectIdItem.setValue('prj_app');
    render(<TimerPanel />);
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Project' })).toHaveValue('Mobile app'));
  });

  it('starts a timer on the chosen project with the description and then shows it running', async () => {
    const user = userEvent.setup();
    render(<TimerPanel />);

    await user.click(await screen.findByRole('button', { name: 'Show the projects' }));
    await user.click(screen.getByRole('option', { name: 'Mobile app' }));
    await user.type(screen.getByRole('combobox', { name: 'Description' }), 'Fix the login');
    await user.click(screen.getByRole('button', { name: 'Start timer' }));

    const section = await screen.findByRole('region', { name: 'Running timer' });
    expect(within(section).getByText('Mobile app')).toBeInTheDocument();
    expect(within(section).getByText('Fix the login')).toBeInTheDocument();
    expect(within(section).getByRole('timer')).toHaveTextContent(/^0:00:0\d$/);
    expect(clockMe.running).toMatchObject({ projectId: 'prj_app', description: 'Fix the login' });
    expect(await lastProjectIdItem.getValue()).toBe('prj_app');
  });

  it('stops a running timer and returns to the start form', async () => {
    const user = userEvent.setup();
    clockMe.running = { ...running, startedAt: new Date().toISOString() };
    render(<TimerPanel />);

    await user.click(await screen.findByRole('button', { name: 'Stop timer' }));

    expect(await screen.findByRole('button', { name: 'Start timer' })).toBeInTheDocument();
    expect(clockMe.running).toBeNull();
  });

  it('announces start and stop, and moves focus to the next control, so keyboard users can go on', async () => {
    const user = userEvent.setup();
    render(<TimerPanel />);
    const description = await screen.findByRole('combobox', { name: 'Description' });
    expect(description).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Project' })).toHaveDisplayValue('Website'));

    await user.type(description, 'Write docs{Enter}');

    const stop = await screen.findByRole('button', { name: 'Stop timer' });
    expect(stop).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Timer started on Website.'));
    // A second press within the double-press window is ignored; a person's next press comes later.
    await waitFor(() => expect(stop).toHaveAttribute('aria-disabled', 'false'));

    await user.keyboard('{Enter}');

    expect(await screen.findByRole('combobox', { name: 'Description' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/^Timer stopped after \d+:\d\d:\d\d\.$/);
    expect(clockMe.running).toBeNull();
  });

  it('shows a start made while ClockMe is unreachable at once, running, and says it waits and why', async () => {
    const user = userEvent.setup();
    render(<TimerPanel />);
    const start = await screen.findByRole('button', { name: 'Start timer' });
    clockMe.reachable = false;

    await user.click(start);

    expect(await screen.findByRole('button', { name: 'Stop timer' })).toBeInTheDocument();
    const waiting = screen.getByRole('region', { name: 'Changes waiting to reach ClockMe' });
    await waitFor(() => expect(waiting).toHaveTextContent('Offline — 1 change waiting'));
    expect(waiting).toHaveTextContent(/Start on Website at/);
    expect(waiting).toHaveTextContent("Can't reach ClockMe");
    expect(clockMe.running).toBeNull();
  });

  it('says so when ClockMe has no projects', async () => {
    clockMe.projects = [];
    render(<TimerPanel />);
    // The list is read after the first paint: the combobox shows before ClockMe's (empty) answer.
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Project' })).toHaveAccessibleDescription('No projects in ClockMe yet. Creating projects needs a Full-scope key.'));
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeDisabled();
  });
});

describe('TimerPanel opened again right after a read', () => {
  it('paints the stored timer and projects and asks ClockMe nothing (within 5 s and 5 min of the last reads)', async () => {
    await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: Date.now() - 1_000 });
    await projectsItem.setValue({ projects: PROJECTS, syncedAt: Date.now() - 60_000 });
    clockMe.calls.length = 0;
    render(<TimerPanel />);

    expect(await screen.findByRole('button', { name: 'Start timer' })).toBeEnabled();
    await waitFor(() => expect(answered).toEqual(expect.arrayContaining(['refreshTimer', 'listProjects'])));
    expect(clockMe.calls).toEqual([]);
  });
});

describe('TimerPanel while changes wait for an unreachable ClockMe', () => {
  it('says so once, in the outbox status, not again in a red alert', async () => {
    clockMe.reachable = false;
    await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: STARTED_AT });
    await outboxItem.setValue({
      ...EMPTY_OUTBOX,
      ops: [{ id: 'op_1', at: STARTED_AT, attempts: 1, sent: false, kind: 'start', projectId: 'prj_website', projectName: 'Website', description: '' }],
      offline: { message: "Can't reach ClockMe.", at: STARTED_AT, reason: 'unreachable' },
      retryAt: Date.now() + 60_000,
    });
    render(<TimerPanel />);

    expect(await screen.findByText(/1 change waiting/)).toBeInTheDocument();
    await waitFor(() => expect(clockMe.calls.some((call) => call.startsWith('getCurrentTimer'))).toBe(true));
    await act(async () => {});
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });
});
