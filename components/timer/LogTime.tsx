import { useId, useState } from 'react';
import { t } from '@/utils/i18n';
import { LogTimeForm } from './LogTimeForm';
import './entries.css';

/**
 * The popup's "Log time" disclosure: a toggle button (`aria-expanded`) that shows or hides the
 * {@link LogTimeForm}. Closed by default, so the popup stays short; the popup renders it with
 * `<LogTime />`. `timeZone` (default: the browser's) is for tests.
 */
export function LogTime({ timeZone }: { timeZone?: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <section className="log-time">
      <button type="button" className="secondary disclosure" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen((value) => !value)}>
        {t('logTime.toggle')}
      </button>
      {open && (
        <div id={panelId}>
          <LogTimeForm timeZone={timeZone} />
        </div>
      )}
    </section>
  );
}
