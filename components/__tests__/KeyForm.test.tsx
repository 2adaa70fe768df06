import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing';
import { FakeClockMe, KEY_A } from '@/utils/background/__tests__/fake-clockme';
import { registerMessageHandlers } from '@/utils/background/message-handlers';
import { createBackgroundActions } from '@/utils/background/actions';
import { apiKeyItem, connectionItem } from '@/utils/storage';
import { KeyForm } from '../KeyForm';
import { delivered, resetBridge } from './message-bridge';

vi.mock('@/utils/messaging', async (importOriginal) => (await import('./message-bridge')).withBridge(await importOriginal()));

let clockMe: FakeClockMe;

beforeEach(() => {
  fakeBrowser.reset();
  resetBridge();
  clockMe = new FakeClockMe();
  registerMessageHandlers(createBackgroundActions(clockMe));
});

async function pasteKey(text: string) {
  const user = userEvent.setup();
  render(<KeyForm />);
  await user.click(screen.getByLabelText('API key'));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Save key' }));
  return user;
}

describe('KeyForm', () => {
  it('offers a hidden "API key" field and a "Save key" button', () => {
    render(<KeyForm />);
    expect(screen.getByLabelText('API key')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Save key' })).toBeEnabled();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('shows the key on "Show key" and hides it again', async () => {
    const user = userEvent.setup();
    render(<KeyForm />);
    const show = screen.getByRole('button', { name: 'Show key' });

    await user.click(show);
    expect(screen.getByLabelText('API key')).toHaveAttribute('type', 'text');
    expect(show).toHaveAttribute('aria-pressed', 'true');

    await user.click(show);
    expect(screen.getByLabelText('API key')).toHaveAttribute('type', 'password');
  });

  it('announces the same mistake again when it is repeated, and points the field at the explanation', async () => {
    const user = await pasteKey('ck_live_abc');
    const first = (await screen.findByRole('alert')).firstElementChild;
    await user.click(screen.getByRole('button', { name: 'Save key' }));

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/too short/i);
    expect(alert.firstElementChild).not.toBe(first);
    expect(screen.getByLabelText('API key')).toHaveAccessibleDescription(/too short/i);
  });

  it.each([
    ['an empty field', ' ', /paste your clockme api key/i],
    ['a key without the prefix', 'AAAAbbbbCCCCddddEEEE', /clockme keys start with ck_live_/i],
    ['a GitHub token', 'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789', /looks like a github key/i],
    ['a truncated key', 'ck_live_abc', /too short/i],
  ])('says why %s is not a key, in an alert, and sends nothing', async (_name, pasted, why) => {
    await pasteKey(pasted);

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(why));
    expect(screen.getByLabelText('API key')).toHaveAttribute('aria-invalid', 'true');
    expect(delivered).toEqual([]);
    expect(await apiKeyItem.getValue()).toBeNull();
  });

  it('sends the cleaned key, empties the field and shows "Connected" with the masked key', async () => {
    await pasteKey(`\u200B Bearer \u201C${KEY_A}\u201D\n`);

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Connected. Saved key ck_live_…a1a1.'));
    expect(delivered).toEqual([{ type: 'saveKey', data: KEY_A }]);
    expect(screen.getByLabelText('API key')).toHaveValue('');
    expect(screen.getByLabelText('API key')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(await apiKeyItem.getValue()).toBe(KEY_A);
    expect(document.body).not.toHaveTextContent(KEY_A.slice(8, 20));
  });

  it('tells the page which masked key was saved', async () => {
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(<KeyForm onSaved={onSaved} />);
    await user.click(screen.getByLabelText('API key'));
    await user.paste(KEY_A);
    await user.click(screen.getByRole('button', { name: 'Save key' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('ck_live_…a1a1'));
  });

  it('shows ClockMe\'s refusal in an alert, keeps the field and stores nothing', async () => {
    clockMe.revoke(KEY_A);
    await pasteKey(KEY_A);

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/ClockMe rejected this key, so it was not saved/));
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.getByLabelText('API key')).toHaveValue(KEY_A);
    expect(await connectionItem.getValue()).toEqual({ state: 'none' });
  });

  it("says Couldn't reach ClockMe when offline", async () => {
    clockMe.reachable = false;
    await pasteKey(KEY_A);

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("Couldn't reach ClockMe"));
    expect(await apiKeyItem.getValue()).toBeNull();
  });

  it('says it is checking the key while ClockMe answers, and does not send it twice', async () => {
    const held = clockMe.hold('getCurrentTimer');
    const user = await pasteKey(KEY_A);
    await held.reached;

    expect(screen.getByRole('status')).toHaveTextContent('Checking the key with ClockMe…');
    const save = screen.getByRole('button', { name: 'Save key' });
    // aria-disabled rather than disabled, so keyboard focus stays on the button.
    expect(save).toHaveAttribute('aria-disabled', 'true');
    expect(save).toHaveFocus();
    await user.click(save);
    held.release();

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Connected.'));
    expect(delivered).toHaveLength(1);
  });
});
