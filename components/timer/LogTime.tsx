import { useId, useState } from 'react';
import { t } from '@/utils/i18n';
import { lazyPart } from '../lazy-part';
import './entries.css';

/**
 * The form and its time math in a chunk of their own, loaded when the person reaches for the
 * toggle (pointer over it or focus on it), so it is usually there by the click.
 */
const LogTimeFormPart = lazyPart(() => import('./LogTimeForm').then((module) => module.LogTimeForm));

/**
 * The popup's "Log time" disclosure: a toggle button (`aria-expanded`) that shows or hides the
 * `LogTimeForm`. Closed by default, so the popup stays short; the popup renders it with
 * `<LogTime />`. `timeZone` (default: the browser's) is for tests.
 */
export function LogTime({ timeZone }: { timeZone?: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const preload = () => void LogTimeFormPart.preload();
  return (
    <section className="log-time">
      <button type="button" className="secondary disclosure" aria-expanded={open} aria-controls={open ? panelId : undefined} onPointerEnter={preload} onFocus={preload} onClick={() => setOpen((value) => !value)}>
        {t('logTime.toggle')}
      </button>
      {open && (
        <div id={panelId}>
          <LogTimeFormPart.Part timeZone={timeZone} />
        </div>
      )}
    </section>
  );
}
