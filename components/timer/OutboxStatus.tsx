import { waitingChanges, type Outbox } from '@/utils/outbox/ops';
import { describeChange } from './describe-change';

/**
 * What waits to reach ClockMe: "Offline — 2 changes waiting" with each change and why, after a
 * failed attempt; "Sending…" while the first attempt is on its way. Nothing when all is sent.
 * A polite live region, so the change of state is announced without taking focus.
 */
export function OutboxStatus({ outbox }: { outbox: Outbox }) {
  const waiting = waitingChanges(outbox);
  const count = `${waiting.length} ${waiting.length === 1 ? 'change' : 'changes'}`;
  return (
    <section className="outbox" aria-live="polite" aria-label="Changes waiting to reach ClockMe">
      {waiting.length > 0 && (
        <>
          <p className="outbox-title">{!outbox.offline ? `Sending ${count} to ClockMe…` : outbox.offline.reason === 'rate_limited' ? `ClockMe asked to slow down — ${count} waiting` : `Offline — ${count} waiting`}</p>
          <ul>
            {waiting.map((op) => (
              <li key={op.id}>{describeChange(op)}</li>
            ))}
          </ul>
          {outbox.offline && (
            <p className="hint">
              {outbox.offline.message} {waiting.length === 1 ? 'It is' : 'They are'} kept on this computer and sent automatically, with the times you clicked.
            </p>
          )}
        </>
      )}
    </section>
  );
}
