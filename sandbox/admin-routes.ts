import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { SandboxContext, SandboxEnv } from './context';
import { resetContext } from './context';
import { listEntries } from './entries';
import { errorResponse, invalidRequest, jsonResponse, notFound } from './errors';
import { faultSpecSchema } from './faults';
import { loopbackOnly } from './loopback';
import { parseBody, scopeSchema, startTimerBody } from './schemas';
import { DEFAULT_ACCOUNT_ID } from './store';
import { startTimer, stopTimer, timerView } from './timers';
import type { Account } from './types';

type C = Context<SandboxEnv>;

const accountRef = z.object({ accountId: z.string().min(1).optional() });
const adminStartBody = z.object({ startedAt: z.iso.datetime().optional() });
const createAccountBody = z.object({ name: z.string().max(200).optional() });
const createKeyBody = accountRef.extend({ scope: scopeSchema, name: z.string().max(200).optional() });
const revokeKeyBody = z.object({ key: z.string().min(1) });

/** Parses the JSON body with `schema`; the data, or a 400 invalid_request response. */
async function body<S extends z.ZodType>(c: C, schema: S): Promise<{ data: z.output<S> } | { error: Response }> {
  const parsed = parseBody(schema, await c.req.text());
  return parsed.ok ? { data: parsed.data } : { error: errorResponse(invalidRequest(parsed.issues)) };
}

/** The account named by `accountId` (default account when absent), or a 404 response. */
function findAccount(ctx: SandboxContext, accountId: string | undefined): Account | Response {
  const account = ctx.store.getAccount(accountId ?? DEFAULT_ACCOUNT_ID);
  return account ?? errorResponse(notFound(`No sandbox account has the id "${accountId ?? ''}".`));
}

/**
 * The loopback-only JSON admin surface under /__sandbox: accounts, keys, timers started by
 * "another client", state, fault injection, the request log and reset.
 */
export function adminRoutes(ctx: SandboxContext): Hono<SandboxEnv> {
  const admin = new Hono<SandboxEnv>();
  admin.use('*', loopbackOnly());

  admin.post('/accounts', async (c) => {
    const b = await body(c, createAccountBody);
    if ('error' in b) return b.error;
    const account = ctx.store.createAccount(b.data.name);
    const keys = {
      read: ctx.store.createKey(account.id, 'read', 'Read key').key,
      write: ctx.store.createKey(account.id, 'write', 'Write key').key,
      full: ctx.store.createKey(account.id, 'full', 'Full key').key,
    };
    return jsonResponse(201, { accountId: account.id, name: account.name, keys });
  });

  admin.post('/keys', async (c) => {
    const b = await body(c, createKeyBody);
    if ('error' in b) return b.error;
    const account = findAccount(ctx, b.data.accountId);
    if (account instanceof Response) return account;
    const record = ctx.store.createKey(account.id, b.data.scope, b.data.name);
    return jsonResponse(201, { key: record.key, keyId: record.keyId, accountId: account.id, scope: record.scope });
  });

  admin.post('/keys/revoke', async (c) => {
    const b = await body(c, revokeKeyBody);
    if ('error' in b) return b.error;
    if (!ctx.store.revokeKey(b.data.key)) return errorResponse(notFound('No such key.'));
    return jsonResponse(200, { revoked: true });
  });

  admin.post('/timer/start', async (c) => {
    const ref = await body(c, accountRef);
    if ('error' in ref) return ref.error;
    const account = findAccount(ctx, ref.data.accountId);
    if (account instanceof Response) return account;
    const b = await body(c, startTimerBody);
    if ('error' in b) return b.error;
    // Another client's timer may have started earlier (`startedAt`, ISO-8601), to test elapsed time.
    const since = await body(c, adminStartBody);
    if ('error' in since) return since.error;
    const result = startTimer(account, b.data, since.data.startedAt ? Date.parse(since.data.startedAt) : undefined);
    return result.ok ? jsonResponse(201, { timer: result.value }) : errorResponse(result.failure);
  });

  admin.post('/timer/stop', async (c) => {
    const ref = await body(c, accountRef);
    if ('error' in ref) return ref.error;
    const account = findAccount(ctx, ref.data.accountId);
    if (account instanceof Response) return account;
    const result = stopTimer(account);
    return result.ok ? jsonResponse(200, { entry: result.value }) : errorResponse(result.failure);
  });

  admin.get('/state', (c) => {
    const account = findAccount(ctx, c.req.query('accountId'));
    if (account instanceof Response) return account;
    return jsonResponse(200, {
      timer: timerView(account),
      entries: listEntries(account),
      projects: account.projects.map((p) => ({ ...p })),
    });
  });

  admin.post('/faults', async (c) => {
    const b = await body(c, faultSpecSchema);
    if ('error' in b) return b.error;
    return jsonResponse(201, { faultId: ctx.faults.add(b.data).faultId });
  });
  admin.delete('/faults', () => jsonResponse(200, { cleared: ctx.faults.clear() }));
  admin.delete('/faults/:id', (c) => jsonResponse(200, { removed: ctx.faults.remove(c.req.param('id')) }));

  admin.get('/requests', (c) =>
    jsonResponse(200, { requests: ctx.log.list({ accountId: c.req.query('accountId'), key: c.req.query('key') }) }),
  );
  admin.delete('/requests', () => {
    ctx.log.clear();
    return jsonResponse(200, { cleared: true });
  });

  admin.post('/reset', () => {
    resetContext(ctx);
    return jsonResponse(200, { reset: true, defaultAccountId: DEFAULT_ACCOUNT_ID });
  });

  admin.all('*', (c) => errorResponse(notFound(`There is no ${c.req.method} ${c.req.path} in the sandbox admin.`)));
  return admin;
}
