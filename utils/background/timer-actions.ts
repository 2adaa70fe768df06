import { Mutex } from './mutex';
import type { ClockMeClient } from '../clockme/client';
import { ApiError, UnreachableError } from '../clockme/errors';
import type { Entry, Project } from '../clockme/schemas';
import { isFresh, type Freshness } from '../freshness';
import { t } from '../i18n';
import type { IdleChoice, LogTimeRequest, Reply, StartRequest, UserError } from '../messaging';
import { outboxItem, projectsItem, timerItem, type TimerSnapshot } from '../storage';
import { sendHeartbeat, type HeartbeatReply, type StoreFresh } from './heartbeat-send';
import { createIdleAnswer, type IdleAnswerReply } from './idle-answer';
import { storeIfKeyIs } from './key-store';
import type { Outbox } from '../outbox/ops';
import type { OutboxRunner } from './outbox';
import { createDirectTimerOps } from './direct-timer-ops';
import { readPersonView } from './person-view';
import { createQueuedActions } from './queued-actions';
import { BudgetExceededError } from './request-budget';
import { chooseShortcutProject, NO_PROJECT } from './shortcut-project';
import type { WithKey } from './with-key';
import { readItem } from './mirror';

/**
 * A reply carrying the timer as the person sees it (ClockMe's, with waiting changes applied).
 * `queued`: the change is kept in the outbox and will be sent when ClockMe can be reached.
 */
export type SnapshotReply = Reply<{ snapshot: TimerSnapshot; queued?: boolean }>;
/** A stop's reply: the entry, or `null` when the timer had already been stopped elsewhere (or the stop is queued). */
export type StopReply = Reply<{ entry: Entry | null; snapshot: TimerSnapshot; queued?: boolean }>;

/** A switch's reply: `unchanged` when that project and description were already running (nothing sent). */
export type SwitchReply = Reply<{ snapshot: TimerSnapshot; queued?: boolean; unchanged?: boolean }>;

/** A logged entry's reply: the entry once ClockMe has it (`null` while it waits in the outbox, `queued`). */
export type LogReply = Reply<{ entry: Entry | null; queued?: boolean }>;

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
   * With `freshness`, a stored timer read within that time (and nothing waiting) is the reply.
   */
  refreshTimer(freshness?: Freshness): Promise<SnapshotReply>;
  /** Lists projects from ClockMe and stores them; with `freshness`, a list stored within that time is the reply. */
  listProjects(freshness?: Freshness): Promise<Reply<{ projects: Project[] }>>;
  startTimer(request: StartRequest): Promise<SnapshotReply>;
  stopTimer(): Promise<StopReply>;
  /** Stops the running timer and starts `request` as one change (see `queueSwitch`). */
  switchTimer(request: StartRequest): Promise<SwitchReply>;
  /** Logs a completed entry (ms times) through the outbox. */
  logTime(request: LogTimeRequest): Promise<LogReply>;
  /** Creates a project (Full key) and adds it to the stored list; a blank name is refused without a request. */
  createProject(name: string): Promise<Reply<{ project: Project }>>;
  /**
   * Stops the running timer, or starts one on the project chosen for shortcuts in the options
   * page, else the last used project, else the first project.
   */
  toggle(): Promise<SnapshotReply | StopReply>;
  /** Sends a heartbeat with the stored key and stores the timer it reports (see `sendHeartbeat`). */
  heartbeat(): Promise<HeartbeatReply>;
  /** Answers the idle question (see `createIdleAnswer`); `stop` and `discard` need the stored key. */
  resolveIdle(choice: IdleChoice): Promise<IdleAnswerReply>;
}

/** A project name that is empty once trimmed: nothing is sent. */
const BLANK_PROJECT_NAME: UserError = { code: 'rejected', message: t('errors.blankProjectName') };

/**
 * Builds the timer actions over an API client. `now` is this computer's clock (ms); `clickNow`
 * times the person's clicks on ClockMe's clock (see `server-clock.ts`). Each writes what ClockMe said to storage (unless
 * the key was replaced meanwhile) and replies `{ ok: true, … }` or `{ ok: false, error }`.
 */
