import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROJECTS, type FakeClockMe } from '@/utils/background/__tests__/fake-clockme';
import { clockSkewItem, outboxItem, projectsItem, recentEntriesItem } from '@/utils/storage';
import { startConnectedBackground } from '../../__tests__/connected-background';
import { LogTime } from '../LogTime';

vi.mock('@/utils/messaging', async (importOriginal) => (await import('../../__tests__/message-bridge')).withBridge(await importOriginal()));

const MINUTE = 60_000;
/** 16:00 in Berlin, where these tests' person is. */
const NOW = Date.parse('2026-11-29T15:00:00Z');

let clockMe: FakeClockMe;
let user: ReturnType<typeof userEvent.setup>;

beforeEach(async () => {
  clockMe = await startConnectedBackground();
  await projectsItem.setValue({ projects: PROJECTS, syncedAt: NOW });
  // Only the clock is faked; Testing Library keeps real timeouts.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  user = userEvent.setup();
});

afterEach(() => {
  vi.useRealTimers();
});

const form = () => screen.getByRole('form', { name: 'Log a completed time entry' });
/** A field by its label; "Duration" is the text field (the radio button of that name chooses it). */
const field = (name: string) => (name === 'Duration' ? within(form()).getByRole('textbox', { name }) : within(form()).getByLabelText(name, { exact: true }));
const alert = () => within(form()).getByRole('alert');
const status = () => within(form()).getByRole('status');
/** What ClockMe recorded, as the sandbox would show it. */
const logged = () => [...clockMe.entries.values()].map(({ projectName, description, startedAt, endedAt }) => ({ projectName, description, startedAt, endedAt }));

/** Date and time inputs take their value as the browser's picker sets it. */
function set(label: string, value: string) {
  fireEvent.change(field(label), { target: { value } });
}

async function open(timeZone = 'Europe/Berlin') {
  render(<LogTime timeZone={timeZone} />);
  await user.click(screen.getByRole('button', { name: 'Log time' }));
  await waitFor(() => expect(field('Project')).toHaveDisplayValue('Website'));
}

async function fillEntry({ date = '2026-11-29', start, end, duration }: { date?: string; start?: string; end?: string; duration?: string }) {
  set('Date', date);
  if (start !== undefined) set('Start', start);
  if (end !== undefined) set('End', end);
  if (duration !== undefined) {
    await user.click(within(form()).getByRole('radio', { name: 'By duration' }));
    await user.clear(field('Duration'));
    if (duration) await user.type(field('Duration'), duration);
  }
}

const save = () => user.click(within(form()).getByRole('button', { name: 'Save entry' }));

