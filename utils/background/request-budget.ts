import { maskApiKey } from '../api-key/mask';
import { nextSendAt, recordSend } from '../outbox/budget';
import { requestBudgetItem } from '../storage';
import { knownValue, readItem, stageItems, writeItems } from './mirror';

/** The extension's own request budget (20 a minute per key, and any `Retry-After`) says: not before `until` (ms). */
export class BudgetExceededError extends Error {
  override name = 'BudgetExceededError';
  constructor(readonly until: number) {
    super(`The extension holds its requests to ClockMe until ${new Date(until).toISOString()}.`);
  }
}

/**
 * Takes one request slot for `key` from the persisted budget (it survives the service worker),
 * in memory and in one synchronous step, so two requests can never both take the last slot. The
 * record is staged (`stageItems`): it goes to storage in the request's own write.
 * @returns `false` (nothing taken) while the budget has not been read into memory: read it
 *   (`readItem(requestBudgetItem)`) and call again.
 * @throws BudgetExceededError when the next request may only go later.
 */
export function takeRequestSlot(key: string, now: number): boolean {
  const stored = knownValue(requestBudgetItem);
  if (!stored) return false;
  const masked = maskApiKey(key);
  const state = stored.maskedKey === masked ? stored : { maskedKey: masked, sent: [], holdUntil: 0 };
  const at = nextSendAt(state, now);
  if (at > now) throw new BudgetExceededError(at);
  stageItems([{ item: requestBudgetItem, value: recordSend(state, now) }]);
  return true;
}

/** Holds every request until `until` (ms), e.g. after a 429's `Retry-After`. */
export async function holdRequests(until: number): Promise<void> {
  await readItem(requestBudgetItem);
  // From memory, in one step with the write: a slot taken meanwhile is kept.
  const state = knownValue(requestBudgetItem)!;
  await writeItems([{ item: requestBudgetItem, value: { ...state, holdUntil: Math.max(state.holdUntil, until) } }]);
}
