import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROJECTS, type FakeClockMe } from '@/utils/background/__tests__/fake-clockme';
import type { Entry, Timer } from '@/utils/clockme/schemas';
import { projectsItem, recentEntriesItem, timerItem } from '@/utils/storage';
import { startConnectedBackground } from '../../__tests__/connected-background';
import { RecentEntries } from '../RecentEntries';
import { TimerPanel } from '../TimerPanel';

vi.mock('@/utils/messaging', async (importOriginal) => (await import('../../__tests__/message-bridge')).withBridge(await importOriginal()));

/** 16:00 in Berlin. */
const NOW = Date.parse('2026-11-29T15:00:00Z');

function entry(id: string, projectId: string, description: string | null, startedAt: string, endedAt: string): Entry {
  const projectName = PROJECTS.find((project) => project.id === projectId)?.name ?? 'Archived';
  return { id, projectId, projectName, description, startedAt, endedAt, durationSeconds: (Date.parse(endedAt) - Date.parse(startedAt)) / 1000 };
}

// Newest first, as the background keeps them; times in Berlin: 10:45–11:30, 09:00–10:30, 23:30–00:15 (over midnight), Friday.
const ENTRIES: Entry[] = [
  entry('e4', 'prj_app', null, '2026-11-29T09:45:00Z', '2026-11-29T10:30:00Z'),
  entry('e3', 'prj_website', 'Fix login', '2026-11-29T08:00:00Z', '2026-11-29T09:30:00Z'),
  entry('e2', 'prj_website', 'Deploy', '2026-11-28T22:30:00Z', '2026-11-28T23:15:00Z'),
  entry('e1', 'prj_app', 'Review', '2026-11-27T08:00:00Z', '2026-11-27T08:00:45Z'),
];

const running: Timer = { id: 'tmr_1', projectId: 'prj_app', projectName: 'Mobile app', description: 'Release notes', startedAt: '2026-11-29T14:00:00.000Z' };

let clockMe: FakeClockMe;
let user: ReturnType<typeof userEvent.setup>;

beforeEach(async () => {
  clockMe = await startConnectedBackground();
  await projectsItem.setValue({ projects: PROJECTS, syncedAt: NOW });
  await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: NOW });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  user = userEvent.setup();
});

afterEach(() => {
  vi.useRealTimers();
});

const list = () => screen.getByRole('region', { name: 'Recent entries' });
const items = () => within(list()).getAllByRole('listitem');

