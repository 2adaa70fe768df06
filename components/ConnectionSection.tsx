import { useEffect, useState } from 'react';
import { API_KEY_SETTINGS_URL } from '@/utils/clockme/config';
import { t } from '@/utils/i18n';
import { formatDateTime } from '@/utils/i18n/format';
import { askBackground } from '@/utils/messaging';
import type { ConnectedKey, Connection } from '@/utils/storage';
import { Alert, useAlertMessage } from './Alert';
import { slot, withElements } from './slots';

function ScopeLine({ connection }: { connection: ConnectedKey }) {
  if (connection.scope?.scope === 'read') {
    return <p className="warning">{withElements(t('connection.readOnly', [slot(0)]), [<strong key="scope">Write</strong>])}</p>;
  }
  // "Full" and "Write" are ClockMe's names for the scopes, the same in every language.
  if (connection.scope) return <p>{t('connection.canWrite', [connection.scope.scope === 'full' ? 'Full' : 'Write'])}</p>;
  return null;
}

function Connected({ connection, onRemove }: { connection: ConnectedKey; onRemove: () => void }) {
  const workspaces = connection.account?.workspaces.map((workspace) => workspace.name).join(', ');
  return (
    <div className="connection">
      <p>{withElements(t('connection.connected', [slot(0), formatDateTime(connection.savedAt)]), [<code key="key">{connection.maskedKey}</code>])}</p>
      {workspaces && <p>{t('connection.workspace', [workspaces])}</p>}
      <ScopeLine connection={connection} />
      <button type="button" className="secondary" onClick={onRemove}>
        {t('connection.removeKey')}
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
        {connection.state === 'removing' &&
          withElements(t('connection.removed', [slot(0)]), [
            <a key="settings" href={API_KEY_SETTINGS_URL} target="_blank" rel="noreferrer">
              {t('shared.settingsPath')}
            </a>,
          ])}
      </p>
      {until !== null && now < until && (
        <button type="button" className="secondary" onClick={() => void send('undoRemoveKey')}>
          {t('connection.undo')}
        </button>
      )}
      <Alert message={error} />
    </>
  );
}