export function createTimerActions(client: ClockMeClient, withKey: WithKey, outbox: OutboxRunner, now: () => number, clickNow: () => Promise<number> = async () => now()): TimerActions {
  const timerLock = new Mutex();
  const { view, queueStart, queueStop, queueSwitch, queueLog, changes, submitAll } = createQueuedActions(outbox);

  const { saveSnapshot, ops } = createDirectTimerOps(client, now);

  /** Reads ClockMe's timer when nothing waits in the outbox (so a timer started elsewhere is known); a failure leaves the stored one. */
  async function readFirst(key: string): Promise<void> {
    if ((await readItem(outboxItem)).ops.length > 0) return;
    try {
      const current = await client.getCurrentTimer(key);
      await saveSnapshot(key, current.timer, current.othersRunning);
    } catch (error) {
      if (!(error instanceof ApiError || error instanceof BudgetExceededError || error instanceof UnreachableError)) throw error;
    }
  }

  /**
   * Queues a start on the shortcut's project (options page), else the last used one, else the
   * first project; a preferred project ClockMe no longer lists gives way to the first one.
   */
  async function startOnDefaultProjectQueued(key: string, at: number, stopIfRunning: boolean): Promise<SnapshotReply | StopReply> {
    const chosen = await chooseShortcutProject(() => client.listProjects(key).catch(() => []));
    if (!chosen) return { ok: false, error: NO_PROJECT };
    return queueStart({ projectId: chosen.projectId, projectName: chosen.projectName, description: '' }, at, stopIfRunning);
  }

  const serialise = <T>(work: () => Promise<T>) => timerLock.runExclusive(work);

  /**
   * Runs `read` (a request whose answer carries ClockMe's timer) and says whether a start, stop or
   * outbox change overtook it: then its answer is older than what is stored and must not be.
   */
  async function readGuarded<T>(read: () => Promise<T>): Promise<{ answer: T; waiting: Outbox; overtaken: boolean }> {
    const seen = changes.count;
    // The service worker's copy is a new object after any change (`mirror.ts`): the same object, nothing changed.
    const before = await readItem(outboxItem);
    const answer = await read();
    const waiting = await readItem(outboxItem);
    return { answer, waiting, overtaken: before !== waiting || seen !== changes.count || changes.running > 0 };
  }

  /** See {@link StoreFresh}: stored unless overtaken or changes wait (the same rule as `refreshTimer`'s). */
  const storeFresh: StoreFresh = async (key, read) => {
    const { answer, waiting, overtaken } = await readGuarded(read);
    if (waiting.ops.length > 0 || overtaken) return;
    await saveSnapshot(key, answer.timer, answer.othersRunning ?? (await readItem(timerItem))?.othersRunning ?? 0);
  };
  const answerIdle = createIdleAnswer({ submitAll, now, clickNow });

  return {
    ops,
    serialise,
    refreshTimer: (freshness) =>
      withKey(async (key) => {
        if (freshness) {
          // One read: with nothing waiting in the outbox, what the person sees is the stored timer as read (a waiting change needs the read to be sent).
          const seen = await readPersonView();
          if (seen.outbox.ops.length === 0 && isFresh(seen.snapshot.syncedAt, now(), freshness)) return { ok: true, snapshot: seen.snapshot };
        }
        const guarded = await readGuarded(() => client.getCurrentTimer(key)).catch((error: unknown) => {
          if (error instanceof BudgetExceededError) return null; // pacing: the stored state will do
          throw error;
        });
        if (!guarded) return { ok: true, snapshot: await view() };
        const { answer: current, waiting, overtaken } = guarded;
        if (waiting.ops.length > 0) {
          // ClockMe answered: it can be reached again, so what waits goes now. A change waiting in
          // (or just sent from) the outbox is newer than this read, so the read is not stored.
          await outbox.update((latest) => ({ ...latest, retryAt: 0, offline: null }));
          void outbox.drain();
        } else if (!overtaken) {
          await saveSnapshot(key, current.timer, current.othersRunning);
        }
        return { ok: true, snapshot: await view() };
      }),
    listProjects: (freshness) =>
      withKey(async (key) => {
        const stored = await readItem(projectsItem);
        if (freshness && stored && isFresh(stored.syncedAt, now(), freshness)) return { ok: true, projects: stored.projects };
        try {
          const projects = await client.listProjects(key);
          await storeIfKeyIs(key, [{ item: projectsItem, value: { projects, syncedAt: now() } }]);
          return { ok: true, projects };
        } catch (error) {
          if (error instanceof BudgetExceededError && stored) return { ok: true, projects: stored.projects };
          throw error;
        }
      }),
    startTimer: (request) => clickNow().then((at) => withKey(() => queueStart(request, at))),
    switchTimer: (request) => clickNow().then((at) => withKey(() => queueSwitch(request, at))),
    logTime: (request) => clickNow().then((at) => withKey(() => queueLog(request, at))),
    createProject: (name) =>
      withKey<{ project: Project }>(async (key) => {
        const trimmed = name.trim();
        if (!trimmed) return { ok: false, error: BLANK_PROJECT_NAME };
        const project = await client.createProject(key, trimmed, crypto.randomUUID());
        const stored = await readItem(projectsItem);
        const others = (stored?.projects ?? []).filter((other) => other.id !== project.id);
        // The list keeps its own read time: adding one project does not make the rest fresh.
        await storeIfKeyIs(key, [{ item: projectsItem, value: { projects: [...others, project], syncedAt: stored?.syncedAt ?? 0 } }]);
        return { ok: true, project };
      }),
    stopTimer: async () => {
      const at = await clickNow();
      return withKey(async (key) => {
        // Nothing known to run: ask ClockMe, since a timer may have started in another app (the stop shortcut).
        if (!(await view()).timer) await readFirst(key);
        return queueStop(at);
      });
    },
    toggle: async () => {
      const at = await clickNow();
      const seen = (await view()).timer;
      // withKey: a 401 clears the key and keeps the press as paused work.
      return withKey<Partial<{ snapshot: TimerSnapshot; entry: Entry | null; queued: boolean }>>(
        async (key) => {
          // Decided from what the person saw when pressing (no read first: the press costs one
          // request). A timer started elsewhere shows up as ClockMe's 409 to the start, which then stops it instead.
          if (seen) return queueStop(at);
          return startOnDefaultProjectQueued(key, at, true);
        },
        'stored-key',
        { kind: 'toggle', at, timerId: seen?.id ?? null },
      ) as Promise<SnapshotReply | StopReply>;
    },
    heartbeat: () => withKey((key) => sendHeartbeat(key, { client, storeFresh })),
    resolveIdle: (choice) => (choice === 'keep' ? answerIdle(choice) : withKey(() => answerIdle(choice))),
  };
}
