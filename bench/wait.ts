/**
 * Polling with a deadline, instead of sleeps, for the benchmark's browser steps.
 */

/** Options of {@link waitFor}: how long to try (ms), how often (ms), and what is awaited (for the error). */
export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  what: string;
}

/**
 * Calls `probe` until it returns something other than `undefined`, `null` or `false`, and returns that.
 * @throws Error naming `what` when `timeoutMs` (default 10 000 ms) pass first; errors of `probe` propagate.
 */
export async function waitFor<T>(probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, options: WaitOptions): Promise<T> {
  const deadline = performance.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (performance.now() > deadline) throw new Error(`Timed out after ${options.timeoutMs ?? 10_000} ms waiting for ${options.what}.`);
    await pause(options.intervalMs ?? 20);
  }
}

/** Rejects with `what` when `promise` has not settled within `timeoutMs` ms. */
export async function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until `performance.now()` reaches `at` (ms). Only for gaps the extension requires (two
 * presses of a shortcut closer than 400 ms are one press) and for fixed measuring windows.
 */
export async function pauseUntil(at: number): Promise<void> {
  const left = at - performance.now();
  if (left > 0) await pause(left);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Now as epoch ms with sub-millisecond precision: the clock of the sandbox's `arrivedAtMs` (same process). */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}
