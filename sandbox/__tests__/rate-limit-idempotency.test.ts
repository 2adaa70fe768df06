// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../rate-limit';
import type { RunningSandbox } from '../server';
import { admin, api, apiJson, newAccount, start } from './helpers';

let sb: RunningSandbox;

beforeAll(async () => {
  sb = await start({ rateLimitPerMinute: 3 });
});
afterAll(async () => {
  await sb.close();
});

describe('rate limit', () => {
  it('answers 429 rate_limited with Retry-After once a key used its slots', async () => {
    const acct = await newAccount(sb);
    for (let i = 0; i < 3; i += 1) expect((await api(sb, acct.keys.read, 'GET', '/projects')).status).toBe(200);
    const r = await apiJson(sb, acct.keys.read, 'GET', '/projects');
    expect(r.status).toBe(429);
    expect(r.json.error).toBe('rate_limited');
    const retry = Number(r.headers.get('retry-after'));
    expect(Number.isInteger(retry)).toBe(true);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    // Limits are per key: another key of the same account still works.
    expect((await api(sb, acct.keys.write, 'GET', '/projects')).status).toBe(200);
  });

  it('computes whole seconds until the oldest slot frees (rolling window)', () => {
    const limiter = new RateLimiter(2, 60_000);
    expect(limiter.check('k', 0).allowed).toBe(true);
    expect(limiter.check('k', 10_000).allowed).toBe(true);
    expect(limiter.check('k', 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.check('k', 59_999.5)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.check('k', 60_001).allowed).toBe(true);
    expect(limiter.check('k', 60_002)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });
});

describe('idempotency', () => {
  it('replays the first answer to a repeated Idempotency-Key and does not act twice', async () => {
    const sb2 = await start();
    try {
      const acct = await newAccount(sb2);
      const key = acct.keys.write;
      const h = { 'idempotency-key': 'c0ffee00-0000-4000-8000-000000000001' };
      const first = await apiJson(sb2, key, 'POST', '/timer/start', { projectName: 'Website' }, h);
      expect(first.status).toBe(201);
      const stop1 = await apiJson(sb2, key, 'POST', '/timer/stop', undefined, { 'idempotency-key': 'stop-1' });
      const stop2 = await apiJson(sb2, key, 'POST', '/timer/stop', undefined, { 'idempotency-key': 'stop-1' });
      expect(stop2.status).toBe(200);
      expect(stop2.json).toEqual(stop1.json);
      expect(stop2.headers.get('idempotent-replayed')).toBe('true');
      // Replaying the start does not start a new timer (and is not a 409).
      const again = await apiJson(sb2, key, 'POST', '/timer/start', { projectName: 'Website' }, h);
      expect(again.status).toBe(201);
      expect(again.json).toEqual(first.json);
      const state = await admin(sb2, 'GET', `/state?accountId=${acct.accountId}`);
      expect(state.json.timer).toBeNull();
      expect(state.json.entries).toHaveLength(1);
      // Same key from another account acts normally.
      const other = await newAccount(sb2);
      expect((await api(sb2, other.keys.write, 'POST', '/timer/start', { projectName: 'Website' }, h)).status).toBe(201);
    } finally {
      await sb2.close();
    }
  });

  it('concurrent repeats wait for the first and replay it', async () => {
    const sb2 = await start();
    try {
      const acct = await newAccount(sb2);
      const h = { 'idempotency-key': 'same' };
      await admin(sb2, 'POST', '/faults', { path: '/api/timer/start', delayMs: 150 });
      const [a, b] = await Promise.all([
        apiJson(sb2, acct.keys.write, 'POST', '/timer/start', { projectName: 'Website' }, h),
        apiJson(sb2, acct.keys.write, 'POST', '/timer/start', { projectName: 'Website' }, h),
      ]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.json).toEqual(b.json);
    } finally {
      await sb2.close();
    }
  });
});
