import { Mutex } from '../mutex';

/** A promise and the functions that settle it. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Mutex', () => {
  it('runs one section at a time, in the order they asked', async () => {
    const mutex = new Mutex();
    const log: string[] = [];
    const first = deferred();
    const a = mutex.runExclusive(async () => {
      log.push('a starts');
      await first.promise;
      log.push('a ends');
      return 'a';
    });
    const b = mutex.runExclusive(() => {
      log.push('b');
      return 'b';
    });
    const c = mutex.runExclusive(async () => {
      log.push('c');
      return 'c';
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['a starts']);
    first.resolve();
    expect(await Promise.all([a, b, c])).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a starts', 'a ends', 'b', 'c']);
  });

  it('passes a failure to its caller and still runs the next section', async () => {
    const mutex = new Mutex();
    const failing = mutex.runExclusive(async () => {
      throw new Error('boom');
    });
    const throwingAtOnce = mutex.runExclusive(() => {
      throw new Error('at once');
    });
    const next = mutex.runExclusive(() => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(throwingAtOnce).rejects.toThrow('at once');
    expect(await next).toBe('next');
  });

  it('keeps separate mutexes independent', async () => {
    const one = new Mutex();
    const two = new Mutex();
    const held = deferred();
    const blocked = one.runExclusive(() => held.promise);
    expect(await two.runExclusive(() => 'free')).toBe('free');
    held.resolve();
    await blocked;
  });
});
