import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { apiPipeline, guard } from './api-pipeline';
import type { SandboxContext, SandboxEnv } from './context';
import { createEntry, deleteEntry, updateEntry } from './entries';
import { errorResponse, internalError, invalidRequest, jsonResponse, notFound, type Result } from './errors';
import { activeProjects, createProject } from './projects';
import { createEntryBody, createProjectBody, parseBody, startTimerBody, updateEntryBody } from './schemas';
import { heartbeat, startTimer, stopTimer, timerView } from './timers';
import type { Account } from './types';

type C = Context<SandboxEnv>;

/** The account of the authenticated key. */
function account(c: C): Account {
  return c.get('auth').account;
}

/** `status` + `wrap(value)` on success, the error response otherwise. */
function reply<T>(result: Result<T>, status: number, wrap: (value: T) => unknown): Response {
  return result.ok ? jsonResponse(status, wrap(result.value)) : errorResponse(result.failure);
}

/**
 * Validates the JSON body with `schema` and runs `act` on the data; 400 invalid_request with
 * readable issues when the body is not valid.
 */
async function withBody<S extends z.ZodType>(c: C, schema: S, act: (data: z.output<S>) => Response): Promise<Response> {
  const parsed = parseBody(schema, await c.req.text());
  return parsed.ok ? act(parsed.data) : errorResponse(invalidRequest(parsed.issues));
}

/**
 * The ClockMe REST API under /api, as specified in clockme-api.md, behind the pipeline
 * (log → fault → auth → rate limit) and per-route guard (scope → idempotency).
 */
export function apiRoutes(ctx: SandboxContext): Hono<SandboxEnv> {
  const api = new Hono<SandboxEnv>();
  api.use('*', apiPipeline(ctx));

  api.get('/timer/current', guard(ctx, 'read'), (c) => jsonResponse(200, { timer: timerView(account(c)) }));

  api.post('/timer/start', guard(ctx, 'write'), (c) =>
    withBody(c, startTimerBody, (data) => reply(startTimer(account(c), data), 201, (timer) => ({ timer }))),
  );

  api.post('/timer/stop', guard(ctx, 'write'), (c) => reply(stopTimer(account(c)), 200, (entry) => ({ entry })));

  api.post('/timer/heartbeat', guard(ctx, 'write'), (c) => reply(heartbeat(account(c)), 200, (value) => value));

  api.get('/projects', guard(ctx, 'read'), (c) => jsonResponse(200, { projects: activeProjects(account(c)) }));

  api.post('/projects', guard(ctx, 'full'), (c) =>
    withBody(c, createProjectBody, (data) =>
      reply(createProject(account(c), data), 201, (project) => ({ project })),
    ),
  );

  api.post('/entries', guard(ctx, 'write'), (c) =>
    withBody(c, createEntryBody, (data) => reply(createEntry(account(c), data), 201, (entry) => ({ entry }))),
  );

  api.patch('/entries/:id', guard(ctx, 'write'), (c) =>
    withBody(c, updateEntryBody, (data) =>
      reply(updateEntry(account(c), c.req.param('id'), data), 200, (entry) => ({ entry })),
    ),
  );

  api.delete('/entries/:id', guard(ctx, 'write'), (c) => {
    const result = deleteEntry(account(c), c.req.param('id'));
    return result.ok ? new Response(null, { status: 204 }) : errorResponse(result.failure);
  });

  api.get('/workspaces', guard(ctx, 'read'), (c) => jsonResponse(200, { workspaces: [account(c).workspace] }));

  api.all('*', (c) => errorResponse(notFound(`There is no ${c.req.method} ${c.req.path} in the API.`)));
  api.onError((err) => {
    console.error('[sandbox] API handler failed:', err);
    return errorResponse(internalError());
  });
  return api;
}
