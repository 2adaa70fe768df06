import { useEffect, useState } from 'react';
import { API_KEY_SETTINGS_URL } from '@/utils/clockme/config';
import { askBackground } from '@/utils/messaging';
import type { ConnectedKey, Connection } from '@/utils/storage';
import { Alert, useAlertMessage } from './Alert';

function ScopeLine({ connection }: { connection: ConnectedKey }) {
  if (connection.scope?.scope === 'read') {
    return (
      <p className="warning">
        This key is read-only: the timer won&apos;t work with it. In ClockMe, create a key with the <strong>Write</strong> scope under Settings → API Keys and save it here.
      </p>
    );
  }
  if (connection.scope) return <p>This key can start and stop timers ({connection.scope.scope === 'full' ? 'Full' : 'Write'} scope).</p>;
  return null;
}

function Connected({ connection, onRemove }: { connection: ConnectedKey; onRemove: () => void }) {
  const workspaces = connection.account?.workspaces.map((workspace) => workspace.name).join(', ');
  return (
    <div className="connection">
      <p>
        Connected to ClockMe with key <code>{connection.maskedKey}</code>, saved {new Date(connection.savedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}.
      </p>
      {workspaces && <p>Workspace: {workspaces}</p>}
      <ScopeLine connection={connection} />
      <button type="button" className="secondary" onClick={onRemove}>
        Remove key
      </button>
    </div>
  );
}

/**
 * The saved key: masked form, saved time, workspace and scope, with "Remove key". After removal,
 * "Undo" for the 10-second window and a reminder to revoke the key in ClockMe.
 */
export function ConnectionSection({ connection, onRemoved }: { connection: Connection; onRemoved?: () => void }) {
  const [error, setError] = useAlertMessage();
  const [now, setNow] = useState(() => Date.now());
  const until = connection.state === 'removing' ? connection.until : null;

  // While the undo window is open, re-render once it closes, then let the worker clear the key.
  useEffect(() => {
    if (until === null) return;
    const id = setTimeout(() => {
      setNow(Date.now());
      void askBackground('finishRemoveKey');
    }, Math.max(0, until - Date.now()));
    return () => clearTimeout(id);
  }, [until]);

  async function send(message: 'removeKey' | 'undoRemoveKey') {
    const reply = await askBackground(message);
    setError(reply.ok ? null : reply.error.message);
    if (reply.ok && message === 'removeKey') onRemoved?.();
  }

  return (
    <>
      {connection.state === 'connected' && <Connected connection={connection} onRemove={() => void send('removeKey')} />}
      <p className="hint" role="status">
        {connection.state === 'removing' && (
          <>
            Key removed from this browser. It still works in ClockMe until you revoke it under{' '}
            <a href={API_KEY_SETTINGS_URL} target="_blank" rel="noreferrer">
              Settings → API Keys
            </a>
            .
          </>
        )}
      </p>
      {until !== null && now < until && (
        <button type="button" className="secondary" onClick={() => void send('undoRemoveKey')}>
          Undo
        </button>
      )}
      <Alert message={error} />
    </>
  );
}
