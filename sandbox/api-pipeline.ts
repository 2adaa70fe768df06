import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { MiddlewareHandler } from 'hono';
import { authenticate, bearerToken, checkScope } from './auth';
import type { SandboxContext, SandboxEnv } from './context';
import { errorResponse, rateLimited } from './errors';
import { answersInstead, faultResponse, sleep, type Fault } from './faults';
import { replayResponse, storeResponse } from './idempotency';
import { parseLoggedBody } from './request-log';
import type { Scope } from './types';

/**
 * Middleware for every /api request, in this order: record it in the log → apply an injected
 * fault (if one matches) → authenticate → rate-limit per key. Sets `logEntry` and `auth`.
 */
export function apiPipeline(ctx: SandboxContext): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const arrivedAtMs = performance.timeOrigin + performance.now();
    const authorization = c.req.header('authorization') ?? null;
    const token = bearerToken(authorization);
    const bodyText = await c.req.text();
    const entry = ctx.log.record({
      at: new Date().toISOString(),
      arrivedAtMs,
      method: c.req.method,
      path: c.req.path,
      url: c.req.url,
      headers: Object.fromEntries(c.req.raw.headers),
      authorization,
      idempotencyKey: c.req.header('idempotency-key') ?? null,
      accountId: token ? (ctx.store.findKey(token)?.accountId ?? null) : null,
      body: parseLoggedBody(bodyText),
      bodyText,
      token,
    });
    c.set('logEntry', entry);

    const fault = ctx.faults.take(c.req.path, token);
    if (fault?.delayMs) await sleep(fault.delayMs);
    const { pathname, search } = new URL(c.req.url);
    if (fault && fault.phase === 'before' && answersInstead(fault)) {
      return applyFault(c.env.incoming.socket, fault, entry, pathname + search);
    }

    const auth = authenticate(ctx.store, authorization);
    if (!auth.ok) {
      c.res = errorResponse(auth.failure);
    } else {
      c.set('auth', auth.value);
      const decision = ctx.limiter.check(auth.value.key.keyId);
      if (!decision.allowed) c.res = errorResponse(rateLimited(decision.retryAfterSeconds));
      else await next();
    }

    entry.status = c.res.status;
    if (fault && fault.phase === 'after' && answersInstead(fault)) {
      c.res = undefined; // replace the answer outright instead of merging its headers
      c.res = applyFault(c.env.incoming.socket, fault, entry, pathname + search);
    }
  };
}

/**
 * Answers with the fault's status page or redirect (to `redirectTo` + `pathAndQuery`), or destroys
 * the socket without any answer (status stays null).
 */
function applyFault(socket: { destroy(): void }, fault: Fault, entry: { status: number | null }, pathAndQuery: string): Response {
  if (fault.drop) {
    socket.destroy();
    entry.status = null;
    return RESPONSE_ALREADY_SENT;
  }
  const res = faultResponse(fault, pathAndQuery) as Response;
  entry.status = res.status;
  return res;
}

/**
 * Per-route middleware after the pipeline: check the key's scope against `required`, then
 * replay a repeated `Idempotency-Key` of a mutating request (or remember its first answer).
 */
export function guard(ctx: SandboxContext, required: Scope): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const auth = c.get('auth');
    const denied = checkScope(auth.key.scope, required);
    if (denied) return errorResponse(denied);

    const idemKey = c.req.header('idempotency-key');
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || !idemKey) {
      await next();
      return;
    }
    const accountId = auth.account.id;
    let state = ctx.idempotency.get(accountId, idemKey);
    while (state.kind === 'pending') {
      await state.wait;
      state = ctx.idempotency.get(accountId, idemKey);
    }
    if (state.kind === 'done') return replayResponse(state.response);

    const finish = ctx.idempotency.begin(accountId, idemKey);
    try {
      await next();
    } finally {
      const res = c.res;
      finish(res.status >= 500 ? null : await storeResponse(res));
    }
  };
}
