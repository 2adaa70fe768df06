import type { ClockMeClient } from '../clockme/client';
import { ApiError } from '../clockme/errors';
import { timerSchema } from '../clockme/schemas';
import type { StartRequest } from '../messaging';
import { lastProjectIdItem, timerItem, type TimerSnapshot } from '../storage';
import { storeIfKeyIs, type StoredValue } from './key-store';
import { chooseShortcutProject, NO_PROJECT } from './shortcut-project';
import type { SnapshotReply, StopReply, TimerOps } from './timer-actions';

/**
 * Starts and stops sent straight to ClockMe, without the outbox: used to send paused work after
 * the person confirmed the new key (they are there to answer), and `saveSnapshot`, which stores
 * what ClockMe said the timer is.
 */
export function createDirectTimerOps(client: ClockMeClient, now: () => number) {
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

  /** Starts on the shortcut's project (see `chooseShortcutProject`). */
  async function startOnDefaultProject(key: string): Promise<SnapshotReply> {
    const chosen = await chooseShortcutProject(() => client.listProjects(key));
    if (!chosen) return { ok: false, error: NO_PROJECT };
    return start(key, { projectId: chosen.projectId, description: '' });
  }

  async function toggle(key: string): Promise<SnapshotReply | StopReply> {
    const current = await client.getCurrentTimer(key);
    return current.timer ? stop(key) : startOnDefaultProject(key);
  }

  return { saveSnapshot, ops: { start, stop, toggle } satisfies TimerOps };
}
