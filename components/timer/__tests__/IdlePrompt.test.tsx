import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FakeClockMe } from '@/utils/background/__tests__/fake-clockme';
import type { Timer } from '@/utils/clockme/schemas';
import { idlePromptItem, outboxItem, timerItem, type IdlePrompt as Prompt } from '@/utils/storage';
import { startConnectedBackground } from '../../__tests__/connected-background';
import { delivered } from '../../__tests__/message-bridge';
import { IdlePrompt } from '../IdlePrompt';

vi.mock('@/utils/messaging', async (importOriginal) => (await import('../../__tests__/message-bridge')).withBridge(await importOriginal()));

const STARTED_AT = Date.UTC(2026, 10, 29, 9, 30);
const IDLE_FROM = Date.UTC(2026, 10, 29, 10, 2, 30);
const BACK_AT = Date.UTC(2026, 10, 29, 10, 44, 10);
const running: Timer = { id: 'tmr_1', projectId: 'prj_website', projectName: 'Website', description: 'Fix login', startedAt: new Date(STARTED_AT).toISOString() };
const prompt: Prompt = { idleStartedAt: IDLE_FROM, returnedAt: BACK_AT, timerId: 'tmr_1', projectId: 'prj_website', description: 'Fix login', timerStartedAt: STARTED_AT };

let clockMe: FakeClockMe;

beforeEach(async () => {
  clockMe = await startConnectedBackground();
  clockMe.running = running;
  await timerItem.setValue({ timer: running, othersRunning: 0, syncedAt: BACK_AT });
  await idlePromptItem.setValue(prompt);
});

describe('IdlePrompt', () => {
  it('asks what should happen to the time away, in a named region that is announced, with the keyboard on Keep', async () => {
    render(<IdlePrompt timeZone="UTC" />);

    const region = await screen.findByRole('region', { name: 'Idle time' });
    expect(region).toHaveTextContent('You were away from 10:02 AM to 10:44 AM (42 min). What should happen to that time?');
    expect(region.closest('[aria-live="polite"]')).not.toBeNull();
    const keep = within(region).getByRole('button', { name: 'Keep' });
    await waitFor(() => expect(keep).toHaveFocus());
    expect(within(region).getByRole('button', { name: 'Discard idle time' })).toHaveAccessibleDescription(/ends the entry at 10:02 AM and starts the timer again now/);
    expect(within(region).getByRole('button', { name: 'Stop at idle start' })).toBeInTheDocument();
  });

  it('Stop at idle start: ClockMe stops the timer and its entry ends where the person left; the question goes and says so', async () => {
    render(<IdlePrompt timeZone="UTC" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Stop at idle start' }));

    expect(await screen.findByText('Stopped at 10:02 AM.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Idle time' })).toBeNull();
    expect(delivered).toEqual([{ type: 'resolveIdle', data: 'stop' }]);
    await waitFor(async () => expect((await outboxItem.getValue()).ops).toEqual([]));
    expect(clockMe.running).toBeNull();
    expect(clockMe.entries.get('tmr_1')).toMatchObject({ endedAt: new Date(IDLE_FROM).toISOString() });
  });

  it('Keep closes the question and changes nothing', async () => {
    render(<IdlePrompt timeZone="UTC" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Keep' }));

    expect(await screen.findByText('Kept: the time you were away stays on the timer.')).toBeInTheDocument();
    expect(await idlePromptItem.getValue()).toBeNull();
    expect(clockMe.running).toEqual(running);
  });

  it('says in an alert when the timer changed meanwhile, and nothing was sent', async () => {
    clockMe.running = null;
    await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: BACK_AT });
    render(<IdlePrompt timeZone="UTC" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Discard idle time' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/^Nothing was changed: your timer was stopped or changed after you came back/);
    expect(screen.queryByRole('region', { name: 'Idle time' })).toBeNull();
    expect(clockMe.calls.filter((call) => /^(stopTimer|startTimer)/.test(call))).toEqual([]);
  });

  it('shows nothing without a question', async () => {
    await idlePromptItem.setValue(null);
    render(<IdlePrompt timeZone="UTC" />);
    await act(async () => idlePromptItem.getValue()); // let the first storage read land
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
