import type { ClockMeClient } from '../clockme/client';
import { ApiError } from '../clockme/errors';
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
      const { written } = await takeRequestSlot(key, now());
      try {
        const answer = await call.call(client, key, ...rest);
        await written;
        return answer;
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
