import { createClockMeClient, type ClockMeClient } from '../client';
import { ApiError, KeyRejectedError, UnexpectedResponseError, UnreachableError } from '../errors';

const ORIGIN = 'https://clockme.co';
const KEY = 'ck_live_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z';

const timer = (overrides: Record<string, unknown> = {}) => ({
  id: 'tmr_1',
  projectId: 'prj_1',
  projectName: 'Website',
  description: 'Homepage copy',
  startedAt: '2026-11-29T10:00:00Z',
  ...overrides,
});
const entry = {
  id: 'ent_1',
  projectId: 'prj_1',
  projectName: 'Website',
  description: null,
  startedAt: '2026-11-29T10:00:00Z',
  endedAt: '2026-11-29T11:00:00Z',
  durationSeconds: 3600,
};

interface SentRequest {
  url: string;
  init: RequestInit;
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A stand-in for the network that answers every request with `answer` and keeps what it was sent. */
function server(answer: (request: SentRequest) => Response | Promise<Response>) {
  const sent: SentRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = { url: String(input), init: init ?? {} };
    sent.push(request);
    return answer(request);
  };
  return { sent, client: createClockMeClient({ origin: ORIGIN, fetch }) };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('createClockMeClient: what goes over the wire', () => {
  it.each<[string, (client: ClockMeClient) => Promise<unknown>, string, string, Response]>([
    ['getCurrentTimer', (c) => c.getCurrentTimer(KEY), 'GET', '/api/timer/current', json({ timer: null })],
    ['startTimer', (c) => c.startTimer(KEY, { projectId: 'prj_1' }), 'POST', '/api/timer/start', json({ timer: timer() }, 201)],
    ['stopTimer', (c) => c.stopTimer(KEY), 'POST', '/api/timer/stop', json({ entry })],
    ['listProjects', (c) => c.listProjects(KEY), 'GET', '/api/projects', json({ projects: [] })],
  ])('%s sends the key only as "Authorization: Bearer <key>" to the API origin, with no redirects and no cache', async (_name, call, method, path, response) => {
    const { sent, client } = server(() => response);
    await call(client);

    expect(sent).toHaveLength(1);
    const [{ url, init }] = sent as [SentRequest];
    expect(url).toBe(`${ORIGIN}${path}`);
    expect(init.method).toBe(method);
    expect(new Headers(init.headers).get('Authorization')).toBe(`Bearer ${KEY}`);
    expect(init.redirect).toBe('error');
    expect(init.cache).toBe('no-store');
    expect(init.credentials).toBe('omit');
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(url).not.toContain(KEY);
    expect(String(init.body ?? '')).not.toContain(KEY);
  });

  it('stop sends no body and no Content-Type', async () => {
    const { sent, client } = server(() => json({ entry }));
    await client.stopTimer(KEY);
    const [{ init }] = sent as [SentRequest];
    expect(init.body).toBeUndefined();
    expect(new Headers(init.headers).has('Content-Type')).toBe(false);
  });

  it('start sends the project id and description as JSON', async () => {
    const { sent, client } = server(() => json({ timer: timer() }, 201));
    await client.startTimer(KEY, { projectId: 'prj_9', description: 'Write tests' });
    const [{ init }] = sent as [SentRequest];
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({ projectId: 'prj_9', description: 'Write tests' });
  });

  it.each([null, '', undefined])('start leaves out a description of %j', async (description) => {
    const { sent, client } = server(() => json({ timer: timer() }, 201));
    await client.startTimer(KEY, { projectId: 'prj_9', description });
    expect(JSON.parse(String((sent[0] as SentRequest).init.body))).toEqual({ projectId: 'prj_9' });
  });
});

describe('createClockMeClient: reading the current timer', () => {
  it('reads {timer: null} as idle', async () => {
    const { client } = server(() => json({ timer: null }));
    expect(await client.getCurrentTimer(KEY)).toEqual({ timer: null, othersRunning: 0 });
  });

  it('reads {timer: {…}} as that running timer', async () => {
    const { client } = server(() => json({ timer: timer() }));
    expect(await client.getCurrentTimer(KEY)).toEqual({ timer: timer(), othersRunning: 0 });
  });

  it('picks the most recently started of {timers: […]} and counts the others', async () => {
    const older = timer({ id: 'a', startedAt: '2026-11-29T08:00:00Z' });
    const newest = timer({ id: 'b', startedAt: '2026-11-29T10:30:00Z' });
    const middle = timer({ id: 'c', startedAt: '2026-11-29T09:00:00Z' });
    const { client } = server(() => json({ timers: [older, newest, middle] }));
    expect(await client.getCurrentTimer(KEY)).toEqual({ timer: newest, othersRunning: 2 });
  });

  it('reads {timers: []} as idle', async () => {
    const { client } = server(() => json({ timers: [] }));
    expect(await client.getCurrentTimer(KEY)).toEqual({ timer: null, othersRunning: 0 });
  });

  it('accepts a bare array of timers', async () => {
    const newest = timer({ id: 'b', startedAt: '2026-11-29T10:30:00Z' });
    const { client } = server(() => json([timer({ id: 'a', startedAt: '2026-11-29T10:29:59Z' }), newest]));
    expect(await client.getCurrentTimer(KEY)).toEqual({ timer: newest, othersRunning: 1 });
  });

  it('turns numeric ids into strings, a missing description into null and ignores unknown fields', async () => {
    const { client } = server(() =>
      json({ timer: { id: 42, projectId: 7, projectName: 'Website', startedAt: '2026-11-29T10:00:00Z', billable: true } }),
    );
    expect(await client.getCurrentTimer(KEY)).toEqual({
      timer: { id: '42', projectId: '7', projectName: 'Website', description: null, startedAt: '2026-11-29T10:00:00Z' },
      othersRunning: 0,
    });
  });

  it('reads projects with defaults for missing optional fields', async () => {
    const { client } = server(() => json({ projects: [{ id: 3, name: 'Website' }] }));
    expect(await client.listProjects(KEY)).toEqual([{ id: '3', name: 'Website', color: null, hourlyRate: null, archived: false }]);
  });

  it.each<[string, unknown]>([
    ['an object without timer', { running: false }],
    ['a timer without startedAt', { timer: { id: '1', projectId: '2', projectName: 'x' } }],
    ['a timer with an unparseable startedAt', { timer: timer({ startedAt: 'yesterday' }) }],
    ['a timer with an empty id', { timer: timer({ id: '' }) }],
    ['a string', 'ok'],
  ])('throws UnexpectedResponseError for a 200 with %s', async (_name, body) => {
    const { client } = server(() => json(body));
    const error = await caught(client.getCurrentTimer(KEY));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ path: '/api/timer/current' });
  });

