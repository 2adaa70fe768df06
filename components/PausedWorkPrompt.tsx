import { useId, useState } from 'react';
import { askBackground } from '@/utils/messaging';
import { pausedActionsItem, type ConnectedKey, type PausedAction } from '@/utils/storage';
import { Alert, useAlertMessage } from './Alert';
import { useStorageItem } from './use-storage-item';

const VERB: Record<PausedAction['kind'], string> = { start: 'started the timer', stop: 'stopped the timer', toggle: 'pressed the start/stop shortcut' };

function describe(action: PausedAction): string {
  return `you ${VERB[action.kind]} at ${new Date(action.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
}

/**
 * After a revocation, the starts and stops that met the revoked key are kept. Once a new key is
 * saved, this asks once whether the new key is for the same ClockMe account: "Resume with this
 * key" sends them, "Discard" drops them. Renders nothing when there is no paused work.
 */
export function PausedWorkPrompt({ connection }: { connection: ConnectedKey }) {
  const paused = useStorageItem(pausedActionsItem);
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useAlertMessage();
  if (!paused || paused.length === 0) return null;

  async function decide(message: 'resumePaused' | 'discardPaused') {
    if (busy) return;
    setBusy(true);
    const reply = await askBackground(message);
    setBusy(false);
    setError(reply.ok ? null : reply.error.message);
  }

  const previous = paused[0]?.workspaces?.join(', ');
  const current = connection.account?.workspaces.map((workspace) => workspace.name).join(', ');
  return (
    <section className="paused" role="group" aria-labelledby={headingId}>
      <h2 id={headingId}>Kept while your key was revoked</h2>
      <p>
        While your previous key was revoked, {paused.map(describe).join(', then ')}. Nothing was sent. Is the new key for the same ClockMe account?
      </p>
      {(previous || current) && (
        <p className="hint">
          Previous key: {previous ?? 'account unknown'}. New key: {current ?? 'account unknown'}.
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void decide('resumePaused')} aria-disabled={busy}>
          Resume with this key
        </button>
        <button type="button" className="secondary" onClick={() => void decide('discardPaused')} aria-disabled={busy}>
          Discard
        </button>
      </div>
      <Alert message={error} />
    </section>
  );
}
