import { useState } from 'react';
import { API_KEY_SETTINGS_URL } from '@/utils/clockme/config';
import { askBackground } from '@/utils/messaging';
import type { Connection } from '@/utils/storage';
import { Alert } from './Alert';

/** The saved key's masked form and saved time, with "Remove key"; after removal, a reminder to revoke it in ClockMe. */
export function ConnectionSection({ connection, onRemoved }: { connection: Connection; onRemoved?: () => void }) {
  const [removed, setRemoved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    const reply = await askBackground('removeKey');
    if (reply.ok) {
      setRemoved(true);
      onRemoved?.();
    }
    else setError(reply.error.message);
  }

  return (
    <>
      {connection.state === 'connected' && (
        <div className="connection">
          <p>
            Connected to ClockMe with key <code>{connection.maskedKey}</code>, saved{' '}
            {new Date(connection.savedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}.
          </p>
          <button type="button" className="secondary" onClick={() => void remove()}>
            Remove key
          </button>
        </div>
      )}
      <p className="hint" role="status">
        {removed && connection.state === 'none' && (
          <>
            Key removed from this browser. It still works in ClockMe until you revoke it under{' '}
            <a href={API_KEY_SETTINGS_URL} target="_blank" rel="noreferrer">
              Settings → API Keys
            </a>
            .
          </>
        )}
      </p>
      <Alert message={error} />
    </>
  );
}
