import { personView, type Outbox } from '../outbox/ops';
import { outboxItem, timerItem, type TimerSnapshot } from '../storage';
import { readItem } from './mirror';

/**
 * The timer as the person sees it: ClockMe's last known timer with the changes waiting in the
 * outbox applied (see `personView`), in the stored snapshot's shape, from the service worker's
 * copy of storage (`mirror.ts`). Also returns the outbox it was computed from.
 */
export async function readPersonView(): Promise<{ snapshot: TimerSnapshot; outbox: Outbox }> {
  const [stored, outbox] = await Promise.all([readItem(timerItem), readItem(outboxItem)]);
  const seen = personView(stored?.timer ?? null, outbox);
  const timer = seen ? (({ pending, ...rest }) => (void pending, rest))(seen) : null;
  return { snapshot: { timer, othersRunning: stored?.othersRunning ?? 0, syncedAt: stored?.syncedAt ?? 0 }, outbox };
}
