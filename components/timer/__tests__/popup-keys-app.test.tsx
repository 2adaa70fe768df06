import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import App from '@/entrypoints/popup/App';
import { PROJECTS, type FakeClockMe } from '@/utils/background/__tests__/fake-clockme';
import { connectionItem, projectsItem, timerItem } from '@/utils/storage';
import { startConnectedBackground } from '../../__tests__/connected-background';

vi.mock('@/utils/messaging', async (importOriginal) => (await import('../../__tests__/message-bridge')).withBridge(await importOriginal()));

let clockMe: FakeClockMe;

beforeEach(async () => {
  clockMe = await startConnectedBackground();
  await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: Date.now() });
  await projectsItem.setValue({ projects: PROJECTS, syncedAt: Date.now() });
});

const description = () => screen.findByRole('combobox', { name: 'Description' });
/** Waits until the Start or Stop just pressed can be pressed again (a second press within the double-press window is ignored). */
const settled = async (name: 'Start timer' | 'Stop timer') => {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'false'));
};

describe('Enter in the popup', () => {
  it('starts the timer with the draft when nothing in particular has focus, and stops it the same way', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await description(), 'Standup');
    act(() => (document.activeElement as HTMLElement).blur()); // the field closes its (empty) suggestion list

    await user.keyboard('{Enter}');

    await screen.findByRole('region', { name: 'Running timer' });
    await waitFor(() => expect(clockMe.running).toMatchObject({ projectId: 'prj_website', description: 'Standup' }));
    await settled('Stop timer');
    act(() => (document.activeElement as HTMLElement).blur()); // the field closes its (empty) suggestion list

    await user.keyboard('{Enter}');

    await screen.findByRole('button', { name: 'Start timer' });
    await waitFor(() => expect(clockMe.running).toBeNull());
  });

  it('is left to a focused button', async () => {
    const user = userEvent.setup();
    render(<App />);
    const toggle = await screen.findByRole('button', { name: 'Show the projects' });
    toggle.focus();

    await user.keyboard('{Enter}');

    expect(await screen.findByRole('listbox', { name: 'Project' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeInTheDocument();
    expect(clockMe.calls.some((call) => call.startsWith('startTimer'))).toBe(false);
  });
});

describe('Esc in the popup', () => {
  it('closes an open list first, then the popup, and keeps the choice and the text', async () => {
    const user = userEvent.setup();
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App />);
    await user.type(await description(), 'Standup');
    const project = screen.getByRole('combobox', { name: 'Project' });
    await user.click(project);
    expect(project).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{Escape}');

    expect(project).toHaveAttribute('aria-expanded', 'false');
    expect(close).not.toHaveBeenCalled();

    await user.keyboard('{Escape}');

    expect(close).toHaveBeenCalledTimes(1);
    expect(project).toHaveValue('Website');
    expect(await description()).toHaveValue('Standup');
  });
});

describe('creating projects', () => {
  it('is offered when the connection says the key is Full', async () => {
    const user = userEvent.setup();
    const connection = await connectionItem.getValue();
    if (connection.state !== 'connected') throw new Error('the test background stores a connected key');
    await connectionItem.setValue({ ...connection, scope: { scope: 'full', source: 'verified' } });
    render(<App />);
    const project = await screen.findByRole('combobox', { name: 'Project' });
    await user.clear(project);
    await user.type(project, 'Acme');
    expect(screen.getByRole('option', { name: "Create 'Acme'" })).toBeInTheDocument();
  });

  it('is not offered when the scope is unknown, and the picker says why', async () => {
    const user = userEvent.setup();
    render(<App />);
    const project = await screen.findByRole('combobox', { name: 'Project' });
    await user.clear(project);
    await user.type(project, 'Acme');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(project).toHaveAccessibleDescription('No project matches. Creating projects needs a Full-scope key.');
  });
});
