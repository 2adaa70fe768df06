import { useEffect, useId, useRef, useState } from 'react';
import { t } from '@/utils/i18n';
import { askBackground } from '@/utils/messaging';
import { pausedActionsItem, type ConnectedKey } from '@/utils/storage';
import { Alert, useAlertMessage } from './Alert';
import { describePausedList } from './describe-paused';
import { useStorageItem } from './use-storage-item';

/** True when both accounts are known and share no workspace. */
function differentAccounts(previous: string[] | undefined, current: string[] | undefined): boolean {
  return Boolean(previous?.length && current?.length && !previous.some((name) => current.includes(name)));
}

/**
 * After a revocation, the starts and stops that met the revoked key are kept. Once a new key is
 * saved, this asks once whether the new key is for the same ClockMe account: "Resume with this
 * key" sends them, "Discard" drops them. It takes focus when it appears, warns when the two keys
 * look like different accounts, and cannot resume with a read-only key.
 */
export function PausedWorkPrompt({ connection }: { connection: ConnectedKey }) {
  const paused = useStorageItem(pausedActionsItem);
  const headingId = useId();
  const reasonId = useId();
  const firstButton = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useAlertMessage();
  const showing = Boolean(paused && paused.length > 0);

  // Runs after the timer's own autofocus, so the question is where the keyboard is.
  useEffect(() => {
    if (showing) firstButton.current?.focus();
  }, [showing]);

  if (!paused || paused.length === 0) return done ? <p role="status" className="status">{done}</p> : null;

  async function decide(message: 'resumePaused' | 'discardPaused') {
    if (busy) return;
    setBusy(true);
    const reply = await askBackground(message);
    setBusy(false);
    setError(reply.ok ? null : reply.error.message);
    if (reply.ok) setDone(message === 'resumePaused' ? t('paused.sent') : t('paused.discarded'));
  }

  const previous = paused[0]?.workspaces;
  const current = connection.account?.workspaces.map((workspace) => workspace.name);
  const different = differentAccounts(previous, current);
  const readOnly = connection.scope?.scope === 'read';
  const discardFirst = different || readOnly;
  return (
    <section className="paused" role="group" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('paused.heading')}</h2>
      <p>{t('paused.question', [describePausedList(paused)])}</p>
      {(previous || current) && (
        <p className={different ? 'warning' : 'hint'}>
          {t('paused.accounts', [previous?.join(', ') ?? t('paused.accountUnknown'), current?.join(', ') ?? t('paused.accountUnknown')])}
          {different && ` ${t('paused.differentAccounts')}`}
        </p>
      )}
      {readOnly && (
        <p id={reasonId} className="hint">
          {t('paused.readOnly')}
        </p>
      )}
      <div className="actions">
        <button
          ref={discardFirst ? undefined : firstButton}
          type="button"
          className={different ? 'secondary' : undefined}
          onClick={() => void decide('resumePaused')}
          disabled={readOnly}
          aria-describedby={readOnly ? reasonId : undefined}
          aria-disabled={busy}
        >
          {t('paused.resume')}
        </button>
        <button ref={discardFirst ? firstButton : undefined} type="button" className={different ? undefined : 'secondary'} onClick={() => void decide('discardPaused')} aria-disabled={busy}>
          {t('paused.discard')}
        </button>
      </div>
      <Alert message={error} />
    </section>
  );
}
