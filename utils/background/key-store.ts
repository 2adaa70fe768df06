import { Mutex } from 'async-mutex';
import { storage } from 'wxt/utils/storage';
import { maskApiKey } from '../api-key/mask';
import { apiKeyItem, connectionItem, lastProjectIdItem, projectsItem, timerItem, type TimerSnapshot } from '../storage';

// Serialises every write of the key so a save and a compare-and-clear cannot interleave.
const keyLock = new Mutex();

/** Thrown when an action needs the key and none is stored. Nothing was sent. */
export class NoKeyError extends Error {
  override name = 'NoKeyError';
  constructor() {
    super('No ClockMe API key is stored.');
  }
}

/** The stored key. @throws NoKeyError when there is none. */
export async function requireKey(): Promise<string> {
  const key = await apiKeyItem.getValue();
  if (!key) throw new NoKeyError();
  return key;
}

/** Stores a key ClockMe has just accepted, with the timer state read while verifying it. */
export async function storeVerifiedKey(key: string, snapshot: TimerSnapshot, now = Date.now()): Promise<void> {
  await keyLock.runExclusive(async () => {
    const sameKey = (await apiKeyItem.getValue()) === key;
    await storage.setItems([
      { item: apiKeyItem, value: key },
      { item: connectionItem, value: { state: 'connected', maskedKey: maskApiKey(key), savedAt: now } },
      { item: timerItem, value: snapshot },
      // Projects listed with another key may belong to another account.
      ...(sameKey ? [] : [{ item: projectsItem, value: null }, { item: lastProjectIdItem, value: null }]),
    ]);
  });
}

/**
 * Compare-and-clear after ClockMe rejected `usedKey` with a 401: clears the key and what was read
 * with it only if the stored key is still `usedKey` (a key saved meanwhile survives), and records
 * the revocation so the pages can say so.
 * @returns whether the key was cleared.
 */
export async function clearKeyIfCurrent(usedKey: string, now = Date.now()): Promise<boolean> {
  return keyLock.runExclusive(async () => {
    if ((await apiKeyItem.getValue()) !== usedKey) return false;
    await storage.setItems([
      { item: apiKeyItem, value: null },
      { item: connectionItem, value: { state: 'revoked', maskedKey: maskApiKey(usedKey), revokedAt: now } },
      { item: timerItem, value: null },
      { item: projectsItem, value: null },
    ]);
    return true;
  });
}

/** Forgets the key and everything read with it, at the person's request. */
export async function removeStoredKey(): Promise<void> {
  await keyLock.runExclusive(async () => {
    await storage.setItems([
      { item: apiKeyItem, value: null },
      { item: connectionItem, value: { state: 'none' } },
      { item: timerItem, value: null },
      { item: projectsItem, value: null },
      { item: lastProjectIdItem, value: null },
    ]);
  });
}

/** One value to write with {@link storeIfKeyIs}. */
export type StoredValue = Parameters<typeof storage.setItems>[0][number];

/**
 * Writes `values` in one storage write, but only if the stored key is still `usedKey`: what was
 * read from ClockMe with a key that has since been replaced (perhaps another account's) is dropped.
 * @returns whether the values were written.
 */
export async function storeIfKeyIs(usedKey: string, values: StoredValue[]): Promise<boolean> {
  return keyLock.runExclusive(async () => {
    if ((await apiKeyItem.getValue()) !== usedKey) return false;
    await storage.setItems(values);
    return true;
  });
}
