import { render, screen, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';
import App from '@/entrypoints/popup/App';
import { PROJECTS, type FakeClockMe } from '@/utils/background/__tests__/fake-clockme';
import type { Timer } from '@/utils/clockme/schemas';
import { connectionItem, draftItem, idlePromptItem, projectsItem, recentEntriesItem, timerItem } from '@/utils/storage';
import { startConnectedBackground } from '../../__tests__/connected-background';
import { forgetPreloadedItems } from '../../preloaded-items';
import { preparePopup } from '../prepare-popup';

vi.mock('@/utils/messaging', async (importOriginal) => (await import('../../__tests__/message-bridge')).withBridge(await importOriginal()));

const running: Timer = { id: 'tmr_1', projectId: 'prj_website', projectName: 'Website', description: 'Homepage copy', startedAt: new Date(Date.now() - 60_000).toISOString() };

let clockMe: FakeClockMe;

beforeEach(async () => {
  clockMe = await startConnectedBackground();
  // ClockMe never answers: whatever the popup shows came from storage.
  clockMe.hold('getCurrentTimer');
  clockMe.hold('listProjects');
  await projectsItem.setValue({ projects: PROJECTS, syncedAt: Date.now() });
});

afterEach(forgetPreloadedItems);

/** Counts `chrome.storage.local.get` calls from now on (the calls still reach the fake storage). */
function countStorageReads(): () => number {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  return () => get.mock.calls.length;
}

describe('the popup after preparePopup()', () => {
  it('reads its first screen in one storage call, and its first render shows the idle timer, the draft and the recent entries', async () => {
    await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: Date.now() });
    await draftItem.setValue({ projectId: 'prj_app', projectName: 'Mobile app', description: 'Release notes' });
    await recentEntriesItem.setValue([{ id: 'ent_1', projectId: 'prj_website', projectName: 'Website', description: 'Fix login', startedAt: new Date(Date.now() - 3_600_000).toISOString(), endedAt: new Date(Date.now() - 1_800_000).toISOString(), durationSeconds: 1800 }]);
    const reads = countStorageReads();

    await preparePopup();
    expect(reads()).toBe(1);
    render(<App />);

    // No waiting: all of this is in the first commit.
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeEnabled();
    expect(screen.getByRole('combobox', { name: 'Project' })).toHaveValue('Mobile app');
    expect(screen.getByRole('combobox', { name: 'Description' })).toHaveValue('Release notes');
    expect(screen.getByRole('combobox', { name: 'Description' })).toHaveFocus();
    expect(within(screen.getByRole('region', { name: 'Recent entries' })).getByText('Fix login')).toBeInTheDocument();
  });

  it('shows a running timer, ticking, in its first render', async () => {
    await timerItem.setValue({ timer: running, othersRunning: 0, syncedAt: Date.now() });
    await preparePopup();
    render(<App />);
    expect(screen.getByRole('timer')).toHaveTextContent(/^0:01:0\d$/);
    expect(screen.getByRole('button', { name: 'Stop timer' })).toHaveFocus();
  });

  it('shows an idle question waiting as it opens in the same first render, with the keyboard on Keep', async () => {
    await timerItem.setValue({ timer: running, othersRunning: 0, syncedAt: Date.now() });
    await idlePromptItem.setValue({ idleStartedAt: Date.now() - 3_600_000, returnedAt: Date.now() - 60_000, timerId: 'tmr_1', projectId: 'prj_website', description: 'Homepage copy' });
    await preparePopup();
    render(<App />);
    const question = screen.getByRole('region', { name: 'Idle time' });
    expect(within(question).getByRole('button', { name: 'Keep' })).toHaveFocus();
    expect(screen.getByRole('timer')).toBeInTheDocument();
  });

  it('without a key, shows the key form with the keyboard in it in its first render', async () => {
    await connectionItem.setValue({ state: 'none' });
    await preparePopup();
    render(<App />);
    expect(screen.getByLabelText('API key')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Start timer' })).not.toBeInTheDocument();
  });

  it('follows a change made after the read, for parts that mount later', async () => {
    await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: Date.now() });
    await preparePopup();
    await timerItem.setValue({ timer: running, othersRunning: 0, syncedAt: Date.now() });
    render(<App />);
    expect(screen.getByRole('region', { name: 'Running timer' })).toBeInTheDocument();
  });
});
