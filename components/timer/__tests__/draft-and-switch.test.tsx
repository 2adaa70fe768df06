import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROJECTS, type FakeClockMe } from '@/utils/background/__tests__/fake-clockme';
import type { Timer } from '@/utils/clockme/schemas';
import { draftItem, projectsItem, recentEntriesItem, timerItem } from '@/utils/storage';
import { startConnectedBackground } from '../../__tests__/connected-background';
import { TimerPanel } from '../TimerPanel';

vi.mock('@/utils/messaging', async (importOriginal) => (await import('../../__tests__/message-bridge')).withBridge(await importOriginal()));

let clockMe: FakeClockMe;

beforeEach(async () => {
  clockMe = await startConnectedBackground();
  await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: Date.now() });
  await projectsItem.setValue({ projects: PROJECTS, syncedAt: Date.now() });
});

const project = () => screen.findByRole('combobox', { name: 'Project' });
const description = () => screen.findByRole('combobox', { name: 'Description' });

async function choose(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name: 'Show the projects' }));
  await user.click(screen.getByRole('option', { name }));
}

describe('the draft', () => {
  it('keeps the chosen project and typed description through closing and reopening the popup', async () => {
    const user = userEvent.setup();
    const first = render(<TimerPanel />);
    await choose(user, 'Mobile app');
    await user.type(await description(), 'Half-typed thought');
    // The popup's page is destroyed on close: only what reached storage comes back.
    await waitFor(async () => expect(await draftItem.getValue()).toEqual({ projectId: 'prj_app', projectName: 'Mobile app', description: 'Half-typed thought' }));
    first.unmount();

    render(<TimerPanel />);

    expect(await description()).toHaveValue('Half-typed thought');
    expect(await project()).toHaveValue('Mobile app');
    expect(await description()).toHaveFocus();
  });

  it('does not quietly start on another project when the chosen one was archived: it asks for another', async () => {
    await draftItem.setValue({ projectId: 'prj_archived', projectName: 'Old client', description: 'Release notes' });
    const user = userEvent.setup();
    render(<TimerPanel />);

    expect(await screen.findByText('“Old client” is no longer active in ClockMe. Choose another project.')).toBeInTheDocument();
    expect(await description()).toHaveValue('Release notes');
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeDisabled();
    await user.type(await description(), '{Enter}');
    expect(clockMe.calls.filter((call) => call.startsWith('startTimer'))).toEqual([]);

    await choose(user, 'Website');
    await user.click(screen.getByRole('button', { name: 'Start timer' }));
    await waitFor(() => expect(clockMe.running).toMatchObject({ projectId: 'prj_website', description: 'Release notes' }));
  });

  it('is cleared once the timer started, so the next start begins empty', async () => {
    const user = userEvent.setup();
    render(<TimerPanel />);
    await choose(user, 'Mobile app');
    await user.type(await description(), 'Release notes{Enter}');
    const stop = await screen.findByRole('button', { name: 'Stop timer' });
    await waitFor(() => expect(stop).toHaveAttribute('aria-disabled', 'false')); // past the double-press window
    await user.click(stop);
    await screen.findByRole('button', { name: 'Start timer' });
    await waitFor(() => expect(clockMe.running).toBeNull());

    expect(await description()).toHaveValue('');
    // The last used project is preselected again, from the settings rather than the draft.
    expect(await project()).toHaveValue('Mobile app');
    expect(await draftItem.getValue()).toEqual({ projectId: null, description: '' });
  });

  it('suggests recent descriptions that contain what is typed, and takes one with the arrow keys and Enter', async () => {
    const user = userEvent.setup();
    const ended = (description: string, endedAt: string) => ({ id: `ent_${endedAt}`, projectId: 'prj_website', projectName: 'Website', description, startedAt: '2026-11-29T08:00:00.000Z', endedAt, durationSeconds: 60 });
    await recentEntriesItem.setValue([ended('Fix login', '2026-11-29T10:00:00.000Z'), ended('Homepage copy', '2026-11-29T09:00:00.000Z'), ended('Login page', '2026-11-29T08:30:00.000Z')]);
    render(<TimerPanel />);

    await user.type(await description(), 'LOG');
    const list = screen.getByRole('listbox', { name: 'Description' });
    expect(within(list).getAllByRole('option').map((option) => option.textContent)).toEqual(['Fix login', 'Login page']);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');

    expect(await description()).toHaveValue('Login page');
    expect(clockMe.running).toBeNull(); // that Enter took the suggestion; the next one starts
    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: 'Running timer' });
    expect(clockMe.running).toMatchObject({ description: 'Login page' });
  });

  it('starts with Enter while suggestions show but none is chosen', async () => {
    const user = userEvent.setup();
    await recentEntriesItem.setValue([{ id: 'ent_1', projectId: 'prj_website', projectName: 'Website', description: 'Fix login', startedAt: '2026-11-29T08:00:00.000Z', endedAt: '2026-11-29T09:00:00.000Z', durationSeconds: 60 }]);
    render(<TimerPanel />);
    await user.type(await description(), 'Fix');
    expect(screen.getByRole('option', { name: 'Fix login' })).toBeInTheDocument();

    await user.keyboard('{Enter}');

    await screen.findByRole('region', { name: 'Running timer' });
    expect(clockMe.running).toMatchObject({ description: 'Fix' });
  });
});

describe('Switch', () => {
  const running: Timer = { id: 'tmr_1', projectId: 'prj_website', projectName: 'Website', description: 'Homepage copy', startedAt: new Date(Date.now() - 3_600_000).toISOString() };

  beforeEach(async () => {
    clockMe.running = running;
    await timerItem.setValue({ timer: running, othersRunning: 0, syncedAt: Date.now() });
  });

  it('stops the running timer and starts one on the chosen project with the description: one stop, one start', async () => {
    const user = userEvent.setup();
    render(<TimerPanel />);
    expect(await screen.findByRole('button', { name: 'Stop timer' })).toHaveFocus();
    const before = clockMe.calls.length;

    await choose(user, 'Mobile app');
    await user.type(await description(), 'Release notes');
    await user.click(screen.getByRole('button', { name: 'Switch' }));

    const section = screen.getByRole('region', { name: 'Running timer' });
    await waitFor(() => expect(within(section).getByText('Mobile app')).toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Timer switched to Mobile app.'));
    expect(clockMe.calls.slice(before).map((call) => call.split(' ')[0])).toEqual(['stopTimer', 'startTimer']);
    expect(clockMe.running).toMatchObject({ projectId: 'prj_app', description: 'Release notes' });
    expect([...clockMe.entries.values()]).toEqual([expect.objectContaining({ projectId: 'prj_website', description: 'Homepage copy' })]);
    expect(await description()).toHaveValue('');
  });

  it('switches with Enter in the switch form, and Stop keeps working', async () => {
    const user = userEvent.setup();
    render(<TimerPanel />);
    await choose(user, 'Mobile app');
    await user.type(await description(), 'Review{Enter}');
    await waitFor(() => expect(clockMe.running).toMatchObject({ projectId: 'prj_app', description: 'Review' }));

    const stop = screen.getByRole('button', { name: 'Stop timer' });
    await waitFor(() => expect(stop).toHaveAttribute('aria-disabled', 'false'));
    await user.click(stop);
    await screen.findByRole('button', { name: 'Start timer' });
    expect(clockMe.running).toBeNull();
  });

  it('is not offered with a read-only key', async () => {
    render(<TimerPanel readOnly />);
    expect(await screen.findByRole('button', { name: 'Stop timer' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Switch' })).not.toBeInTheDocument();
  });
});
