import type { ClockMeClient, EntryPatch, NewEntryInput, StartTimerInput } from '../../clockme/client';
import type { CurrentTimer } from '../../clockme/current-timer';
import { ApiError, KeyRejectedError, UnreachableError } from '../../clockme/errors';
import type { KeyScope } from '../../clockme/scope';
import type { Entry, Project, Timer, Workspace } from '../../clockme/schemas';

/** The one key the simulated account accepts. */
export const SIM_KEY = 'ck_live_SIMsimSIMsimSIMsimSIMsimSIMs1m1';

export const SIM_PROJECTS: Project[] = [
  { id: 'prj_website', name: 'Website', color: null, hourlyRate: null, archived: false },
  { id: 'prj_app', name: 'Mobile app', color: null, hourlyRate: null, archived: false },
  { id: 'prj_docs', name: 'Docs', color: null, hourlyRate: null, archived: false },
];

/** How long the real client waits before a request counts as timed out (REQUEST_TIMEOUT_MS). */
export const SIM_TIMEOUT_MS = 15_000;

/**
 * What happens to one request on its way to ClockMe and back.
 * - `ok`: ClockMe acts and answers.
 * - `unreachable`: the connection fails before ClockMe sees the request.
 * - `lost`: ClockMe acts (commits), then the answer is lost; the client times out 15 s later.
 * - `rateLimited`: ClockMe answers 429 without acting (with `Retry-After` when `retryAfterMs` is set).
 * - `slow`: ClockMe acts at once; the answer arrives only when the test calls `release()`.
 * - `killBefore`: the service worker dies while the request is on its way: never acted on, never answered.
 * - `killAfter`: ClockMe acts (commits), then the service worker dies before the answer arrives.
 */
export type Fault =
  | { kind: 'ok' }
  | { kind: 'unreachable' }
  | { kind: 'lost' }
  | { kind: 'rateLimited'; retryAfterMs?: number }
  | { kind: 'slow' }
  | { kind: 'killBefore' }
  | { kind: 'killAfter' };

/** A clock the test moves by hand (epoch ms). */
export interface VirtualClock {
  now: number;
}

/** One request ClockMe received (or that failed on the way), for diagnostics. */
export interface SimRequest {
  at: number;
  method: string;
  idempotencyKey?: string;
  fault: Fault['kind'];
  /** What ClockMe did: `acted`, `replayed` (a repeated Idempotency-Key), an error code, or `-` (never reached). */
  result?: string;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

interface Hold {
  release: () => void;
  /** The worker that waits for this answer was killed: it is never answered. */
  dead: boolean;
}

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

/**
 * A simulated ClockMe account for property tests of the outbox: projects, at most one running
 * timer, stopped and logged entries, and `Idempotency-Key` honoured on mutations (a repeated key
 * returns the first answer without acting again; a key reused for a different request is refused
 * with 422, like Stripe). Every request first takes the next {@link Fault} from `faults` (once
 * `healed`, every request is `ok`). Times come from the shared {@link VirtualClock}.
 */
export class SimClockMe implements ClockMeClient {
  running: Timer | null = null;
  /** Entries in the order ClockMe created them. */
  readonly entries: Entry[] = [];
  readonly projects: Project[] = [...SIM_PROJECTS];
  readonly requests: SimRequest[] = [];
  /** Idempotency keys of mutations ClockMe acted on (committed). */
  readonly acted = new Set<string>();
  /** Things a well-behaved client must never do (e.g. a request before `Retry-After` elapsed). */
  readonly violations: string[] = [];
  /** Timers ClockMe started, by id (to count duplicates). */
  readonly started: Timer[] = [];
  healed = false;
  /** Set when a `kill*` fault happened; the test restarts the worker and clears it. */
  killed = false;

  private readonly answers = new Map<string, { fingerprint: string; outcome: Outcome }>();
  private notBefore = 0;
  private holds: Hold[] = [];
  private holdListeners: (() => void)[] = [];
  private nextId = 1;

  constructor(
    private readonly clock: VirtualClock,
    private readonly faults: Fault[],
  ) {}

  /** Whether an answer is held that the test can still release. */
  get liveHold(): boolean {
    return this.holds.some((hold) => !hold.dead);
  }

