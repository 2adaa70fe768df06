import type { ClockMeClient } from '../clockme/client';
import { ApiError } from '../clockme/errors';
import { requestBudgetItem } from '../storage';
import { flushItems, readItem } from './mirror';
import { holdRequests, takeRequestSlot } from './request-budget';

/** How long to hold all requests after a 429 that gave no usable `Retry-After` (ms). */
export const DEFAULT_RATE_LIMIT_HOLD_MS = 5_000;

/**
 * Wraps the API client so every request first takes a slot from the request budget (at most 20
 * a minute per key; see `utils/outbox/budget.ts`), and a `429` holds every request until its
 * `Retry-After` has passed. Methods additionally throw `BudgetExceededError`.
 */
export function budgetedClient(client: ClockMeClient, now: () => number = Date.now): ClockMeClient {
  function wrap<M extends keyof ClockMeClient>(method: M): ClockMeClient[M] {
    const call = client[method] as (key: string, ...rest: unknown[]) => Promise<unknown>;
    const wrapped = async (key: string, ...rest: unknown[]) => {
      // Once the budget is in memory (the first request reads it), taking the slot, sending the
      // request (the client calls fetch before it first awaits) and handing what the request's
      // way staged to storage happen in one synchronous step, the write right after the request.
      while (!takeRequestSlot(key, now())) await readItem(requestBudgetItem);
      const answer = call.call(client, key, ...rest);
      void flushItems();
      try {
        return await answer;
      } catch (error) {
        if (error instanceof ApiError && error.status === 429) await holdRequests(now() + (error.retryAfterMs ?? DEFAULT_RATE_LIMIT_HOLD_MS));
        throw error;
      }
    };
    return wrapped as ClockMeClient[M];
  }
  return {
    getCurrentTimer: wrap('getCurrentTimer'),
    startTimer: wrap('startTimer'),
    stopTimer: wrap('stopTimer'),
    createEntry: wrap('createEntry'),
    listProjects: wrap('listProjects'),
    listWorkspaces: wrap('listWorkspaces'),
    editEntry: wrap('editEntry'),
    probeWriteScope: wrap('probeWriteScope'),
    probeFullScope: wrap('probeFullScope'),
    heartbeat: wrap('heartbeat'),
    createProject: wrap('createProject'),
  };
}
