import type { SandboxAccount, SandboxAdmin } from '../e2e/support/sandbox-admin';
import { nowMs } from './wait';

/**
 * The extension holds itself to 20 requests a minute per key (utils/outbox/budget.ts: 20 in any
 * 61 s), and refuses locally what goes beyond. The benchmark opens the popup and presses the
 * shortcut far more often than a person would, so before a step that would run into that limit
 * it saves a fresh key of the same account (the budget is per key). Otherwise requests would be
 * held back, and the figures would time a popup or a press that never reaches ClockMe.
 */

/** The extension's own limit: requests per key in any window of `windowMs` ms. */
export const EXTENSION_BUDGET = { requests: 20, windowMs: 61_000 } as const;

/** How many requests carrying `key` arrived in the last `windowMs` ms (before `at`, epoch ms). */
export async function recentRequests(sandbox: SandboxAdmin, key: string, at = nowMs(), windowMs: number = EXTENSION_BUDGET.windowMs): Promise<number> {
  return (await sandbox.requests({ key })).filter((r) => r.arrivedAtMs > at - windowMs && r.arrivedAtMs <= at).length;
}

/** Whether the extension's limit was reached for `key` at `at` (epoch ms): later requests may have been held back. */
export async function budgetReached(sandbox: SandboxAdmin, key: string, at = nowMs()): Promise<boolean> {
  return (await recentRequests(sandbox, key, at)) >= EXTENSION_BUDGET.requests;
}

/** The key the extension uses now, replaced by a fresh one of the same account when its budget runs low. */
export class KeyRotation {
  /** How many fresh keys were saved. */
  rotations = 0;

  /**
   * @param key the key saved in the extension now.
   * @param save saves a key in the extension (through its options page) and waits until ClockMe answered.
   */
  constructor(
    private readonly sandbox: SandboxAdmin,
    private readonly account: SandboxAccount,
    public key: string,
    private readonly save: (key: string) => Promise<void>,
  ) {}

  /** Saves a fresh key when fewer than `needed` requests are left in the current key's window. */
  async ensure(needed: number): Promise<void> {
    if ((await recentRequests(this.sandbox, this.key)) + needed > EXTENSION_BUDGET.requests) await this.rotate();
  }

  /** Saves a fresh key of the account. */
  async rotate(): Promise<void> {
    this.rotations += 1;
    const key = await this.sandbox.createKey(this.account.accountId, 'write', `bench ${this.rotations}`);
    await this.save(key);
    this.key = key;
  }
}

/** The most arrivals (epoch ms) within any window of `windowMs` ms, pure (a window ending at each arrival). */
export function maxInWindow(times: readonly number[], windowMs: number = EXTENSION_BUDGET.windowMs): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let end = 0, start = 0; end < sorted.length; end += 1) {
    while (sorted[start]! <= sorted[end]! - windowMs) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/**
 * The most requests any one key of the account sent within 61 s: below 20, the extension's own
 * limit never held a request back.
 */
export async function busiestKeyWindow(sandbox: SandboxAdmin, accountId: string): Promise<number> {
  const byKey = new Map<string, number[]>();
  for (const r of await sandbox.requests({ accountId })) byKey.set(r.authorization ?? '', [...(byKey.get(r.authorization ?? '') ?? []), r.arrivedAtMs]);
  return Math.max(0, ...[...byKey.values()].map((times) => maxInWindow(times)));
}
