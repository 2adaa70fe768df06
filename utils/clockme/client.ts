import type { z } from 'zod/mini';
import { classifyFailure } from './classify';
import { pickCurrentTimer, type CurrentTimer } from './current-timer';
import { ApiError, UnexpectedResponseError, UnreachableError } from './errors';
import type { KeyScope } from './scope';
import {
  currentTimerResponseSchema,
  entryResponseSchema,
  heartbeatResponseSchema,
  projectResponseSchema,
  projectsResponseSchema,
  startTimerResponseSchema,
  stopTimerResponseSchema,
  workspacesResponseSchema,
  type Entry,
  type Project,
  type Timer,
  type Workspace,
} from './schemas';

/** How long one request may take before it counts as unreachable: 15 s. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** Settings of {@link createClockMeClient}. */
export interface ClockMeClientOptions {
  /** API origin, e.g. `https://clockme.co`; every path is appended to it. */
  origin: string;
  /** Injected for tests; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Per-request timeout in ms; default {@link REQUEST_TIMEOUT_MS}. */
  timeoutMs?: number;
  /**
   * Called whenever ClockMe itself answered (any 2xx, or its JSON error): `at` when the answer
   * arrived and `sentAt` when the request left (ms, this computer's clock), `serverDate` the
   * answer's `Date` header (HTTP-date, 1 s resolution) or `null`, for the clock-skew estimate.
   */
  onAnswer?: (answer: ServerAnswer) => void;
}

/** When an answer from ClockMe arrived; see {@link ClockMeClientOptions.onAnswer}. */
export interface ServerAnswer {
  at: number;
  sentAt: number;
  serverDate: string | null;
}

/** Fields of a time entry that can be edited. Times are ISO-8601 UTC instants. */
export interface EntryPatch {
  projectId?: string;
  description?: string | null;
  startedAt?: string;
  endedAt?: string;
}

/** What a timer starts on: a project id, and an optional description. [published] path; [assumed] `description`. */
export interface StartTimerInput {
  projectId: string;
  description?: string | null;
}

/** A completed entry to log. Times are ISO-8601 UTC instants. [published] path; [assumed] body. */
export interface NewEntryInput {
  projectId: string;
  description?: string | null;
  startedAt: string;
  endedAt: string;
}

/** The ClockMe REST API, one method per endpoint the extension uses. Every method takes the API key it must send. */
export interface ClockMeClient {
  /** `GET /api/timer/current` (read scope). */
  getCurrentTimer(key: string): Promise<CurrentTimer>;
  /** `POST /api/timer/start` (write scope) → the running timer. `idempotencyKey` is sent as `Idempotency-Key`. */
  startTimer(key: string, input: StartTimerInput, idempotencyKey?: string): Promise<Timer>;
  /** `POST /api/timer/stop` (write scope), empty body → the stopped entry. */
  stopTimer(key: string, idempotencyKey?: string): Promise<Entry>;
  /** `POST /api/entries` (write scope): logs a completed entry → the entry. */
  createEntry(key: string, input: NewEntryInput, idempotencyKey?: string): Promise<Entry>;
  /** `POST /api/timer/heartbeat` (write scope [assumed]), no body → the running timer and ClockMe's last activity (ISO). [published] path; [assumed] method and shape. */
  heartbeat(key: string): Promise<{ timer: Timer; lastActivityAt: string }>;
  /** `POST /api/projects` (full scope) with `{ name }` → the new project. [published] path and scope; [assumed] shape. */
  createProject(key: string, name: string, idempotencyKey?: string): Promise<Project>;
  /** `GET /api/projects` (read scope) → active projects. */
  listProjects(key: string): Promise<Project[]>;
  /** `GET /api/workspaces` (read scope) → the workspaces of the key's account. */
  listWorkspaces(key: string): Promise<Workspace[]>;
  /** `PATCH /api/entries/{id}` (write scope) → the edited entry. */
  editEntry(key: string, id: string, patch: EntryPatch, idempotencyKey?: string): Promise<Entry>;
  /**
   * Learns, without side effects, whether the key may write: `PATCH /api/entries/{id}` on an id
   * that cannot exist, with an empty body. `403 insufficient_scope` → `read`; `404`/`400` (the
   * scope check passed) → `write` (at least). Any other answer → `null` (unknown).
   * [assumed] that ClockMe checks the scope before looking the entry up, as the sandbox does.
   */
  probeWriteScope(key: string): Promise<KeyScope | null>;
  /**
   * Learns, without side effects, whether a key that may write is Full: `POST /api/projects`
   * with an empty body, which can never create a project. `403 insufficient_scope` → `write`;
   * `400` (the scope check passed) → `full`. Any other answer → `null` (unknown).
   * [assumed] that ClockMe checks the scope before the body, as the sandbox does.
   */
  probeFullScope(key: string): Promise<KeyScope | null>;
}

/** The entry id the scope probe edits; no real entry has it. [assumed] */
export const SCOPE_PROBE_ENTRY_ID = 'clockme-extension-scope-probe';