  it('throws UnexpectedResponseError for a 200 that is not JSON', async () => {
    const { client } = server(() => new Response('<html>hello</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    expect(await caught(client.listProjects(KEY))).toBeInstanceOf(UnexpectedResponseError);
  });

  it('throws UnexpectedResponseError when stop answers without an entry', async () => {
    const { client } = server(() => json({ ok: true }));
    expect(await caught(client.stopTimer(KEY))).toBeInstanceOf(UnexpectedResponseError);
  });
});

describe('createClockMeClient: failures', () => {
  it('throws KeyRejectedError for a 401 with ClockMe\'s JSON error', async () => {
    const { client } = server(() => json({ error: 'key_revoked', message: 'This key was revoked.' }, 401));
    const error = await caught(client.getCurrentTimer(KEY));
    expect(error).toBeInstanceOf(KeyRejectedError);
    expect(error).toMatchObject({ code: 'key_revoked' });
  });

  it('throws UnreachableError proxy for a 401 HTML page', async () => {
    const { client } = server(() => new Response('<html>Log in to the Wi-Fi</html>', { status: 401, headers: { 'Content-Type': 'text/html' } }));
    expect(await caught(client.getCurrentTimer(KEY))).toMatchObject({ name: 'UnreachableError', cause: 'proxy', status: 401 });
  });

  it('throws UnreachableError proxy for a 401 JSON answer whose final URL is another origin', async () => {
    const { client } = server(() => {
      const response = json({ error: 'invalid_key' }, 401);
      Object.defineProperty(response, 'url', { value: 'https://portal.example/login' });
      return response;
    });
    expect(await caught(client.getCurrentTimer(KEY))).toMatchObject({ name: 'UnreachableError', cause: 'proxy' });
  });

  it('throws ApiError with the code and Retry-After for a 429', async () => {
    const { client } = server(() => json({ error: 'rate_limited', message: 'Slow down.' }, 429, { 'Retry-After': '12' }));
    const error = await caught(client.startTimer(KEY, { projectId: 'prj_1' }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfterMs: 12_000 });
  });

  it('throws UnreachableError server for a 500', async () => {
    const { client } = server(() => json({ error: 'internal_error' }, 500));
    expect(await caught(client.stopTimer(KEY))).toMatchObject({ name: 'UnreachableError', cause: 'server', status: 500 });
  });

  it('throws UnreachableError network when fetch rejects with a TypeError (offline, DNS, redirect refused)', async () => {
    const client = createClockMeClient({ origin: ORIGIN, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const error = await caught(client.getCurrentTimer(KEY));
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error).toMatchObject({ cause: 'network' });
  });

  it.each(['TimeoutError', 'AbortError'])('throws UnreachableError timeout when fetch rejects with a DOMException %s', async (name) => {
    const client = createClockMeClient({ origin: ORIGIN, fetch: () => Promise.reject(new DOMException('signal timed out', name)) });
    const error = await caught(client.getCurrentTimer(KEY));
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error).toMatchObject({ cause: 'timeout' });
  });

  it('lets an unexpected error (a bug) through unchanged', async () => {
    const bug = new RangeError('bug');
    const client = createClockMeClient({ origin: ORIGIN, fetch: () => Promise.reject(bug) });
    expect(await caught(client.getCurrentTimer(KEY))).toBe(bug);
  });

  it('gives up with UnreachableError timeout when the server does not answer within timeoutMs', async () => {
    const hangingFetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        if (!signal) return; // without a signal this would hang forever and the test would time out
        signal.addEventListener('abort', () => reject(signal.reason));
      });
    const client = createClockMeClient({ origin: ORIGIN, fetch: hangingFetch, timeoutMs: 20 });
    const error = await caught(client.getCurrentTimer(KEY));
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error).toMatchObject({ cause: 'timeout' });
  });

  it('throws UnreachableError network when the body cannot be read', async () => {
    const { client } = server(() => {
      const response = new Response('{}', { status: 200 });
      Object.defineProperty(response, 'text', { value: () => Promise.reject(new TypeError('network error')) });
      return response;
    });
    expect(await caught(client.getCurrentTimer(KEY))).toMatchObject({ name: 'UnreachableError', cause: 'network' });
  });

  it('never puts the key into an error message', async () => {
    const answers = [
      json({ error: 'invalid_key', message: 'bad' }, 401),
      json({ error: 'rate_limited' }, 429),
      json({ nope: true }),
      new Response('<html/>', { status: 502 }),
    ];
    for (const answer of answers) {
      const { client } = server(() => answer);
      const error = (await caught(client.getCurrentTimer(KEY))) as Error;
      expect(error.message).not.toContain(KEY);
      expect(error.message).not.toContain(KEY.slice(8));
    }
  });
});