describe('LogTime disclosure', () => {
  it('opens and closes the form with a toggle that says whether it is open', async () => {
    render(<LogTime timeZone="Europe/Berlin" />);
    const toggle = screen.getByRole('button', { name: 'Log time' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await screen.findByRole('form', { name: 'Log a completed time entry' }); // its own chunk, loaded on demand
    expect(toggle).toHaveAttribute('aria-controls', form().parentElement!.id);
    expect(field('Date')).toHaveValue('2026-11-29');
    expect(within(form()).getByText('Times are in your time zone, Europe/Berlin.')).toBeInTheDocument();

    await user.click(toggle);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});

describe('LogTimeForm', () => {
  it('logs start and end typed in local time as the right instants, says so, and empties the times', async () => {
    await open();
    await user.selectOptions(field('Project'), 'Mobile app');
    await user.type(field('Description'), 'Fix login');
    await fillEntry({ start: '09:00', end: '10:30' });
    expect(within(form()).getByText('Duration: 1 hr, 30 min.')).toBeInTheDocument();

    await save();

    await waitFor(() => expect(status()).toHaveTextContent('Logged 1:30 on Mobile app.'));
    expect(logged()).toEqual([{ projectName: 'Mobile app', description: 'Fix login', startedAt: '2026-11-29T08:00:00.000Z', endedAt: '2026-11-29T09:30:00.000Z' }]);
    expect((await recentEntriesItem.getValue()).map((entry) => entry.description)).toEqual(['Fix login']);
    expect(field('Start')).toHaveValue('');
    expect(field('End')).toHaveValue('');
    expect(field('Description')).toHaveValue('');
    expect(field('Project')).toHaveDisplayValue('Mobile app');
    expect(alert()).toBeEmptyDOMElement();
  });

  it('shows every problem next to its field and in the alert, and moves focus to the first', async () => {
    await open();
    await fillEntry({ start: '', end: '' });

    await save();

    expect(alert()).toHaveTextContent('Check 2 fields: Enter the start time. Enter the end time.');
    expect(field('Start')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Start')).toHaveAccessibleDescription('Times are in your time zone, Europe/Berlin. Enter the start time.');
    expect(field('End')).toHaveAccessibleDescription('Enter the end time.');
    expect(field('Start')).toHaveFocus();
    expect(logged()).toEqual([]);

    // Fixed fields lose their message at once; the alert clears when nothing is left.
    set('Start', '09:00');
    expect(field('Start')).not.toHaveAttribute('aria-invalid');
    set('End', '10:00');
    expect(alert()).toBeEmptyDOMElement();
  });

  it.each<[string, { date?: string; start?: string; end?: string; duration?: string }, string, string]>([
    ['end before start', { start: '10:00', end: '09:00' }, 'End', 'The end must be after the start. For an entry that runs past midnight, choose Duration.'],
    ['end equal to start', { start: '10:00', end: '10:00' }, 'End', 'The end must be after the start.'],
    ['end in the future', { start: '15:00', end: '17:00' }, 'End', 'The end (5:00 PM) is in the future. Enter a time that has passed.'],
    ['start in the future', { start: '16:30', end: '17:00' }, 'Start', 'The start (4:30 PM) is in the future.'],
    ['a duration that ends in the future', { start: '15:00', duration: '2h' }, 'Duration', 'The end (5:00 PM) is in the future.'],
    ['a duration that ends on a later day', { start: '15:00', duration: '20h' }, 'Duration', 'The end (11:00 AM on '],
    ['no date', { date: '', start: '09:00', end: '10:00' }, 'Date', 'Enter the date.'],
    ['a duration that is not one', { start: '09:00', duration: 'soon' }, 'Duration', 'Enter the duration, for example 1:30, 90m or 1h 30m.'],
    ['an empty duration', { start: '09:00', duration: '' }, 'Duration', 'Enter the duration'],
    ['a zero duration', { start: '09:00', duration: '0:00' }, 'Duration', 'The duration must be longer than 0 minutes.'],
  ])('refuses %s', async (_name, entry, label, message) => {
    await open();
    await fillEntry(entry);

    await save();

    expect(field(label)).toHaveAttribute('aria-invalid', 'true');
    expect(field(label)).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(alert()).toHaveTextContent(message);
    expect(logged()).toEqual([]);
  });

  it('accepts an end up to a minute ahead (the minute being typed)', async () => {
    await open();
    await fillEntry({ start: '15:00', end: '16:01' });
    await save();
    await waitFor(() => expect(status()).toHaveTextContent('Logged 1:01 on Website.'));
  });

  it('judges "the future" by ClockMe\'s clock when this computer\'s runs 5 minutes ahead of it', async () => {
    await clockSkewItem.setValue({ offsetMs: -5 * MINUTE, measuredAt: NOW });
    await open();
    await fillEntry({ start: '15:00', end: '15:58' });

    await save();

    expect(field('End')).toHaveAccessibleDescription("Duration: 58 min. The end (3:58 PM) is in the future. Enter a time that has passed. ClockMe's clock says it is 3:55 PM.");
    expect(logged()).toEqual([]);
  });

  it('allows an end this computer calls the future when ClockMe\'s clock is 5 minutes ahead', async () => {
    await clockSkewItem.setValue({ offsetMs: 5 * MINUTE, measuredAt: NOW });
    await open();
    await fillEntry({ start: '15:00', end: '16:04' });

    await save();

    await waitFor(() => expect(status()).toHaveTextContent('Logged 1:04 on Website.'));
  });

  it('logs a typed duration, German style, and says when it ends', async () => {
    await open();
    await fillEntry({ start: '09:15', duration: '1,5 h' });
    expect(field('Duration')).toHaveAccessibleDescription('For example 1:30, 90m, 1h 30m or 1.5h. Ends at 10:45 AM.');

    await save();

    await waitFor(() => expect(status()).toHaveTextContent('Logged 1:30 on Website.'));
    expect(logged()).toEqual([expect.objectContaining({ startedAt: '2026-11-29T08:15:00.000Z', endedAt: '2026-11-29T09:45:00.000Z' })]);
    expect(field('Duration')).toHaveValue('');
  });

  it('asks to confirm an entry over 24 hours, and logs it once confirmed', async () => {
    await open();
    await fillEntry({ date: '2026-11-28', start: '09:00', duration: '26h' });
    const confirm = within(form()).getByRole('checkbox', { name: 'Yes, this entry is longer than 24 hours (26 hr).' });
    expect(within(form()).getByText('Ends at 11:00 AM on Sun, November 29.')).toBeInTheDocument();

    await save();

    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(confirm).toHaveAccessibleDescription('This entry is longer than 24 hours. Tick the box to confirm it is right.');
    expect(confirm).toHaveFocus();
    expect(logged()).toEqual([]);

    await user.click(confirm);
    await save();

    await waitFor(() => expect(status()).toHaveTextContent('Logged 26:00 on Website.'));
    expect(logged()).toEqual([expect.objectContaining({ startedAt: '2026-11-28T08:00:00.000Z', endedAt: '2026-11-29T10:00:00.000Z' })]);
  });

  it('explains a start time that does not exist because the clocks go forward, and suggests one', async () => {
    vi.setSystemTime(Date.parse('2026-04-01T12:00:00Z'));
    await open();
    await fillEntry({ date: '2026-03-29', start: '02:30', end: '04:00' });

    await save();

    expect(field('Start')).toHaveAccessibleDescription(
      'Times are in your time zone, Europe/Berlin. 2:30 AM does not exist on Sun, March 29 in your time zone, because the clocks go forward. Enter another time, for example 3:30 AM.',
    );
    expect(logged()).toEqual([]);
  });

  it('counts the real length of an entry over the spring-forward change (01:00–04:00 is 2 hours)', async () => {
    vi.setSystemTime(Date.parse('2026-04-01T12:00:00Z'));
    await open();
    await fillEntry({ date: '2026-03-29', start: '01:00', end: '04:00' });
    expect(within(form()).getByText('Duration: 2 hr.')).toBeInTheDocument();
    await save();
    await waitFor(() => expect(status()).toHaveTextContent('Logged 2:00 on Website.'));
    expect(logged()).toEqual([expect.objectContaining({ startedAt: '2026-03-29T00:00:00.000Z', endedAt: '2026-03-29T02:00:00.000Z' })]);
  });

  it.each<[string, string | null, string, string]>([
    ['the first 2:30 AM by default', null, '2026-10-25T00:30:00.000Z', '1:00'],
    ['the second 2:30 AM when chosen', 'The second, 2:30 AM GMT+1 (after the change)', '2026-10-25T01:30:00.000Z', '2:00'],
  ])('asks which of a repeated end time is meant, and logs %s', async (_name, choice, endedAt, shown) => {
    vi.setSystemTime(Date.parse('2026-10-26T12:00:00Z'));
    await open();
    await fillEntry({ date: '2026-10-25', start: '01:30', end: '02:30' });
    const question = within(form()).getByRole('group', { name: '2:30 AM happens twice on Sun, October 25, because the clocks go back. Which one?' });
    expect(within(question).getByRole('radio', { name: 'The first, 2:30 AM GMT+2 (before the change)' })).toBeChecked();
    if (choice) await user.click(within(question).getByRole('radio', { name: choice }));

    await save();

    await waitFor(() => expect(status()).toHaveTextContent(`Logged ${shown} on Website.`));
    expect(logged()).toEqual([expect.objectContaining({ startedAt: '2026-10-24T23:30:00.000Z', endedAt })]);
  });

  it('converts from the time zone it is given (New York)', async () => {
    await open('America/New_York');
    await fillEntry({ start: '08:00', end: '09:00' });
    await save();
    await waitFor(() => expect(status()).toHaveTextContent('Logged 1:00 on Website.'));
    expect(logged()).toEqual([expect.objectContaining({ startedAt: '2026-11-29T13:00:00.000Z', endedAt: '2026-11-29T14:00:00.000Z' })]);
  });

  it('says an entry made while ClockMe is unreachable is kept and will be sent', async () => {
    clockMe.reachable = false;
    await open();
    await fillEntry({ start: '09:00', end: '10:00' });

    await save();

    await waitFor(() => expect(status()).toHaveTextContent('Saved on this computer; it will be sent to ClockMe automatically.'));
    expect((await outboxItem.getValue()).ops).toEqual([expect.objectContaining({ kind: 'log', startedAt: Date.parse('2026-11-29T08:00:00Z'), endedAt: Date.parse('2026-11-29T09:00:00Z') })]);
    expect(field('Start')).toHaveValue('');
  });

  it("shows ClockMe's refusal in the alert and keeps what was typed", async () => {
    await projectsItem.setValue({ projects: [{ id: 'prj_gone', name: 'Archived', color: null, hourlyRate: null, archived: false }], syncedAt: NOW });
    render(<LogTime timeZone="Europe/Berlin" />);
    await user.click(screen.getByRole('button', { name: 'Log time' }));
    await waitFor(() => expect(field('Project')).toHaveDisplayValue('Archived'));
    await fillEntry({ start: '09:00', end: '10:00' });

    await save();

    await waitFor(() => expect(alert()).not.toBeEmptyDOMElement());
    expect(status()).toHaveTextContent('');
    expect(field('Start')).toHaveValue('09:00');
    expect(logged()).toEqual([]);
  });

  it('needs a project', async () => {
    await projectsItem.setValue({ projects: [], syncedAt: NOW });
    render(<LogTime timeZone="Europe/Berlin" />);
    await user.click(screen.getByRole('button', { name: 'Log time' }));
    await screen.findByRole('form', { name: 'Log a completed time entry' });
    await fillEntry({ start: '09:00', end: '10:00' });

    await save();

    expect(field('Project')).toHaveAccessibleDescription('Choose a project.');
    expect(alert()).toHaveTextContent('Check 1 field: Choose a project.');
  });
});