  /** Resolves when the next request is held (slow or killed). */
  nextHold(): Promise<void> {
    return new Promise((resolve) => this.holdListeners.push(resolve));
  }

  /** Lets every held (live) answer arrive now. */
  releaseAll(): void {
    const live = this.holds.filter((hold) => !hold.dead);
    this.holds = this.holds.filter((hold) => hold.dead);
    for (const hold of live) hold.release();
  }

  /** The worker died: answers still held never arrive. */
  abandonHolds(): void {
    for (const hold of this.holds) hold.dead = true;
  }

  heal(): void {
    this.healed = true;
  }

  private hold(dead: boolean): Promise<void> {
    const held = new Promise<void>((release) => this.holds.push({ release, dead }));
    const listeners = this.holdListeners;
    this.holdListeners = [];
    for (const listener of listeners) listener();
    return held;
  }

  private id(prefix: string): string {
    return `${prefix}_${this.nextId++}`;
  }

  /** Runs one request through its fault, the key check, idempotency and `act`. */
  private async request<T>(method: string, key: string, idempotencyKey: string | undefined, fingerprint: unknown, act: () => T): Promise<T> {
    await Promise.resolve();
    const at = this.clock.now;
    const fault: Fault = this.healed ? { kind: 'ok' } : (this.faults.shift() ?? { kind: 'ok' });
    const record: SimRequest = { at, method, ...(idempotencyKey ? { idempotencyKey } : {}), fault: fault.kind, result: '-' };
    this.requests.push(record);
    if (at < this.notBefore) this.violations.push(`${method} at +${at - this.notBefore} ms, before Retry-After elapsed`);
    switch (fault.kind) {
      case 'unreachable':
        throw new UnreachableError('network');
      case 'rateLimited':
        if (fault.retryAfterMs !== undefined) this.notBefore = Math.max(this.notBefore, at + fault.retryAfterMs);
        throw new ApiError(429, 'rate_limited', 'Slow down', { error: 'rate_limited' }, fault.retryAfterMs);
      case 'killBefore':
        this.killed = true;
        await this.hold(true);
        return never();
      default:
        break;
    }
    if (key !== SIM_KEY) throw new KeyRejectedError('invalid_key', 'Unknown key.');
    const replay = idempotencyKey !== undefined && this.answers.has(idempotencyKey);
    const outcome = this.perform(method, idempotencyKey, fingerprint, act);
    record.result = !outcome.ok ? (outcome.error instanceof ApiError ? `${outcome.error.status} ${outcome.error.code}` : String(outcome.error)) : replay ? 'replayed' : 'acted';
    const answer = (): T => {
      if (!outcome.ok) throw outcome.error;
      return structuredClone(outcome.value) as T;
    };
    switch (fault.kind) {
      case 'lost':
        this.clock.now += SIM_TIMEOUT_MS;
        throw new UnreachableError('timeout');
      case 'killAfter':
        this.killed = true;
        await this.hold(true);
        return never();
      case 'slow':
        await this.hold(false);
        return answer();
      default:
        return answer();
    }
  }

  /** Acts once per idempotency key; a repeat gets the first answer. Errors (nothing done) are not remembered. */
  private perform(method: string, idempotencyKey: string | undefined, body: unknown, act: () => unknown): Outcome {
    const fingerprint = JSON.stringify([method, body]);
    if (idempotencyKey) {
      const first = this.answers.get(idempotencyKey);
      if (first && first.fingerprint !== fingerprint) {
        return { ok: false, error: new ApiError(422, 'idempotency_key_reused', 'This Idempotency-Key was used for another request.', { error: 'idempotency_key_reused' }) };
      }
      if (first) return first.outcome;
    }
    try {
      const value = structuredClone(act());
      const outcome: Outcome = { ok: true, value };
      if (idempotencyKey) {
        this.answers.set(idempotencyKey, { fingerprint, outcome });
        this.acted.add(idempotencyKey);
      }
      return outcome;
    } catch (error) {
      return { ok: false, error };
    }
  }

  private project(id: string): Project {
    const project = this.projects.find((candidate) => candidate.id === id);
    if (!project) throw new ApiError(404, 'project_not_found', 'No such project.', { error: 'project_not_found' });
    return project;
  }

