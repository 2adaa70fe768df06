import { Mutex } from 'async-mutex';
import { normalizeApiKey } from '../api-key/normalize';
import { maskApiKey } from '../api-key/mask';
import type { ClockMeClient } from '../clockme/client';
import { ApiError, KeyRejectedError } from '../clockme/errors';
import { timerSchema } from '../clockme/schemas';
import type { ProtocolMap, Reply, StartRequest } from '../messaging';
import { lastProjectIdItem, projectsItem, timerItem, type TimerSnapshot } from '../storage';
import { clearKeyIfCurrent, removeStoredKey, requireKey, storeIfKeyIs, storeVerifiedKey } from './key-store';
import { failure, type ErrorContext } from './user-errors';

type Replies = { [K in keyof ProtocolMap]: ReturnType<ProtocolMap[K]> };

/** The background's actions, one per message, plus `toggle` for the keyboard shortcut. */
export interface BackgroundActions {
  saveKey(rawKey: string): Promise<Replies['saveKey']>;
  removeKey(): Promise<Replies['removeKey']>;
  refreshTimer(): Promise<Replies['refreshTimer']>;
  listProjects(): Promise<Replies['listProjects']>;
  startTimer(request: StartRequest): Promise<Replies['startTimer']>;
  stopTimer(): Promise<Replies['stopTimer']>;
  /** Stops the running timer, or starts one on the last used project (else the first project). */
  toggle(): Promise<Reply<{ snapshot: TimerSnapshot }>>;
}

/**
 * Builds the actions over an API client. Each action reads the stored key, calls ClockMe, writes
 * what it learned to storage and replies `{ ok: true, … }` or `{ ok: false, error }`. A 401 from
 * ClockMe clears the key (compare-and-clear). Starts, stops and toggles run one at a time.
 */
export function createBackgroundActions(client: ClockMeClient, now: () => number = Date.now): BackgroundActions {
  const timerLock = new Mutex();

  /** Stores what ClockMe said the timer is, unless `key` was replaced meanwhile. */
  async function saveSnapshot(key: string, timer: TimerSnapshot['timer'], othersRunning = 0): Promise<TimerSnapshot> {
    const snapshot = { timer, othersRunning, syncedAt: now() };
    await storeIfKeyIs(key, [{ item: timerItem, value: snapshot }]);
    return snapshot;
  }

  /** Runs `call` with the stored key; a key rejection clears that key before the failure is returned. */
  async function withKey<T extends object>(call: (key: string) => Promise<Reply<T>>, context: ErrorContext = 'stored-key'): Promise<Reply<T>> {
    let key: string | undefined;
    try {
      key = await requireKey();
      return await call(key);
    } catch (error) {
      if (error instanceof KeyRejectedError && key && !(await clearKeyIfCurrent(key, now()))) {
        return { ok: false, error: { code: 'key_replaced', message: 'Your ClockMe key was replaced while this request was on its way, so nothing changed. Try again.' } };
      }
      return failure(error, context, key);
    }
  }

  async function start(key: string, request: StartRequest): Promise<Reply<{ snapshot: TimerSnapshot }>> {
    try {
      const timer = await client.startTimer(key, { projectId: request.projectId, description: request.description.trim() || null });
      await storeIfKeyIs(key, [{ item: lastProjectIdItem, value: request.projectId }]);
      return { ok: true, snapshot: await saveSnapshot(key, timer) };
    } catch (error) {
      // Started elsewhere meanwhile: show that timer rather than a stale idle state.
      if (error instanceof ApiError && error.code === 'timer_already_running') {
        const running = timerSchema.safeParse(error.body.timer);
        if (running.success) await saveSnapshot(key, running.data);
      }
      throw error;
    }
  }

  async function stop(key: string): Promise<Replies['stopTimer']> {
    try {
      const entry = await client.stopTimer(key);
      return { ok: true, entry, snapshot: await saveSnapshot(key, null) };
    } catch (error) {
      // Already stopped elsewhere: what the person wanted is true, so this is not a failure.
      if (error instanceof ApiError && error.code === 'no_running_timer') return { ok: true, entry: null, snapshot: await saveSnapshot(key, null) };
      throw error;
    }
  }

  /** The first active project: from the stored list, or listed from ClockMe when none is stored. */
  async function firstProjectId(key: string): Promise<string | null> {
    const stored = (await projectsItem.getValue())?.projects ?? [];
    const projects = stored.length > 0 ? stored : await client.listProjects(key);
    return projects[0]?.id ?? null;
  }

  /** Starts on the last used project; if ClockMe no longer has it, on the first project. */
  async function startOnDefaultProject(key: string): Promise<Reply<{ snapshot: TimerSnapshot }>> {
    const last = await lastProjectIdItem.getValue();
    if (last) {
      try {
        return await start(key, { projectId: last, description: '' });
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'project_not_found')) throw error;
      }
    }
    const projectId = await firstProjectId(key);
    if (!projectId) return { ok: false, error: { code: 'rejected', message: 'There is no ClockMe project to start a timer on. Create a project in ClockMe first.' } };
    return start(key, { projectId, description: '' });
  }

  return {
    async saveKey(rawKey) {
      const normalized = normalizeApiKey(rawKey);
      if (!normalized.ok) return { ok: false, error: { code: 'invalid_key', message: normalized.reason } };
      try {
        const current = await client.getCurrentTimer(normalized.key);
        await storeVerifiedKey(normalized.key, { ...current, syncedAt: now() }, now());
        return { ok: true, maskedKey: maskApiKey(normalized.key) };
      } catch (error) {
        return failure(error, 'verify');
      }
    },
    async removeKey() {
      await removeStoredKey();
      return { ok: true };
    },
    refreshTimer: () =>
      withKey(async (key) => {
        const current = await client.getCurrentTimer(key);
        return { ok: true, snapshot: await saveSnapshot(key, current.timer, current.othersRunning) };
      }),
    listProjects: () =>
      withKey(async (key) => {
        const projects = await client.listProjects(key);
        await storeIfKeyIs(key, [{ item: projectsItem, value: { projects, syncedAt: now() } }]);
        return { ok: true, projects };
      }),
    startTimer: (request) => timerLock.runExclusive(() => withKey((key) => start(key, request), 'start')),
    stopTimer: () => timerLock.runExclusive(() => withKey(stop, 'stop')),
    toggle: () =>
      timerLock.runExclusive(() =>
        withKey(async (key) => {
          // Read ClockMe first, so a timer started elsewhere is stopped rather than duplicated.
          const current = await client.getCurrentTimer(key);
          return current.timer ? stop(key) : startOnDefaultProject(key);
        }),
      ),
  };
}
