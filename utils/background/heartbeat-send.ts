import type { ClockMeClient } from '../clockme/client';
import { ApiError } from '../clockme/errors';
import type { Timer } from '../clockme/schemas';
import type { Reply } from '../messaging';

/**
 * Runs `read`, a request whose answer is ClockMe's running timer, and stores that timer (it is
 * fresh state) unless a start or stop ran meanwhile or changes wait in the outbox, whose answers
 * are newer; see `createTimerActions`. Throws what `read` throws.
 */
export type StoreFresh = (key: string, read: () => Promise<{ timer: Timer | null; othersRunning?: number }>) => Promise<void>;

/** A heartbeat's reply: `running` is false when ClockMe had no running timer (it was stopped elsewhere). */
export type HeartbeatReply = Reply<{ running: boolean }>;

/**
 * Sends one heartbeat (`POST /api/timer/heartbeat`) with `key` and keeps the stored timer in
 * step with the answer: a `200` carries the running timer, which is stored; a
 * `409 no_running_timer` means the timer was stopped elsewhere (ClockMe's watchdog, another
 * app), so the timer is read again (`GET /api/timer/current`) and stored.
 * @throws the client's errors (and `BudgetExceededError`), for `withKey` to turn into a reply:
 *   a 401 revokes the key there, a 403 records the key's scope.
 */
export async function sendHeartbeat(key: string, deps: { client: ClockMeClient; storeFresh: StoreFresh }): Promise<{ ok: true; running: boolean }> {
  try {
    await deps.storeFresh(key, async () => ({ timer: (await deps.client.heartbeat(key)).timer }));
    return { ok: true, running: true };
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'no_running_timer')) throw error;
  }
  await deps.storeFresh(key, () => deps.client.getCurrentTimer(key));
  return { ok: true, running: false };
}
