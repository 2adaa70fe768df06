import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { ShortcutList } from '../ShortcutList';

/** What Chrome answers for the manifest's commands: `_execute_action` comes without a description. */
const COMMANDS: Browser.commands.Command[] = [
  { name: '_execute_action', description: '', shortcut: 'Alt+Shift+O' },
  { name: 'toggle-timer', description: 'Start or stop the timer', shortcut: 'Alt+Shift+K' },
  { name: 'stop-timer', description: 'Stop the timer (does nothing when none is running)', shortcut: '' },
];

beforeEach(() => {
  fakeBrowser.reset();
});

function rowOf(action: string) {
  return screen.getByRole('rowheader', { name: action }).closest('tr')!;
}

describe('ShortcutList', () => {
  it('lists every command with what it does and its keys', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue(COMMANDS);
    render(<ShortcutList />);

    const table = await screen.findByRole('table', { name: 'Keyboard shortcuts' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Action', 'Keys']);
    expect(rowOf('Open the ClockMe timer')).toHaveTextContent('Alt+Shift+O');
    expect(rowOf('Start or stop the timer')).toHaveTextContent('Alt+Shift+K');
  });

  it('flags a command Chrome left without keys as "Not set", and says why', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue(COMMANDS);
    render(<ShortcutList />);
    await screen.findByRole('table', { name: 'Keyboard shortcuts' });

    const row = rowOf('Stop the timer (does nothing when none is running)');
    expect(within(row).getByText('Not set')).toBeInTheDocument();
    expect(row).toHaveTextContent('Chrome left this unassigned, usually because another extension or Chrome itself uses that key.');
    expect(rowOf('Start or stop the timer')).not.toHaveTextContent('Not set');
  });

  it('opens Chrome\'s shortcuts page on "Change shortcuts"', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue(COMMANDS);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const user = userEvent.setup();
    render(<ShortcutList />);

    await user.click(screen.getByRole('button', { name: 'Change shortcuts' }));

    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('reads the keys again when the person comes back to the page', async () => {
    const getAll = vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue(COMMANDS);
    render(<ShortcutList />);
    await screen.findByRole('table', { name: 'Keyboard shortcuts' });

    getAll.mockResolvedValue(COMMANDS.map((command) => (command.name === 'stop-timer' ? { ...command, shortcut: 'Ctrl+Shift+9' } : command)));
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });

    const row = rowOf('Stop the timer (does nothing when none is running)');
    expect(row).toHaveTextContent('Ctrl+Shift+9');
    expect(row).not.toHaveTextContent('Not set');
  });

  it('says so in an alert when Chrome cannot give the shortcuts', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockRejectedValue(new Error('no'));
    render(<ShortcutList />);

    // The alert region is always there (empty until there is something to say).
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("Couldn't read the keyboard shortcuts from Chrome."));
    expect(screen.getByRole('button', { name: 'Change shortcuts' })).toBeInTheDocument();
  });
});
