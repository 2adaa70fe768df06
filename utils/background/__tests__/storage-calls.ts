import { fakeBrowser } from 'wxt/testing';
import { vi } from 'vitest';

type Items = Record<string, unknown>;

/**
 * `chrome.storage.local` as the service worker's calls meet it, for tests of `mirror.ts`: counts
 * this context's reads and writes, and can hold its writes back (`holdWrites`) while keeping
 * Chrome's order for one context (a read made after a held write waits for it). `external(items)`
 * is another context's write (the options page, a test): applied at once, with its change event.
 */
export function watchStorageCalls() {
  const area = fakeBrowser.storage.local;
  const set = area.set.bind(area);
  const get = area.get.bind(area);
  const gates: Array<() => void> = [];
  let holding = false;
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(call: () => Promise<T>): Promise<T> => {
    const result = queue.then(call);
    queue = result.catch(() => undefined);
    return result;
  };
  const calls = {
    gets: [] as unknown[],
    sets: [] as Items[],
    /** From now on, writes wait for `release()`, one per write, oldest first. */
    holdWrites() {
      holding = true;
    },
    release() {
      gates.shift()?.();
    },
    /** Forgets the calls counted so far. */
    reset() {
      calls.gets.length = 0;
      calls.sets.length = 0;
    },
    /** A write by another extension context: not queued behind this one's. */
    external: (items: Items) => set(items),
    /** What storage holds now (read without counting). */
    stored: (key: string) => get(key).then((result) => result[key]),
  };
  vi.spyOn(area, 'get').mockImplementation(((keys: string | string[] | null) => {
    calls.gets.push(keys);
    return inOrder(() => get(keys));
  }) as typeof area.get);
  vi.spyOn(area, 'set').mockImplementation((items: Items) => {
    calls.sets.push(items);
    const gate = holding ? new Promise<void>((resolve) => gates.push(resolve)) : Promise.resolve();
    return inOrder(() => gate.then(() => set(items)));
  });
  return calls;
}
