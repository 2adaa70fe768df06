import { Mutex } from 'async-mutex';
import type { ClockMeClient } from '../clockme/client';
import { ApiError } from '../clockme/errors';
import { timerSchema, type Entry, type Project } from '../clockme/schemas';
import type { Reply, StartRequest } from '../messaging';
import { lastProjectIdItem, projectsItem, settingsItem, timerItem, type TimerSnapshot } from '../storage';
import { storeIfKeyIs, type StoredValue } from './key-store';
import type { WithKey } from './with-key';

/** A reply carrying the timer state ClockMe reported. */
export type SnapshotReply = Reply<{ snapshot: TimerSnapshot }>;
/** A stop's reply: the entry, or `null` when the timer had already been stopped elsewhere. */
export type StopReply = Reply<{ entry: Entry | null; snapshot: TimerSnapshot }>;

/** The timer operations with a given key, without the key lifecycle around them. */
export interface TimerOps {
  start(key: string, request: StartRequest): Promise<SnapshotReply>;
  stop(key: string): Promise<StopReply>;
  /** Reads ClockMe first, so a timer started elsewhere is stopped rather than duplicated. */
  toggle(key: string): Promise<SnapshotReply | StopReply>;
}

/** The timer operations: bare ({@link TimerOps}) and as message handlers with the stored key. */
export interface TimerActions {
  ops: TimerOps;
  /** Runs `work` after every start, stop and toggle in progress: one at a time. */
  serialise<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Reads the timer from ClockMe and stores it, unless a start or stop ran meanwhile (its
   * answer is newer): a read never waits for an action and never paints a stale state over it.
   */
  refreshTimer(): Promise<SnapshotReply>;
  listProjects(): Promise<Reply<{ projects: Project[] }>>;
  startTimer(request: StartRequest): Promise<SnapshotReply>;
  stopTimer(): Promise<StopReply>;
  /**
   * Stops the running timer, or starts one on the project chosen for shortcuts in the options
   * page, else the last used project, else the first project.
   */
  toggle(): Promise<SnapshotReply | StopReply>;
}

/**
 * Builds the timer actions over an API client. Each writes what ClockMe said to storage (unless
 * the key was replaced meanwhile) and replies `{ ok: true, … }` or `{ ok: false, error }`.
 */
export function createTimerActions(client: ClockMeClient, withKey: WithKey, now: () => number): TimerActions {
  const timerLock = new Mutex();
  /** Bumped when an action begins and when it ends; a read that saw another value is stale. */
  let generation = 0;
  let actionsRunning = 0;

  /** Stores what ClockMe said the timer is (plus `alsoStore`), unless `key` was replaced meanwhile. */
  async function saveSnapshot(key: string, timer: TimerSnapshot['timer'], othersRunning = 0, alsoStore: StoredValue[] = []): Promise<TimerSnapshot> {
    const snapshot = { timer, othersRunning, syncedAt: now() };
    await storeIfKeyIs(key, [{ item: timerItem, value: snapshot }, ...alsoStore]);
    return snapshot;
  }

  async function start(key: string, request: StartRequest): Promise<SnapshotReply> {
    try {
      const timer = await client.startTimer(key, { projectId: request.projectId, description: request.description.trim() || null });
      return { ok: true, snapshot: await saveSnapshot(key, timer, 0, [{ item: lastProjectIdItem, value: request.projectId }]) };
    } catch (error) {
      // Started elsewhere meanwhile: show that timer rather than a stale idle state.
      if (error instanceof ApiError && error.code === 'timer_already_running') {
        const running = timerSchema.safeParse(error.body.timer);
        if (running.success) await saveSnapshot(key, running.data);
      }
      throw error;
    }
  }

  async function stop(key: string): Promise<StopReply> {
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

  /** Starts on the shortcut's project, else the last used one; if ClockMe no longer has it, on the first project. */
  async function startOnDefaultProject(key: string): Promise<SnapshotReply> {
    const preferred = (await settingsItem.getValue()).shortcutProjectId ?? (await lastProjectIdItem.getValue());
    if (preferred) {
      try {
        return await start(key, { projectId: preferred, description: '' });
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'project_not_found')) throw error;
      }
    }
    const projectId = await firstProjectId(key);
    if (!projectId) return { ok: false, error: { code: 'rejected', message: 'There is no ClockMe project to start a timer on. Create a project in ClockMe first.' } };
    return start(key, { projectId, description: '' });
  }

  async function toggle(key: string): Promise<SnapshotReply | StopReply> {
    const current = await client.getCurrentTimer(key);
    return current.timer ? stop(key) : startOnDefaultProject(key);
  }

  async function serialise<T>(work: () => Promise<T>): Promise<T> {
    actionsRunning += 1;
    generation += 1;
    try {
      return await timerLock.runExclusive(work);
    } finally {
      actionsRunning -= 1;
      generation += 1;
    }
  }

  return {
    ops: { start, stop, toggle },
    serialise,
    refreshTimer: () =>
      withKey(async (key) => {
        const seen = generation;
        const current = await client.getCurrentTimer(key);
        if (seen !== generation || actionsRunning > 0) {
          // A start or stop ran meanwhile: its answer is newer than this read.
          const stored = await timerItem.getValue();
          return { ok: true, snapshot: stored ?? { timer: current.timer, othersRunning: current.othersRunning, syncedAt: now() } };
        }
        return { ok: true, snapshot: await saveSnapshot(key, current.timer, current.othersRunning) };
      }),
    listProjects: () =>
      withKey(async (key) => {
        const projects = await client.listProjects(key);
        await storeIfKeyIs(key, [{ item: projectsItem, value: { projects, syncedAt: now() } }]);
        return { ok: true, projects };
      }),
    startTimer: (request) => {
      const at = now();
      return serialise(() => withKey((key) => start(key, request), 'start', { kind: 'start', at, ...request }));
    },
    stopTimer: () => {
      const at = now();
      return serialise(() => withKey(stop, 'stop', { kind: 'stop', at }));
    },
    toggle: () => {
      const at = now();
      return serialise(() => withKey(toggle, 'stored-key', { kind: 'toggle', at }));
    },
  };
}
