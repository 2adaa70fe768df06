import type { HttpBindings } from '@hono/node-server';
import type { AuthContext } from './auth';
import { FaultQueue } from './faults';
import { IdempotencyStore } from './idempotency';
import { RateLimiter } from './rate-limit';
import { RequestLog, type LoggedRequest } from './request-log';
import { Store } from './store';

/** All mutable state of one running sandbox. */
export interface SandboxContext {
  store: Store;
  faults: FaultQueue;
  log: RequestLog;
  limiter: RateLimiter;
  idempotency: IdempotencyStore;
}

/** Hono environment of the sandbox app: Node bindings plus per-request variables. */
export type SandboxEnv = {
  Bindings: HttpBindings;
  Variables: {
    /** The authenticated key and account (set by the API pipeline). */
    auth: AuthContext;
    /** This request's log entry (set by the API pipeline). */
    logEntry: LoggedRequest;
  };
};

/** Default requests per key per rolling minute. */
export const DEFAULT_RATE_LIMIT = 60;

/** Creates fresh sandbox state with the default account. */
export function createContext(rateLimitPerMinute = DEFAULT_RATE_LIMIT): SandboxContext {
  return {
    store: new Store(),
    faults: new FaultQueue(),
    log: new RequestLog(),
    limiter: new RateLimiter(rateLimitPerMinute),
    idempotency: new IdempotencyStore(),
  };
}

/** Wipes everything (accounts, keys, faults, log, rate counters, idempotency) and recreates the default account. */
export function resetContext(ctx: SandboxContext): void {
  ctx.store.reset();
  ctx.faults.clear();
  ctx.log.clear();
  ctx.limiter.clear();
  ctx.idempotency.clear();
}
