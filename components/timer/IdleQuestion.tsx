import { useEffect, useId, useRef, useState } from 'react';
import { t } from '@/utils/i18n';
import { clockMinutesBetween, clockTime, formatMinutes } from '@/utils/idle/describe';
import { askBackground, type IdleChoice } from '@/utils/messaging';
import type { IdlePrompt } from '@/utils/storage';

/**
 * The idle question itself, for {@link IdlePrompt} (which loads it on demand: most opens of the
 * popup have no question): the times away, **Keep**, **Discard idle time** and **Stop at idle
 * start**, answered by the service worker (`resolveIdle`). Puts the keyboard on Keep when it
 * appears. `onDone` gets what was done (or `''` after a failure), `onError` the failure (or `null`).
 */
export function IdleQuestion({ prompt, timeZone, onDone, onError }: { prompt: IdlePrompt; timeZone?: string; onDone: (said: string) => void; onError: (message: string | null) => void }) {
  const headingId = useId();
  const hintId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    keep.current?.focus();
  }, []);

  async function answer(choice: IdleChoice) {
    if (busy) return;
    const at = clockTime(prompt.idleStartedAt, timeZone);
    setBusy(true);
    const reply = await askBackground('resolveIdle', choice);
    setBusy(false);
    if (!reply.ok) {
      onDone('');
      onError(reply.error.message);
      return;
    }
    onError(null);
    const said = choice === 'keep' ? t('idle.prompt.kept') : choice === 'stop' ? t('idle.prompt.stopped', [at]) : t('idle.prompt.discarded', [at]);
    onDone(reply.queued ? `${said} ${t('idle.prompt.queued')}` : said);
  }

  const from = clockTime(prompt.idleStartedAt, timeZone);
  return (
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
  );
}