  private static checkTimes(startedAt: string, endedAt: string): void {
    if (!(Date.parse(endedAt) >= Date.parse(startedAt))) {
      throw new ApiError(400, 'validation_failed', 'endedAt must not be before startedAt.', { error: 'validation_failed' });
    }
  }

  private static duration(startedAt: string, endedAt: string): number {
    return Math.max(0, Math.floor((Date.parse(endedAt) - Date.parse(startedAt)) / 1000));
  }

  getCurrentTimer(key: string): Promise<CurrentTimer> {
    return this.request('getCurrentTimer', key, undefined, null, () => ({ timer: structuredClone(this.running), othersRunning: 0 }));
  }

  startTimer(key: string, input: StartTimerInput, idempotencyKey?: string): Promise<Timer> {
    return this.request('startTimer', key, idempotencyKey, input, () => {
      if (this.running) {
        throw new ApiError(409, 'timer_already_running', 'A timer is already running.', { error: 'timer_already_running', timer: structuredClone(this.running) });
      }
      const project = this.project(input.projectId);
      this.running = { id: this.id('tmr'), projectId: project.id, projectName: project.name, description: input.description ?? null, startedAt: new Date(this.clock.now).toISOString() };
      this.started.push(this.running);
      return this.running;
    });
  }

  stopTimer(key: string, idempotencyKey?: string): Promise<Entry> {
    return this.request('stopTimer', key, idempotencyKey, null, () => {
      const timer = this.running;
      if (!timer) throw new ApiError(409, 'no_running_timer', 'No timer is running.', { error: 'no_running_timer' });
      const endedAt = new Date(this.clock.now).toISOString();
      const entry: Entry = { ...timer, id: this.id('ent'), endedAt, durationSeconds: SimClockMe.duration(timer.startedAt, endedAt) };
      this.running = null;
      this.entries.push(entry);
      return entry;
    });
  }

  createEntry(key: string, input: NewEntryInput, idempotencyKey?: string): Promise<Entry> {
    return this.request('createEntry', key, idempotencyKey, input, () => {
      const project = this.project(input.projectId);
      SimClockMe.checkTimes(input.startedAt, input.endedAt);
      const entry: Entry = {
        id: this.id('ent'),
        projectId: project.id,
        projectName: project.name,
        description: input.description ?? null,
        startedAt: input.startedAt,
        endedAt: input.endedAt,
        durationSeconds: SimClockMe.duration(input.startedAt, input.endedAt),
      };
      this.entries.push(entry);
      return entry;
    });
  }

  editEntry(key: string, id: string, patch: EntryPatch, idempotencyKey?: string): Promise<Entry> {
    return this.request('editEntry', key, idempotencyKey, { id, patch }, () => {
      const index = this.entries.findIndex((entry) => entry.id === id);
      const entry = this.entries[index];
      if (!entry) throw new ApiError(404, 'not_found', 'No such entry.', { error: 'not_found' });
      const edited: Entry = { ...entry, ...patch, description: patch.description === undefined ? entry.description : patch.description };
      SimClockMe.checkTimes(edited.startedAt, edited.endedAt);
      edited.durationSeconds = SimClockMe.duration(edited.startedAt, edited.endedAt);
      this.entries[index] = edited;
      return edited;
    });
  }

  listProjects(key: string): Promise<Project[]> {
    return this.request('listProjects', key, undefined, null, () => this.projects);
  }

  listWorkspaces(): Promise<Workspace[]> {
    return Promise.reject(new Error('The simulated ClockMe does not list workspaces.'));
  }

  probeWriteScope(): Promise<KeyScope | null> {
    return Promise.reject(new Error('The simulated ClockMe does not probe scopes.'));
  }

  probeFullScope(): Promise<KeyScope | null> {
    return Promise.reject(new Error('The simulated ClockMe does not probe scopes.'));
  }

  heartbeat(): Promise<{ timer: Timer; lastActivityAt: string }> {
    return Promise.reject(new Error('The simulated ClockMe does not take heartbeats.'));
  }

  createProject(): Promise<Project> {
    return Promise.reject(new Error('The simulated ClockMe does not create projects.'));
  }
}
