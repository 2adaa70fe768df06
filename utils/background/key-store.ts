import { Mutex } from './mutex';
import { maskApiKey } from '../api-key/mask';
import { readItem, writeItems, type StoredValue } from './mirror';
import { pauseOutbox } from './outbox-pause';
import {
  apiKeyItem,
  connectionItem,
  lastProjectIdItem,
  projectsItem,
  timerItem,
  type Account,
  type ScopeInfo,
  type TimerSnapshot,
} from '../storage';

// Serialises every write of the key so a save and a compare-and-clear cannot interleave.
const keyLock = new Mutex();

/** How long "Remove key" can be undone: 10 s. */
export const UNDO_REMOVAL_MS = 10_000;

/** Storage writes that forget the key and what was read with it (timer, projects). */
function forgetKey(): StoredValue[] {
  return [
    { item: apiKeyItem, value: null },
    { item: timerItem, value: null },
    { item: projectsItem, value: null },
  ];
}

/** Thrown when an action needs the key and none is stored (or it is being removed). Nothing was sent. */
export class NoKeyError extends Error {
  override name = 'NoKeyError';
  constructor() {
    super('No ClockMe API key is stored.');
  }
}

/**
 * The stored key. A key in its undo window counts as removed, and one whose window has passed
 * is cleared here.
 * @throws NoKeyError when there is no usable key.
 */
export async function requireKey(now = Date.now()): Promise<string> {
  const [key, connection] = await Promise.all([readItem(apiKeyItem), readItem(connectionItem)]);
  if (connection.state === 'removing') {
    if (now >= connection.until) await finishRemoval(now);
    throw new NoKeyError();
  }
  if (!key) throw new NoKeyError();
  return key;
}

/** What verification learned besides the timer: the key's scope and account, each `null` when unknown. */
export interface VerifiedFacts {
  scope: ScopeInfo | null;
  account: Account;
}

/** Stores a key ClockMe has just accepted, with the timer state and facts read while verifying it. */
export async function storeVerifiedKey(key: string, snapshot: TimerSnapshot, now = Date.now(), facts: VerifiedFacts = { scope: null, account: null }): Promise<void> {
  await keyLock.runExclusive(async () => {
    const sameKey = (await readItem(apiKeyItem)) === key;
    await writeItems([
      { item: apiKeyItem, value: key },
      { item: connectionItem, value: { state: 'connected', maskedKey: maskApiKey(key), savedAt: now, ...facts } },
      { item: timerItem, value: snapshot },
      // Projects listed with another key may belong to another account.
      ...(sameKey ? [] : [{ item: projectsItem, value: null }, { item: lastProjectIdItem, value: null }]),
    ]);
  });
}

/**
 * Compare-and-clear after ClockMe rejected `usedKey` with a 401: clears the key and what was read
 * with it only if the stored key is still `usedKey` (a key saved meanwhile survives), and records
 * the revocation so the pages and the badge can say so; what waits in the outbox becomes paused work.
 * @returns whether the key was cleared.
 */
export async function clearKeyIfCurrent(usedKey: string, now = Date.now()): Promise<boolean> {
  return keyLock.runExclusive(async () => {
    if ((await readItem(apiKeyItem)) !== usedKey) return false;
    const previous = await readItem(connectionItem);
    const account = previous.state === 'connected' ? previous.account : null;
    await writeItems([...forgetKey(), { item: connectionItem, value: { state: 'revoked', maskedKey: maskApiKey(usedKey), revokedAt: now, account } }]);
    // Whichever request met the revocation (a read, a start, a stop), what waits to be sent is
    // kept for the person to resume or discard with the next key, never sent with it unasked.
    await pauseOutbox();
    return true;
  });
}

/**
 * "Remove key": the key stops being used at once; it and everything read with it are cleared
 * when the undo window ({@link UNDO_REMOVAL_MS}) has passed ({@link finishRemoval}).
 * @returns the end of the undo window (ms), or `null` when no key was connected.
 */
export async function beginRemoval(now = Date.now()): Promise<number | null> {
  return keyLock.runExclusive(async () => {
    const connection = await readItem(connectionItem);
    if (connection.state !== 'connected') return null;
    const until = now + UNDO_REMOVAL_MS;
    await writeItems([{ item: connectionItem, value: { state: 'removing', maskedKey: connection.maskedKey, until, previous: connection } }]);
    return until;
  });
}

/** Puts back a key whose removal is still in its undo window. @returns whether it was put back. */
export async function undoRemoval(): Promise<boolean> {
  return keyLock.runExclusive(async () => {
    const connection = await readItem(connectionItem);
    if (connection.state !== 'removing') return false;
    await writeItems([{ item: connectionItem, value: connection.previous }]);
    return true;
  });
}

/** Clears a key being removed once its undo window has passed (or at once with `force`). */
export async function finishRemoval(now = Date.now(), force = false): Promise<void> {
  await keyLock.runExclusive(async () => {
    const connection = await readItem(connectionItem);
    if (connection.state !== 'removing' || (!force && now < connection.until)) return;
    await writeItems([...forgetKey(), { item: connectionItem, value: { state: 'none' } }, { item: lastProjectIdItem, value: null }]);
  });
}

/** Records what ClockMe said the key may do (a 403), if `usedKey` is still the connected key. */
export async function recordScope(usedKey: string, scope: ScopeInfo): Promise<void> {
  await keyLock.runExclusive(async () => {
    const connection = await readItem(connectionItem);
    if ((await readItem(apiKeyItem)) !== usedKey || connection.state !== 'connected') return;
    await writeItems([{ item: connectionItem, value: { ...connection, scope } }]);
  });
}

/** One value to write with {@link storeIfKeyIs}. */
export type { StoredValue };

/**
 * Writes `values` in one storage write, but only if the stored key is still `usedKey`: what was
 * read from ClockMe with a key that has since been replaced (perhaps another account's) is dropped.
 * @returns whether the values were written.
 */
export async function storeIfKeyIs(usedKey: string, values: StoredValue[]): Promise<boolean> {
  return keyLock.runExclusive(async () => {
    if ((await readItem(apiKeyItem)) !== usedKey) return false;
    await writeItems(values);
    return true;
  });
}
