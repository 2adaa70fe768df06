// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server';
import { admin, api, apiJson, newAccount, start } from './helpers';

let sb: RunningSandbox;

beforeAll(async () => {
  sb = await start();
});
afterEach(async () => {
  await admin(sb, 'DELETE', '/faults');
});
afterAll(async () => {
  await sb.close();
});

describe('faults', () => {
  it('answers with a JSON error fitting the status, count times, then normally', async () => {
    const acct = await newAccount(sb);
    const made = await admin(sb, 'POST', '/faults', { status: 503, count: 2, key: acct.keys.read });
    expect(made.status).toBe(201);
    expect(typeof made.json.faultId).toBe('string');
    for (let i = 0; i < 2; i += 1) {
      const r = await apiJson(sb, acct.keys.read, 'GET', '/projects');
      expect(r.status).toBe(503);
      expect(r.json.error).toBe('internal_error');
    }
    expect((await api(sb, acct.keys.read, 'GET', '/projects')).status).toBe(200);
  });

  it('a 401 fault carries the API shape and challenge; 429 carries Retry-After', async () => {
    const acct = await newAccount(sb);
    await admin(sb, 'POST', '/faults', { status: 401, key: acct.keys.read });
    await admin(sb, 'POST', '/faults', { status: 429, key: acct.keys.read });
    const a = await apiJson(sb, acct.keys.read, 'GET', '/projects');
    expect(a.status).toBe(401);
    expect(a.json.error).toBe('invalid_key');
    expect(a.headers.get('www-authenticate')).toContain('invalid_token');
    const b = await apiJson(sb, acct.keys.read, 'GET', '/projects');
    expect(b.status).toBe(429);
    expect(b.headers.get('retry-after')).toBe('1');
  });

  it('html body looks like a captive portal', async () => {
    const acct = await newAccount(sb);
    await admin(sb, 'POST', '/faults', { status: 401, body: 'html', key: acct.keys.read });
    const res = await api(sb, acct.keys.read, 'GET', '/timer/current');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toMatch(/<html/i);
  });

  it('delays before answering normally', async () => {
    const acct = await newAccount(sb);
    await admin(sb, 'POST', '/faults', { delayMs: 300, key: acct.keys.read });
    const t0 = Date.now();
    const res = await api(sb, acct.keys.read, 'GET', '/projects');
    expect(res.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
  });

  it('drop destroys the connection: fetch rejects and the log status is null', async () => {
    const acct = await newAccount(sb);
    await admin(sb, 'POST', '/faults', { drop: true, key: acct.keys.write });
    await expect(api(sb, acct.keys.write, 'POST', '/timer/start', { projectName: 'Website' })).rejects.toThrow();
    const state = await admin(sb, 'GET', `/state?accountId=${acct.accountId}`);
    expect(state.json.timer).toBeNull();
    const log = await admin(sb, 'GET', `/requests?key=${acct.keys.write}`);
    expect(log.json.requests).toHaveLength(1);
    expect(log.json.requests[0].status).toBeNull();
    expect((await api(sb, acct.keys.write, 'GET', '/projects')).status).toBe(200);
  });

  it('phase "after" acts, then drops the answer', async () => {
    const acct = await newAccount(sb);
    await admin(sb, 'POST', '/faults', { drop: true, phase: 'after', key: acct.keys.write });
    await expect(api(sb, acct.keys.write, 'POST', '/timer/start', { projectName: 'Website' })).rejects.toThrow();
    const state = await admin(sb, 'GET', `/state?accountId=${acct.accountId}`);
    expect(state.json.timer).not.toBeNull();
  });

  it('filters by path prefix and by key, consuming faults in order', async () => {
    const a = await newAccount(sb);
    const b = await newAccount(sb);
    await admin(sb, 'POST', '/faults', { status: 500, path: '/api/timer/', key: a.keys.read });
    await admin(sb, 'POST', '/faults', { status: 502, path: '/api/timer/' });
    expect((await api(sb, a.keys.read, 'GET', '/projects')).status).toBe(200);
    expect((await api(sb, b.keys.read, 'GET', '/timer/current')).status).toBe(502);
    expect((await api(sb, a.keys.read, 'GET', '/timer/current')).status).toBe(500);
    expect((await api(sb, a.keys.read, 'GET', '/timer/current')).status).toBe(200);
  });

  it('applies before auth and can be cleared', async () => {
    await admin(sb, 'POST', '/faults', { status: 500, count: 5, path: '/api/workspaces' });
    expect((await api(sb, null, 'GET', '/workspaces')).status).toBe(500);
    expect(await admin(sb, 'DELETE', '/faults')).toEqual({ status: 200, json: { cleared: 1 } });
    expect((await api(sb, null, 'GET', '/workspaces')).status).toBe(401);
    expect((await admin(sb, 'POST', '/faults', { status: 42 })).status).toBe(400);
  });
});
