import type { ClockMeClient } from '../clockme/client';
import type { Entry, Project } from '../clockme/schemas';
import { t } from '../i18n';
import type { Reply } from '../messaging';
import type { OutboxOp } from '../outbox/ops';
import { pausedActionsItem, type PausedAction } from '../storage';
import type { OutboxRunner } from './outbox';
import { chooseShortcutProject } from './shortcut-project';
import type { TimerOps } from './timer-actions';

/**
 * The outbox operation a paused action is: the one the outbox kept, or, for a shortcut press,
 * what it meant when it was pressed (stop the timer the person saw, or start on the shortcut's
 * project), at the press time. `null` for older paused work, sent as it is.
 */
async function asOutboxOp(action: PausedAction, listProjects: () => Promise<Project[]>): Promise<OutboxOp | null> {
  if (action.op) return action.op;
  if (action.kind !== 'toggle' || action.timerId === undefined) return null;
  const base = { id: action.id, at: action.at, attempts: 0, sent: false };
  if (action.timerId) return { ...base, kind: 'stop', timerId: action.timerId };
  const chosen = await chooseShortcutProject(listProjects);
  // With no project at all, ClockMe refuses the start and the person is told so.
  return { ...base, kind: 'start', projectId: chosen?.projectId ?? '', projectName: chosen?.projectName ?? '', description: '' };
}

/**
 * Sends the paused work with the new key, after the person confirmed it is for the same ClockMe
 * account. Operations the outbox kept go back into the outbox as they were (see
 * `unpauseIntoOutbox`); other paused presses (a shortcut's toggle) are sent now, oldest first,
 * each removed once sent; the first failure stops the run and leaves the rest paused.
 * A stop's entry is then edited to end at the moment the person pressed stop (`PATCH endedAt`).
 * A start cannot be back-dated (ClockMe has no call to edit a running timer), so it starts now.
 * A paused toggle that finds no running timer to stop is not counted as done: the timer may run
 * under another account, so it stays paused and the reply says so.
 */
export async function resumePausedActions(key: string, ops: TimerOps, client: ClockMeClient, outbox: OutboxRunner): Promise<Reply> {
  // What the outbox kept goes back into it, as it was: checked against ClockMe, then sent in order.
  const kept: { id: string; op: OutboxOp }[] = [];
  for (const action of await pausedActionsItem.getValue()) {
    const op = await asOutboxOp(action, () => client.listProjects(key).catch(() => []));
    if (op) kept.push({ id: action.id, op });
  }
  if (kept.length > 0) {
    // Same ids, click times and `sent` flags: what may have reached ClockMe is checked before any
    // replay, and a stop still only stops the timer the person stopped.
    // Time has passed and the key changed: each is compared with ClockMe's timer before it goes.
    const ops = kept.map(({ op }) => ({ ...op, attempts: 0, checkFirst: true }));
    await outbox.update((current) => ({ ...current, retryAt: 0, ops: [...ops, ...current.ops] }));
    const moved = new Set(kept.map((action) => action.id));
    await pausedActionsItem.setValue((await pausedActionsItem.getValue()).filter((action) => !moved.has(action.id)));
    await outbox.drain();
  }
  for (const action of await pausedActionsItem.getValue()) {
    const reply = await send(key, action, ops, client);
    if (!reply.ok) return reply;
    const entry: Entry | null = 'entry' in reply ? (reply.entry as Entry | null) : null;
    if (action.kind === 'stop' && !entry) {
      return { ok: false, error: { code: 'conflict', message: t('paused.nothingToStop') } };
    }
    if (entry) await endAtClick(key, entry, action.at, client);
    await pausedActionsItem.setValue((await pausedActionsItem.getValue()).filter((kept) => kept.id !== action.id));
  }
  return { ok: true };
}

async function send(key: string, action: PausedAction, ops: TimerOps, client: ClockMeClient): Promise<Reply> {
  const iso = (ms: number) => new Date(ms).toISOString();
  switch (action.kind) {
    case 'log':
      await client.createEntry(key, { projectId: action.projectId, description: action.description || null, startedAt: iso(action.startedAt), endedAt: iso(action.endedAt) }, action.id);
      return { ok: true };
    case 'edit':
      await client.editEntry(key, action.entryId, { ...(action.startedAt ? { startedAt: iso(action.startedAt) } : {}), ...(action.endedAt ? { endedAt: iso(action.endedAt) } : {}) }, action.id);
      return { ok: true };
    case 'start':
      return ops.start(key, { projectId: action.projectId, description: action.description });
    case 'stop':
      return ops.stop(key);
    case 'toggle':
      return ops.toggle(key);
  }
}

/** Moves the entry's end back to `clickedAt` (ms) when that lies inside the entry. */
async function endAtClick(key: string, entry: Entry, clickedAt: number, client: ClockMeClient): Promise<void> {
  if (clickedAt <= Date.parse(entry.startedAt) || clickedAt >= Date.parse(entry.endedAt)) return;
  await client.editEntry(key, entry.id, { endedAt: new Date(clickedAt).toISOString() });
}
