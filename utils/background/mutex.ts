import { withLock } from 'superlock';

/**
 * One-at-a-time sections inside the service worker: `runExclusive(work)` waits until every
 * earlier `work` of this mutex has settled (first come, first served), runs `work`, and returns
 * what it returns or rejects with what it throws; the next one then runs either way.
 *
 * Backed by `superlock`, the lock WXT storage already ships in this worker (async-mutex, used
 * before, added 3 KB of semaphore, timeout and cancel code this worker never used). Not
 * `navigator.locks`: each request there is a round trip to the browser process, and the locks are
 * shared by every page of the extension. See docs/decisions.md, "Service worker size".
 */
export class Mutex {
  readonly #lock = withLock();

  /** Runs `work` once every earlier one has settled; resolves or rejects as `work` does. */
  runExclusive<T>(work: () => T | Promise<T>): Promise<T> {
    // Without an abort signal superlock always runs `work`, so the result is never its `undefined`.
    return this.#lock(async () => work()) as Promise<T>;
  }
}