describe('RecentEntries', () => {
  it('lists the entries newest first with project, description, duration and times (Berlin)', async () => {
    await recentEntriesItem.setValue(ENTRIES);
    render(<RecentEntries onContinue={() => undefined} timeZone="Europe/Berlin" />);

    await waitFor(() => expect(items()).toHaveLength(4));
    expect(items().map((item) => item.textContent)).toEqual([
      'Mobile appNo description45 min · 10:45 AM–11:30 AMContinue Mobile app',
      'WebsiteFix login1 hr, 30 min · 9:00 AM–10:30 AMContinue Website — Fix login',
      'WebsiteDeploy45 min · Sat, November 28, 11:30 PM–12:15 AMContinue Website — Deploy',
      'Mobile appReview45 sec · Fri, November 27, 9:00 AM–9:00 AMContinue Mobile app — Review',
    ]);
    expect(within(items()[1]!).getByRole('button')).toHaveAccessibleName('Continue Website — Fix login');
    expect(within(items()[0]!).getByRole('button')).toHaveAccessibleName('Continue Mobile app');
  });

  it("totals today's part of the listed entries in the local day, and says what it counts", async () => {
    await recentEntriesItem.setValue(ENTRIES);
    render(<RecentEntries onContinue={() => undefined} timeZone="Europe/Berlin" />);

    // 45 min + 1 h 30 min + the 15 minutes after midnight of the 23:30–00:15 entry.
    expect(await within(list()).findByText('Today: 2 hr, 30 min')).toBeInTheDocument();
    expect(list()).toHaveTextContent('Counts the entries listed here and the running timer; time tracked in other ClockMe apps is not included.');
  });

  it("adds the running timer's part of today", async () => {
    await recentEntriesItem.setValue(ENTRIES);
    // Running since 15:00 Berlin, an hour ago.
    render(<RecentEntries onContinue={() => undefined} running={running} timeZone="Europe/Berlin" />);
    expect(await within(list()).findByText('Today: 3 hr, 30 min')).toBeInTheDocument();
  });

  it('counts today by the zone it is given: in New York it is still Sunday morning', async () => {
    await recentEntriesItem.setValue(ENTRIES);
    render(<RecentEntries onContinue={() => undefined} timeZone="America/New_York" />);
    // Midnight in New York is 05:00 UTC: only the two entries after it count.
    expect(await within(list()).findByText('Today: 2 hr, 15 min')).toBeInTheDocument();
    expect(items()[2]).toHaveTextContent('Sat, November 28, 5:30 PM–6:15 PM');
  });

  it('says there is nothing yet, and shows an entry as soon as the background keeps one', async () => {
    render(<RecentEntries onContinue={() => undefined} timeZone="Europe/Berlin" />);
    expect(await within(list()).findByText(/^No stopped entries yet\./)).toBeInTheDocument();
    expect(within(list()).queryByRole('list')).not.toBeInTheDocument();

    await act(() => recentEntriesItem.setValue([ENTRIES[1]!]));

    await waitFor(() => expect(items()).toHaveLength(1));
    expect(within(list()).getByText('Today: 1 hr, 30 min')).toBeInTheDocument();
  });

  it('Continue with no timer running starts one with the same project and description', async () => {
    await recentEntriesItem.setValue(ENTRIES);
    render(<TimerPanel />);

    await user.click(await within(await screen.findByRole('region', { name: 'Recent entries' })).findByRole('button', { name: 'Continue Website — Fix login' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Timer started on Website.'));
    expect(clockMe.running).toMatchObject({ projectId: 'prj_website', description: 'Fix login' });
    expect(clockMe.calls.map((call) => call.split(' ')[0] ?? '').filter((method) => /^(start|stop)Timer$/.test(method))).toEqual(['startTimer']);
    expect((await timerItem.getValue())?.timer).toMatchObject({ projectId: 'prj_website' });
  });

  it('Continue while a timer runs switches: the running one is stopped, then the new one starts', async () => {
    clockMe.running = running;
    await timerItem.setValue({ timer: running, othersRunning: 0, syncedAt: NOW });
    await recentEntriesItem.setValue(ENTRIES);
    render(<TimerPanel />);

    await user.click(await within(await screen.findByRole('region', { name: 'Recent entries' })).findByRole('button', { name: 'Continue Website — Fix login' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Timer switched to Website.'));
    expect(clockMe.calls.map((call) => call.split(' ')[0] ?? '').filter((method) => /^(start|stop)Timer$/.test(method))).toEqual(['stopTimer', 'startTimer']);
    expect(clockMe.running).toMatchObject({ projectId: 'prj_website', description: 'Fix login' });
    expect([...clockMe.entries.values()]).toEqual([expect.objectContaining({ projectId: 'prj_app', description: 'Release notes' })]);
    // The stopped timer is now the newest recent entry.
    await waitFor(async () => expect((await recentEntriesItem.getValue())[0]).toMatchObject({ description: 'Release notes' }));
  });

  it('an entry without a description continues with an empty one', async () => {
    await recentEntriesItem.setValue(ENTRIES);
    render(<TimerPanel />);
    await user.click(await within(await screen.findByRole('region', { name: 'Recent entries' })).findByRole('button', { name: 'Continue Mobile app' }));
    await waitFor(() => expect(clockMe.running).toMatchObject({ projectId: 'prj_app', description: null }));
  });

  it("shows ClockMe's refusal in the alert", async () => {
    await recentEntriesItem.setValue([entry('e9', 'prj_gone', 'Old work', '2026-11-29T08:00:00Z', '2026-11-29T09:00:00Z')]);
    render(<TimerPanel />);

    await user.click(await within(await screen.findByRole('region', { name: 'Recent entries' })).findByRole('button', { name: 'Continue Archived — Old work' }));

    await waitFor(() => expect(screen.getByRole('alert')).not.toBeEmptyDOMElement());
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(clockMe.running).toBeNull();
  });
});
