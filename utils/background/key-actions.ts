import { maskApiKey } from '../api-key/mask';
import { normalizeApiKey } from '../api-key/normalize';
import type { ClockMeClient } from '../clockme/client';
import type { KeyScope } from '../clockme/scope';
import type { Reply } from '../messaging';
import { pausedActionsItem } from '../storage';
import { beginRemoval, finishRemoval, storeVerifiedKey, undoRemoval, type VerifiedFacts } from './key-store';
import { resumePausedActions } from './paused-actions';
import type { OutboxRunner } from './outbox';
import type { TimerActions } from './timer-actions';
import { failure } from './user-errors';
import type { WithKey } from './with-key';

/** The key's scope, learned with requests that cannot change anything: Write first, then Full; `null` when unknown. */
async function probeScope(client: ClockMeClient, key: string): Promise<KeyScope | null> {
  const write = await client.probeWriteScope(key).catch(() => null);
  if (write !== 'write') return write;
  return (await client.probeFullScope(key).catch(() => null)) ?? 'write';
}

/** The key's life: save (verify), remove with undo, and deciding about paused work. */
export interface KeyActions {
  saveKey(rawKey: string): Promise<Reply<{ maskedKey: string }>>;
  /** Starts the undo window; `until` is when the key is cleared for good (ms). */
  removeKey(): Promise<Reply<{ until: number | null }>>;
  undoRemoveKey(): Promise<Reply<{ restored: boolean }>>;
  finishRemoveKey(): Promise<Reply>;
  resumePaused(): Promise<Reply>;
  discardPaused(): Promise<Reply>;
}

/**
 * Builds the key actions. Saving normalises the pasted text, verifies the key with
 * `GET /api/timer/current`, then learns (best effort, side-effect free) its account and scope.
 */
export function createKeyActions(client: ClockMeClient, withKey: WithKey, timer: TimerActions, now: () => number, outbox: OutboxRunner): KeyActions {
  async function learnFacts(key: string): Promise<VerifiedFacts> {
    const [workspaces, scope] = await Promise.all([client.listWorkspaces(key).catch(() => null), probeScope(client, key)]);
    return { account: workspaces ? { workspaces } : null, scope: scope ? { scope, source: 'verified' } : null };
  }

  return {
    async saveKey(rawKey) {
      const normalized = normalizeApiKey(rawKey);
      if (!normalized.ok) return { ok: false, error: { code: 'invalid_key', message: normalized.reason } };
      try {
        const current = await client.getCurrentTimer(normalized.key);
        const facts = await learnFacts(normalized.key);
        await storeVerifiedKey(normalized.key, { ...current, syncedAt: now() }, now(), facts);
        return { ok: true, maskedKey: maskApiKey(normalized.key) };
      } catch (error) {
        return failure(error, 'verify');
      }
    },
    async removeKey() {
      return { ok: true, until: await beginRemoval(now()) };
    },
    async undoRemoveKey() {
      return { ok: true, restored: await undoRemoval() };
    },
    async finishRemoveKey() {
      await finishRemoval(now());
      return { ok: true };
    },
    resumePaused: () => timer.serialise(() => withKey((key) => resumePausedActions(key, timer.ops, client, outbox))),
    async discardPaused() {
      await pausedActionsItem.setValue([]);
      return { ok: true };
    },
  };
}
