import { act, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';
import { pausedActionsItem, type ConnectedKey } from '@/utils/storage';
import { PausedWorkPrompt } from '../PausedWorkPrompt';

const AT = Date.UTC(2026, 10, 29, 10, 32);

function connectedTo(workspace: string, scope: 'read' | 'write' = 'write'): ConnectedKey {
  return { state: 'connected', maskedKey: 'ck_live_…b2b2', savedAt: AT + 1, scope: { scope, source: 'verified' }, account: { workspaces: [{ id: 'ws', name: workspace }] } };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await pausedActionsItem.setValue([{ id: 'p1', kind: 'stop', at: AT, workspaces: ["Alice's workspace"] }]);
});

describe('PausedWorkPrompt', () => {
  it('asks whether the new key is for the same account and puts the keyboard on "Resume with this key"', async () => {
    render(<PausedWorkPrompt connection={connectedTo("Alice's workspace")} />);

    expect(await screen.findByRole('group', { name: 'Kept while your key was revoked' })).toHaveTextContent(/you stopped the timer at .*same ClockMe account\?/);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Resume with this key' })).toHaveFocus());
  });

  it('warns when the keys look like different accounts, and puts the keyboard on "Discard"', async () => {
    render(<PausedWorkPrompt connection={connectedTo("Bob's workspace")} />);

    expect(await screen.findByText(/These look like different accounts/)).toHaveTextContent("Previous key: Alice's workspace. New key: Bob's workspace.");
    await waitFor(() => expect(screen.getByRole('button', { name: 'Discard' })).toHaveFocus());
  });

  it('does not offer to resume with a read-only key, and says why', async () => {
    render(<PausedWorkPrompt connection={connectedTo("Alice's workspace", 'read')} />);

    const resume = await screen.findByRole('button', { name: 'Resume with this key' });
    expect(resume).toBeDisabled();
    expect(resume).toHaveAccessibleDescription('This key is read-only: save a Write key to send them.');
  });

  it('shows nothing when no work was kept', async () => {
    await pausedActionsItem.setValue([]);
    const { container } = render(<PausedWorkPrompt connection={connectedTo("Alice's workspace")} />);
    await act(async () => pausedActionsItem.getValue()); // let the first storage read land
    expect(container).toBeEmptyDOMElement();
  });
});
