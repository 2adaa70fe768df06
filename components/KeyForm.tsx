import { useId, useState, type FormEvent, type Ref } from 'react';
import { normalizeApiKey } from '@/utils/api-key/normalize';
import { t } from '@/utils/i18n';
import { askBackground } from '@/utils/messaging';
import { Alert, useAlertMessage } from './Alert';

type Progress = { kind: 'idle' } | { kind: 'checking' } | { kind: 'saved'; maskedKey: string };

/**
 * The "API key" field and "Save key" button, shared by the popup and the options page.
 * The pasted text is normalised and checked here (a malformed key causes no request), then
 * verified and stored by the service worker. The field is emptied after saving; the key is never
 * shown again, only its masked form in the `role="status"` line.
 */
export function KeyForm({
  onSaved,
  autoFocus = false,
  inputRef,
  connectedMaskedKey,
}: {
  onSaved?: (maskedKey: string) => void;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** The key connected now, where the page knows it: the "Connected" line shows only while it is still the one saved here. */
  connectedMaskedKey?: string | null;
}) {
  const inputId = useId();
  const alertId = useId();
  const [draft, setDraft] = useState('');
  const [visible, setVisible] = useState(false);
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const [error, setError] = useAlertMessage();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (progress.kind === 'checking') return;
    const normalized = normalizeApiKey(draft);
    if (!normalized.ok) {
      setProgress({ kind: 'idle' });
      setError(normalized.reason);
      return;
    }
    setError(null);
    setProgress({ kind: 'checking' });
    const reply = await askBackground('saveKey', normalized.key);
    if (reply.ok) {
      setDraft('');
      setVisible(false);
      setProgress({ kind: 'saved', maskedKey: reply.maskedKey });
      onSaved?.(reply.maskedKey);
    } else {
      setProgress({ kind: 'idle' });
      setError(reply.error.message);
    }
  }

  return (
    <form className="key-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={inputId}>{t('key.label')}</label>
      <div className="key-row">
        <input
          id={inputId}
          ref={inputRef}
          autoFocus={autoFocus}
          type={visible ? 'text' : 'password'}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder="ck_live_…"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? alertId : undefined}
        />
        {/* "Show" is seen, "Show key" is heard: the label holds the visible word, in either language's word order. */}
        <button type="button" className="secondary" aria-pressed={visible} aria-label={t('key.showKey')} onClick={() => setVisible((shown) => !shown)}>
          {t('key.show')}
        </button>
      </div>
      {/* Not `disabled` while checking: a disabled button drops keyboard focus. submit() ignores repeats. */}
      <button type="submit" aria-disabled={progress.kind === 'checking'} aria-busy={progress.kind === 'checking'}>
        {t('key.save')}
      </button>
      <p role="status" className="status">
        {progress.kind === 'checking' && t('key.checking')}
        {progress.kind === 'saved' && (connectedMaskedKey === undefined || connectedMaskedKey === progress.maskedKey) && t('key.saved', [progress.maskedKey])}
      </p>
      <Alert message={error} id={alertId} />
    </form>
  );
}
