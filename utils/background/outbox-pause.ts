import { EMPTY_OUTBOX, type OutboxOp } from '../outbox/ops';
import { connectionItem, outboxItem, pausedActionsItem, type PausedAction } from '../storage';
import { readItem, writeItems } from './mirror';

/** The paused form of an outbox operation (same id), keeping the click times. */
function toPaused(op: OutboxOp, workspaces: string[] | undefined): PausedAction {
  const base = { id: op.id, at: op.at, op, ...(workspaces ? { workspaces } : {}) };
  switch (op.kind) {
    case 'start':
      return { ...base, kind: 'start', projectId: op.projectId, description: op.description };
    case 'stop':
      return { ...base, kind: 'stop' };
    case 'log':
      return { ...base, kind: 'log', projectId: op.projectId, description: op.description, startedAt: op.startedAt, endedAt: op.endedAt };
    case 'edit':
      return { ...base, kind: 'edit', entryId: op.entryId, ...(op.startedAt ? { startedAt: op.startedAt } : {}), ...(op.endedAt ? { endedAt: op.endedAt } : {}) };
  }
}

/**
 * Moves everything waiting in the outbox into paused work, after ClockMe revoked the key: kept,
 * not dropped, until the person says with the next key whether to send it (the popup and
 * options page ask). Call under the outbox lock.
 * @returns the ids of the operations moved.
 */
export async function pauseOutbox(): Promise<string[]> {
  const outbox = await readItem(outboxItem);
  if (outbox.ops.length === 0) return [];
  const [connection, paused] = await Promise.all([readItem(connectionItem), pausedActionsItem.getValue()]);
  const workspaces = connection.state === 'revoked' ? connection.account?.workspaces.map((workspace) => workspace.name) : undefined;
  // One write: what waited is never in both places, nor in neither.
  await writeItems([
    { item: pausedActionsItem, value: [...paused, ...outbox.ops.map((op) => toPaused(op, workspaces))] },
    { item: outboxItem, value: EMPTY_OUTBOX },
  ]);
  return outbox.ops.map((op) => op.id);
}

