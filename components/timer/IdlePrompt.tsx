import { useEffect, useId, useRef, useState } from 'react';
import { t } from '@/utils/i18n';
import { clockMinutesBetween, clockTime, formatMinutes } from '@/utils/idle/describe';
import { askBackground, type IdleChoice } from '@/utils/messaging';
import { idlePromptItem } from '@/utils/storage';
import { Alert, useAlertMessage } from '../Alert';
import { useStorageItem } from '../use-storage-item';

/**
 * The idle question (idle detection, options page): "You were away from 10:02 to 10:44 (42 min).
 * What should happen to that time?" with **Keep**, **Discard idle time** and **Stop at idle
 * start**, answered by the service worker (`resolveIdle`). It is announced when it appears (a
 * polite live region), puts the keyboard on Keep (the answer that changes nothing), says what was
 * done once answered, and shows a failure in an alert.
 * @param timeZone for tests; the person's own by default.
 */
export function IdlePrompt({ timeZone }: { timeZone?: string }) {
  const prompt = useStorageItem(idlePromptItem);
  const headingId = useId();
  const hintId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useAlertMessage();
  const showing = Boolean(prompt);

  useEffect(() => {
    if (showing) keep.current?.focus();
  }, [showing]);

  async function answer(choice: IdleChoice) {
    if (busy || !prompt) return;
    const at = clockTime(prompt.idleStartedAt, timeZone);
    setBusy(true);
    const reply = await askBackground('resolveIdle', choice);
    setBusy(false);
    if (!reply.ok) {
      setDone('');
      setError(reply.error.message);
      return;
    }
    setError(null);
    const said = choice === 'keep' ? t('idle.prompt.kept') : choice === 'stop' ? t('idle.prompt.stopped', [at]) : t('idle.prompt.discarded', [at]);
    setDone(reply.queued ? `${said} ${t('idle.prompt.queued')}` : said);
  }

  const from = prompt ? clockTime(prompt.idleStartedAt, timeZone) : '';
  return (
    <>
      {/* Always in the page, so the question is announced when it appears. */}
      <div aria-live="polite">
        {prompt ? (
          <section className="paused idle-prompt" aria-labelledby={headingId}>
            <h2 id={headingId}>{t('idle.prompt.heading')}</h2>
            <p>{t('idle.prompt.question', [from, clockTime(prompt.returnedAt, timeZone), formatMinutes(clockMinutesBetween(prompt.idleStartedAt, prompt.returnedAt))])}</p>
            <p id={hintId} className="hint">
              {t('idle.prompt.hint', [from])}
            </p>
            <div className="actions">
              <button ref={keep} type="button" onClick={() => void answer('keep')} aria-disabled={busy}>
                {t('idle.choice.keep')}
              </button>
              <button type="button" className="secondary" onClick={() => void answer('discard')} aria-describedby={hintId} aria-disabled={busy}>
                {t('idle.choice.discard')}
              </button>
              <button type="button" className="secondary" onClick={() => void answer('stop')} aria-describedby={hintId} aria-disabled={busy}>
                {t('idle.choice.stop')}
              </button>
            </div>
          </section>
        ) : (
          done && <p className="status">{done}</p>
        )}
      </div>
      <Alert message={error} />
    </>
  );
}
