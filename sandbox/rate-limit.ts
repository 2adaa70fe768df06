/** Outcome of a rate-limit check. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Per-key rolling-window limiter: at most `limit` accepted requests in any `windowMs`
 * (default 60 s). Rejected requests do not use up a slot.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts a request for `id` if a slot is free; otherwise says how many whole seconds until one frees (≥ 1). */
  check(id: string, now = Date.now()): RateDecision {
    const recent = (this.hits.get(id) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(id, recent);
      const oldest = recent[recent.length - this.limit] ?? now;
      const waitMs = oldest + this.windowMs - now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    recent.push(now);
    this.hits.set(id, recent);
    return { allowed: true };
  }

  /** Forgets every counted request. */
  clear(): void {
    this.hits.clear();
  }
}
