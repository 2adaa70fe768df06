import { t } from '@/utils/i18n';
import { waitingChanges, type Outbox } from '@/utils/outbox/ops';
import { describeChange } from './describe-change';

/**
 * What waits to reach ClockMe: "Offline — 2 changes waiting" with each change and why, after a
 * failed attempt; "Sending…" while the first attempt is on its way. Nothing when all is sent.
 * A polite live region, so the change of state is announced without taking focus.
 */
export function OutboxStatus({ outbox }: { outbox: Outbox }) {
  const waiting = waitingChanges(outbox);
  const count = waiting.length;
  const title = !outbox.offline ? t('outbox.sending', count) : outbox.offline.reason === 'rate_limited' ? t('outbox.slowDown', count) : t('outbox.offline', count);
  return (
    <section className="outbox" aria-live="polite" aria-label={t('outbox.regionLabel')}>
      {count > 0 && (
        <>
          <p className="outbox-title">{title}</p>
          <ul>
            {waiting.map((op) => (
              <li key={op.id}>{describeChange(op)}</li>
            ))}
          </ul>
          {outbox.offline && (
            <p className="hint">
              {outbox.offline.message} {t('outbox.kept', count)}
            </p>
          )}
        </>
      )}
    </section>
  );
}
