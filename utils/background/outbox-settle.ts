import type { Entry, Timer } from '../clockme/schemas';
import { t } from '../i18n';
import type { Outbox, OutboxOp } from '../outbox/ops';
import { lastProjectIdItem, outboxItem, recentEntriesItem, timerItem } from '../storage';
import { clock, CLICK_TOLERANCE_MS, correctionFor, type OpResult } from './outbox-attempt';
import { readItem, writeItems, type StoredValue } from './mirror';
import { withRecentEntry } from './recent-entries';

/** Stops that follow `startId` in `ops` and wait for its timer (`timerId: null`), up to the next start. */
function dependentStops(ops: readonly OutboxOp[], startId: string): Set<string> {
  const ids = new Set<string>();
  const index = ops.findIndex((op) => op.id === startId);
  for (const op of ops.slice(index + 1)) {
    if (op.kind === 'start') break;
    if (op.kind === 'stop' && op.timerId === null) ids.add(op.id);
  }
  return ids;
}

/**
 * The outbox after `op` came to `result` (pure): the operation leaves; a started timer becomes
 * the target of the stops waiting for it (and is remembered when ClockMe started it late); a
 * stopped entry that does not match the clicks gets an `edit` right away; a refused start takes
 * its stops with it. Any success ends the "offline" state.
 */
export function outboxAfter(outbox: Outbox, op: OutboxOp, result: OpResult, now: number, newId: () => string): Outbox {
  let ops = outbox.ops.filter((other) => other.id !== op.id);
  const lateStarts = { ...outbox.lateStarts };
  let refused = outbox.refused;
  if (result.kind === 'started' && op.kind === 'start') {
    const waiting = dependentStops(outbox.ops, op.id);
    ops = ops.map((other) => (waiting.has(other.id) ? { ...other, timerId: result.timer.id } : other));
    if (Date.parse(result.timer.startedAt) - op.at > CLICK_TOLERANCE_MS / 2) lateStarts[result.timer.id] = op.at;
  }
  if (result.kind === 'stopped' && op.kind === 'stop' && result.entry) {
    const fix = correctionFor(result.entry, op.timerId ? lateStarts[op.timerId] : undefined, op.at);
    if (fix) ops = [{ id: newId(), at: now, attempts: 0, sent: false, kind: 'edit', entryId: result.entry.id, ...fix }, ...ops];
  }
  if (result.kind === 'stopped' && op.kind === 'stop' && op.timerId) delete lateStarts[op.timerId];
  if (result.kind === 'refused') {
    let message = result.error.message;
    if (op.kind === 'start') {
      const waiting = dependentStops(outbox.ops, op.id);
      const stop = outbox.ops.find((other) => waiting.has(other.id));
      // Never silently: the stop goes with its start, and the person is told which time is missing.
      if (stop) message += ` ${t('outbox.stopWentWithStart', [clock(stop.at), clock(op.at), clock(stop.at)])}`;
      ops = ops.filter((other) => !waiting.has(other.id));
    }
    refused = { opId: op.id, message, at: now };
  }
  const failedAgain = result.kind === 'refused';
  // Nothing left waiting: nothing is "offline" either (a Retry-After still holds).
  return { ops, lateStarts, refused, offline: failedAgain && ops.length > 0 ? outbox.offline : null, retryAt: failedAgain ? outbox.retryAt : 0 };
}

/** The entry ClockMe answered with (a stop, a logged entry or a correction), if any. */
function entryOf(result: OpResult): Entry | null {
  if (result.kind === 'stopped' || result.kind === 'logged' || result.kind === 'edited') return result.entry;
  return null;
}

/** The running timer ClockMe reported with `result`, when it says anything about it. */
function timerAfter(result: OpResult): { timer: Timer | null } | null {
  if (result.kind === 'started') return { timer: result.timer };
  if (result.kind === 'stopped') return { timer: result.running };
  if (result.kind === 'refused' && result.running !== undefined) return { timer: result.running };
  return null;
}

/** Stores what `op` came to: the outbox, ClockMe's timer and the last used project, in one write. Call under the outbox lock. */
export async function applyResult(op: OutboxOp, result: OpResult, now: number): Promise<void> {
  const outbox = outboxAfter(await readItem(outboxItem), op, result, now, () => crypto.randomUUID());
  const values: StoredValue[] = [{ item: outboxItem, value: outbox }];
  const timer = timerAfter(result);
  if (timer) values.push({ item: timerItem, value: { timer: timer.timer, othersRunning: 0, syncedAt: now } });
  if (result.kind === 'started' && op.kind === 'start') values.push({ item: lastProjectIdItem, value: op.projectId });
  const entry = entryOf(result);
  if (entry) values.push({ item: recentEntriesItem, value: withRecentEntry(await readItem(recentEntriesItem), entry) });
  await writeItems(values);
}
