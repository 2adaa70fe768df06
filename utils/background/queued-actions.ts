import { KeyRejectedError } from '../clockme/errors';
import type { Failure, LogTimeRequest, StartRequest } from '../messaging';
import { personView } from '../outbox/ops';
import { outboxItem, projectsItem, timerItem, type TimerSnapshot } from '../storage';
import type { NewOp, OpOutcome, OutboxRunner } from './outbox';
import { readPersonView } from './person-view';
import type { LogReply, SnapshotReply, StopReply, SwitchReply } from './timer-actions';
import { failure } from './user-errors';
import { readItem } from './mirror';

/**
 * Starts and stops through the outbox: each is persisted with the click time, sent (or kept)
 * by the outbox, and answered once its first attempt is over. `changes` lets a read of ClockMe
 * tell whether a start or stop ran while it was on its way.
 */
export function createQueuedActions(outbox: OutboxRunner) {
  /** `count` is bumped when a start or stop begins and when it ends; `running` is how many are in progress. */
  const changes = { count: 0, running: 0 };

  /** The timer as the person sees it now: ClockMe's last known one with the waiting changes applied. */
  const view = async () => (await readPersonView()).snapshot;

  /**
   * Adds operations to the outbox in one write, sends what waits, and replies once the last
   * one's first attempt is over (a switch's start: the stop before it goes first).
   */
  async function submit(...ops: NewOp[]): Promise<{ outcome: OpOutcome; snapshot: TimerSnapshot }> {
    changes.running += 1;
    changes.count += 1;
    try {
      const added = await outbox.enqueueAll(ops);
      const outcome = outbox.outcomeOf(added.at(-1)!.id);
      void outbox.drain();
      const settled = await outcome;
      return { outcome: settled, snapshot: await view() };
    } finally {
      changes.running -= 1;
      changes.count += 1;
    }
  }

  /**
   * Adds several operations in one storage write (they are sent in this order, e.g. the idle
   * answer's stop and start), sends what waits, and resolves with each one's outcome once its
   * first attempt is over.
   */
  async function submitAll(ops: NewOp[]): Promise<OpOutcome[]> {
    changes.running += 1;
    changes.count += 1;
    try {
      const added = await outbox.enqueueAll(ops);
      const outcomes = Promise.all(added.map((op) => outbox.outcomeOf(op.id)));
      void outbox.drain();
      return await outcomes;
    } finally {
      changes.running -= 1;
      changes.count += 1;
    }
  }

  async function projectName(projectId: string): Promise<string> {
    return (await readItem(projectsItem))?.projects.find((project) => project.id === projectId)?.name ?? '';
  }

  /**
   * Queues a start (`projectName`: when the caller knows it, saving a storage read). `stopIfRunning` (a shortcut's toggle): if ClockMe says at once that a timer
   * started elsewhere runs, that timer is stopped instead, and the reply is a stop's (with its entry).
   */
  async function queueStart(request: StartRequest & { projectName?: string }, at: number, stopIfRunning = false): Promise<SnapshotReply | StopReply> {
    const name = request.projectName ?? (await projectName(request.projectId));
    const { outcome, snapshot } = await submit({ kind: 'start', at, projectId: request.projectId, projectName: name, description: request.description.trim(), ...(stopIfRunning ? { stopIfRunning } : {}) });
    if (outcome.kind === 'refused') return { ok: false, error: outcome.error };
    if (outcome.kind === 'paused') return failureAfterPause();
    if (outcome.kind === 'done' && outcome.result.kind === 'stopped') return { ok: true, entry: outcome.result.entry, snapshot };
    return { ok: true, snapshot, ...(outcome.kind === 'queued' ? { queued: true } : {}) };
  }

  /** @param at the click (ms): taken before any read of ClockMe, so the entry ends at the click. */
  async function queueStop(at: number): Promise<StopReply> {
    const [stored, waiting] = await Promise.all([readItem(timerItem), readItem(outboxItem)]);
    const seen = personView(stored?.timer ?? null, waiting);
    if (!seen) return { ok: true, entry: null, snapshot: await view() };
    const { outcome, snapshot } = await submit({ kind: 'stop', at, timerId: seen.pending ? null : seen.id });
    if (outcome.kind === 'refused') return { ok: false, error: outcome.error };
    if (outcome.kind === 'paused') return failureAfterPause();
    const entry = outcome.kind === 'done' && outcome.result.kind === 'stopped' ? outcome.result.entry : null;
    return { ok: true, entry, snapshot, ...(outcome.kind === 'queued' ? { queued: true } : {}) };
  }

  /**
   * Switches: stops what the person sees running and starts `request`, both at the click `at`,
   * written to the outbox together (never a stop without its start, even if the service worker
   * is killed in between) and sent in order. With nothing running it is a plain start; when the
   * same project and description already run, nothing is sent (`unchanged`).
   */
  async function queueSwitch(request: StartRequest, at: number): Promise<SwitchReply> {
    const [stored, waiting] = await Promise.all([readItem(timerItem), readItem(outboxItem)]);
    const seen = personView(stored?.timer ?? null, waiting);
    if (!seen) return queueStart(request, at);
    // The same project and description already run: splitting the entry in two would change nothing the person wanted.
    if (seen.projectId === request.projectId && (seen.description ?? '') === request.description.trim()) return { ok: true, snapshot: await view(), unchanged: true };
    const start: NewOp = { kind: 'start', at, projectId: request.projectId, projectName: await projectName(request.projectId), description: request.description.trim() };
    const { outcome, snapshot } = await submit({ kind: 'stop', at, timerId: seen.pending ? null : seen.id }, start);
    if (outcome.kind === 'refused') return { ok: false, error: outcome.error };
    if (outcome.kind === 'paused') return failureAfterPause();
    return { ok: true, snapshot, ...(outcome.kind === 'queued' ? { queued: true } : {}) };
  }

  /** Logs a completed entry through the outbox (`POST /api/entries` with the operation's idempotency key). */
  async function queueLog(request: LogTimeRequest, at: number): Promise<LogReply> {
    const { outcome } = await submit({ kind: 'log', at, projectId: request.projectId, projectName: await projectName(request.projectId), description: request.description.trim(), startedAt: request.startedAt, endedAt: request.endedAt });
    if (outcome.kind === 'refused') return { ok: false, error: outcome.error };
    if (outcome.kind === 'paused') return failureAfterPause();
    const entry = outcome.kind === 'done' && outcome.result.kind === 'logged' ? outcome.result.entry : null;
    return { ok: true, entry, ...(outcome.kind === 'queued' ? { queued: true } : {}) };
  }

  /** The revoked-key reply, saying the change was kept (the wording every revocation uses). */
  function failureAfterPause(): Failure {
    return failure(new KeyRejectedError('key_revoked', undefined), 'stored-key', { paused: true });
  }

  return { view, queueStart, queueStop, queueSwitch, queueLog, changes, submitAll };
}
