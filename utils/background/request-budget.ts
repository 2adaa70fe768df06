import { Mutex } from './mutex';
import { maskApiKey } from '../api-key/mask';
import { nextSendAt, recordSend } from '../outbox/budget';
import { requestBudgetItem } from '../storage';
import { readItem, writeItems } from './mirror';

/** The extension's own request budget (20 a minute per key, and any `Retry-After`) says: not before `until` (ms). */
export class BudgetExceededError extends Error {
  override name = 'BudgetExceededError';
  constructor(readonly until: number) {
    super(`The extension holds its requests to ClockMe until ${new Date(until).toISOString()}.`);
  }
}

const lock = new Mutex();

/**
 * Takes one request slot for `key` from the persisted budget (it survives the service worker).
 * Under the lock, the slot is taken in memory and the write handed to Chrome before this
 * resolves (so two requests never take the last slot, and the request need not wait for the
 * write); `written` resolves once it is stored.
 * @throws BudgetExceededError when the next request may only go later.
 */
export function takeRequestSlot(key: string, now: number): Promise<{ written: Promise<void> }> {
  return lock.runExclusive(async () => {
    const masked = maskApiKey(key);
    const stored = await readItem(requestBudgetItem);
    const state = stored.maskedKey === masked ? stored : { maskedKey: masked, sent: [], holdUntil: 0 };
    const at = nextSendAt(state, now);
    if (at > now) throw new BudgetExceededError(at);
    return { written: writeItems([{ item: requestBudgetItem, value: recordSend(state, now) }]) };
  });
}

/** Holds every request until `until` (ms), e.g. after a 429's `Retry-After`. */
export function holdRequests(until: number): Promise<void> {
  return lock.runExclusive(async () => {
    const state = await readItem(requestBudgetItem);
    await writeItems([{ item: requestBudgetItem, value: { ...state, holdUntil: Math.max(state.holdUntil, until) } }]);
  });
}
