import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FakeClockMe } from '@/utils/background/__tests__/fake-clockme';
import { DEFAULT_SETTINGS, connectionItem, settingsItem, type Connection } from '@/utils/storage';
import { startConnectedBackground } from '../../__tests__/connected-background';
import { delivered } from '../../__tests__/message-bridge';
import { TimerSettings } from '../TimerSettings';

vi.mock('@/utils/messaging', async (importOriginal) => (await import('../../__tests__/message-bridge')).withBridge(await importOriginal()));

let clockMe: FakeClockMe;
let connection: Connection;

beforeEach(async () => {
  clockMe = await startConnectedBackground();
  connection = await connectionItem.getValue();
});

/** Renders the section and waits until ClockMe's projects are offered. */
async function renderWithProjects() {
  const user = userEvent.setup();
  render(<TimerSettings connection={connection} />);
  const select = await screen.findByLabelText('Default project');
  await within(select).findByRole('option', { name: 'Mobile app' });
  return { user, select };
}

describe('TimerSettings', () => {
  it('is absent without a key, and asks ClockMe for nothing', async () => {
    render(<TimerSettings connection={{ state: 'none' }} />);

    expect(screen.queryByRole('region', { name: 'Timer' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Default project')).not.toBeInTheDocument();
    expect(delivered).toEqual([]);
  });

  it('offers the last used project first, then the active projects listed by ClockMe', async () => {
    clockMe.projects.push({ id: 'prj_old', name: 'Old client', color: null, hourlyRate: null, archived: true });
    const { select } = await renderWithProjects();

    expect(screen.getByRole('region', { name: 'Timer' })).toBeInTheDocument();
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['The last project you used', 'Website', 'Mobile app']);
    expect(select).toHaveValue('');
    expect(delivered).toContainEqual({ type: 'listProjects', data: { maxAgeMs: 5 * 60_000 } });
  });

  it('saves the chosen project at once and announces "Saved."', async () => {
    const { user, select } = await renderWithProjects();

    await user.selectOptions(select, 'Mobile app');

    await waitFor(async () => expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, defaultProjectId: 'prj_app', notifyOnShortcut: false }));
    // Announced next to the project picker, not next to the checkbox.
    await waitFor(() => expect(screen.getAllByRole('status').map((status) => status.textContent)).toEqual(['Saved.', '', '', '']));
    expect(select).toHaveValue('prj_app');

    await user.selectOptions(select, 'The last project you used');
    await waitFor(async () => expect((await settingsItem.getValue()).defaultProjectId).toBeNull());
  });

  it('keeps a saved project ClockMe no longer lists, and says what the shortcut then does', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, defaultProjectId: 'prj_gone', notifyOnShortcut: false });
    const { select } = await renderWithProjects();

    expect(select).toHaveValue('prj_gone');
    expect(within(select).getByRole('option', { name: 'A project ClockMe no longer lists' })).toBeInTheDocument();
    expect(select).toHaveAccessibleDescription(/no longer among your active ClockMe projects.*starts the timer on the first project in your list instead/);
  });

  it('saves the notification choice at once and keeps the project choice', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, defaultProjectId: 'prj_website', notifyOnShortcut: false });
    const user = userEvent.setup();
    render(<TimerSettings connection={connection} />);
    const checkbox = await screen.findByRole('checkbox', { name: 'Show a notification when a shortcut starts or stops the timer' });
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toHaveAccessibleDescription(/could not do anything .*always shows a notification/);

    await user.click(checkbox);

    await waitFor(async () => expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, defaultProjectId: 'prj_website', notifyOnShortcut: true }));
    await waitFor(() => expect(screen.getAllByRole('status').map((status) => status.textContent)).toEqual(['', 'Saved.', '', '']));
    expect(checkbox).toBeChecked();
  });

  it("shows why the projects could not be listed in an alert", async () => {
    clockMe.reachable = false;
    render(<TimerSettings connection={connection} />);

    // The alert region is always there (empty until there is something to say).
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/reach ClockMe/));
    expect(screen.getByLabelText('Default project')).toHaveValue('');
  });
  it('shows the idle threshold only while idle detection is on, offers whole minutes from 2 to 30, and saves a choice at once', async () => {
    const user = userEvent.setup();
    render(<TimerSettings connection={connection} />);
    const detection = await screen.findByRole('checkbox', { name: 'Ask what to do with idle time' });
    expect(detection).not.toBeChecked();
    expect(screen.queryByLabelText('Ask after being away for')).not.toBeInTheDocument();

    await user.click(detection);

    await waitFor(async () => expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, idleDetection: true }));
    const minutes = screen.getByRole('combobox', { name: 'Ask after being away for' });
    expect(minutes).toHaveValue('5');
    const offered = within(minutes).getAllByRole('option').map((option) => option.textContent);
    expect(offered).toHaveLength(29);
    expect([offered[0], offered.at(-1)]).toEqual(['2 minutes', '30 minutes']);

    await user.selectOptions(minutes, '12 minutes');

    await waitFor(async () => expect((await settingsItem.getValue()).idleThresholdMinutes).toBe(12));
    await waitFor(() => expect(screen.getAllByRole('status').map((status) => status.textContent)).toEqual(['', '', 'Saved.', 'Saved.', '']));

    await user.click(detection);
    await waitFor(async () => expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, idleDetection: false, idleThresholdMinutes: 12 }));
    expect(screen.queryByLabelText('Ask after being away for')).not.toBeInTheDocument();
  });

  it('shows a stored threshold outside 2–30 minutes as the default 5 minutes', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, idleDetection: true, idleThresholdMinutes: 45 });
    render(<TimerSettings connection={connection} />);

    expect(await screen.findByRole('combobox', { name: 'Ask after being away for' })).toHaveValue('5');
  });

  it('has the heartbeat on by default, with the watchdog explained, and saves turning it off', async () => {
    const user = userEvent.setup();
    render(<TimerSettings connection={connection} />);
    const heartbeat = await screen.findByRole('checkbox', { name: 'Keep a running timer going while you use the computer' });
    expect(heartbeat).toBeChecked();
    expect(heartbeat).toHaveAccessibleDescription(/stops a timer that has seen no activity for 30 minutes.*every 4 minutes/);

    await user.click(heartbeat);

    await waitFor(async () => expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, heartbeat: false }));
    await waitFor(() => expect(screen.getAllByRole('status').map((status) => status.textContent)).toEqual(['', '', '', 'Saved.']));
  });
});
