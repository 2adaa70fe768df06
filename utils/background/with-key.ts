import { ApiError, KeyRejectedError } from '../clockme/errors';
import { parseScope, scopeBelow } from '../clockme/scope';
import { t } from '../i18n';
import type { Reply } from '../messaging';
import { connectionItem, lastContactItem, pausedActionsItem, type PausedAction } from '../storage';
import { clearKeyIfCurrent, recordScope, requireKey } from './key-store';
import { failure, type ErrorContext } from './user-errors';

/** A start or stop to keep (not drop) if it meets a revoked key; `id` is added when it is kept. */
export type PausableAction = PausedAction extends infer P ? (P extends PausedAction ? Omit<P, 'id'> : never) : never;

/** Adds `pause` to the paused work, noting the account of the key that was just revoked. */
async function keepPaused(pause: PausableAction): Promise<void> {
  const connection = await connectionItem.getValue();
  const workspaces = connection.state === 'revoked' ? connection.account?.workspaces.map((workspace) => workspace.name) : undefined;
  const kept = { ...pause, id: crypto.randomUUID(), ...(workspaces ? { workspaces } : {}) } as PausedAction;
  await pausedActionsItem.setValue([...(await pausedActionsItem.getValue()), kept]);
}

/** Runs a call with the stored key; see {@link createWithKey}. */
export type WithKey = <T extends object>(call: (key: string) => Promise<Reply<T>>, context?: ErrorContext, pause?: PausableAction) => Promise<Reply<T>>;

/**
 * Builds `withKey(call, context, pause)`: reads the stored key, runs `call` with it, and turns
 * the errors the background expects into a failure reply. Along the way it applies the key
 * lifecycle: a 401 clears that key (compare-and-clear) and keeps `pause` as paused work; a
 * `403 insufficient_scope` records what the key may do. Other errors propagate.
 */
export function createWithKey(now: () => number): WithKey {
  return async function withKey<T extends object>(call: (key: string) => Promise<Reply<T>>, context: ErrorContext = 'stored-key', pause?: PausableAction): Promise<Reply<T>> {
    let key: string | undefined;
    try {
      key = await requireKey(now());
      return await call(key);
    } catch (error) {
      if (error instanceof KeyRejectedError && key) {
        if (!(await clearKeyIfCurrent(key, now()))) {
          return { ok: false, error: { code: 'key_replaced', message: t('errors.keyReplaced') } };
        }
        if (pause) await keepPaused(pause);
      }
      if (error instanceof ApiError && error.code === 'insufficient_scope' && key) {
        await recordScope(key, { scope: scopeBelow(parseScope(error.body.requiredScope) ?? 'write'), source: 'observed' });
      }
      return failure(error, context, { usedKey: key, lastContactAt: await lastContactItem.getValue(), paused: Boolean(pause), now: now() });
    }
  };
}