/**
 * Builds the API client. Each request sends `Authorization: Bearer <key>` to `origin` only, with
 * `redirect: "error"` (a redirect never carries the key elsewhere), `cache: "no-store"` (Chrome's
 * HTTP cache serialises identical GETs, so one hung request would block verifying a new key) and a
 * timeout.
 *
 * Methods throw {@link KeyRejectedError}, {@link UnreachableError}, {@link ApiError} or
 * {@link UnexpectedResponseError}; nothing else on purpose.
 */
export function createClockMeClient(options: ClockMeClientOptions): ClockMeClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;

  async function request<S extends z.ZodMiniType>(key: string, method: string, path: string, schema: S, body?: unknown, idempotencyKey?: string): Promise<z.output<S>> {
    const url = `${options.origin}${path}`;
    const headers: Record<string, string> = { Authorization: `Bearer ${key}`, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    // [assumed] ClockMe honours Idempotency-Key on mutations (the contract says the real API may ignore it).
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    let response: Response;
    const sentAt = Date.now();
    const answered = (res: Response) => options.onAnswer?.({ at: Date.now(), sentAt, serverDate: res.headers.get('Date') });
    try {
      response = await doFetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: 'error',
        cache: 'no-store',
        credentials: 'omit',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) throw new UnreachableError('timeout');
      if (error instanceof TypeError) throw new UnreachableError('network');
      throw error;
    }
    const json = await readJson(response);
    if (!response.ok) {
      const failure = classifyFailure({
        status: response.status,
        origin: response.url ? new URL(response.url).origin : options.origin,
        apiOrigin: options.origin,
        json,
        retryAfter: response.headers.get('Retry-After'),
      });
      if (!(failure instanceof UnreachableError)) answered(response);
      throw failure;
    }
    answered(response);
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new UnexpectedResponseError(path, parsed.error.message);
    return parsed.data;
  }

  /** What a probe that cannot succeed says: `passed` when ClockMe got past the scope check, `refused` on `403 insufficient_scope`. */
  async function scopeFrom(send: () => Promise<unknown>, passed: KeyScope, refused: KeyScope): Promise<KeyScope | null> {
    try {
      await send();
      return null; // it succeeded after all (an entry with that id exists): nothing learned
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 403 && error.code === 'insufficient_scope') return refused;
      return error.status === 404 || error.status === 400 ? passed : null;
    }
  }

  return {
    async getCurrentTimer(key) {
      return pickCurrentTimer(await request(key, 'GET', '/api/timer/current', currentTimerResponseSchema));
    },
    async startTimer(key, input, idempotencyKey) {
      const body = { projectId: input.projectId, ...(input.description ? { description: input.description } : {}) };
      return (await request(key, 'POST', '/api/timer/start', startTimerResponseSchema, body, idempotencyKey)).timer;
    },
    async stopTimer(key, idempotencyKey) {
      return (await request(key, 'POST', '/api/timer/stop', stopTimerResponseSchema, undefined, idempotencyKey)).entry;
    },
    async createEntry(key, input, idempotencyKey) {
      const body = { projectId: input.projectId, startedAt: input.startedAt, endedAt: input.endedAt, ...(input.description ? { description: input.description } : {}) };
      return (await request(key, 'POST', '/api/entries', entryResponseSchema, body, idempotencyKey)).entry;
    },
    async heartbeat(key) {
      return request(key, 'POST', '/api/timer/heartbeat', heartbeatResponseSchema);
    },
    async createProject(key, name, idempotencyKey) {
      return (await request(key, 'POST', '/api/projects', projectResponseSchema, { name }, idempotencyKey)).project;
    },
    async listProjects(key) {
      return (await request(key, 'GET', '/api/projects', projectsResponseSchema)).projects;
    },
    async listWorkspaces(key) {
      return (await request(key, 'GET', '/api/workspaces', workspacesResponseSchema)).workspaces;
    },
    async editEntry(key, id, patch, idempotencyKey) {
      return (await request(key, 'PATCH', `/api/entries/${encodeURIComponent(id)}`, entryResponseSchema, patch, idempotencyKey)).entry;
    },
    probeWriteScope(key) {
      return scopeFrom(() => request(key, 'PATCH', `/api/entries/${SCOPE_PROBE_ENTRY_ID}`, entryResponseSchema, {}), 'write', 'read');
    },
    probeFullScope(key) {
      // An empty body can never create a project: a 400 only says the Full scope check passed.
      return scopeFrom(() => request(key, 'POST', '/api/projects', projectResponseSchema, {}), 'full', 'write');
    },
  };
}

/**
 * The body as JSON, or `undefined` when it is empty or not JSON (e.g. a proxy's HTML page).
 * @throws UnreachableError when the body cannot be read (connection dropped, timeout).
 */
async function readJson(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    // The timeout fired, or the connection dropped, while the body was arriving.
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new UnreachableError(timedOut ? 'timeout' : 'network', response.status);
  }
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