describe('scope probes', () => {
  const forbidden = (scope: string) => json({ error: 'insufficient_scope', message: 'No.', requiredScope: scope }, 403);
  const invalid = () => json({ error: 'invalid_request', message: 'Bad body.', issues: [] }, 400);

  it.each([
    ['read', forbidden('write'), 'read'],
    ['write (the entry is not found)', json({ error: 'not_found', message: 'No such entry.' }, 404), 'write'],
    ['write (the empty body is invalid)', invalid(), 'write'],
    ['unknown', json({ error: 'conflict', message: '?' }, 409), null],
  ] as const)('probeWriteScope learns %s from a PATCH that cannot change anything', async (_name, answer, scope) => {
    const { sent, client } = server(() => answer.clone());
    expect(await client.probeWriteScope(KEY)).toBe(scope);
    expect(sent.map((request) => [request.init.method, new URL(request.url).pathname, request.init.body])).toEqual([['PATCH', '/api/entries/clockme-extension-scope-probe', '{}']]);
  });

  it.each([
    ['write', forbidden('full'), 'write'],
    ['full', invalid(), 'full'],
  ] as const)('probeFullScope learns %s from a POST /api/projects with an empty body', async (_name, answer, scope) => {
    const { sent, client } = server(() => answer.clone());
    expect(await client.probeFullScope(KEY)).toBe(scope);
    expect(sent.map((request) => [request.init.method, new URL(request.url).pathname, request.init.body])).toEqual([['POST', '/api/projects', '{}']]);
  });

  it('fails like any request when ClockMe cannot be reached', async () => {
    const { client } = server(() => new Response('down', { status: 503 }));
    expect(await caught(client.probeWriteScope(KEY))).toBeInstanceOf(UnreachableError);
  });
});
