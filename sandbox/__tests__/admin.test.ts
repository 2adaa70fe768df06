// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackAddress } from '../loopback';
import type { RunningSandbox } from '../server';
import { escapeHtml, maskKey, renderApiKeysPage } from '../settings-page';
import { admin, api, apiJson, newAccount, start } from './helpers';

let sb: RunningSandbox;

beforeAll(async () => {
  sb = await start();
});
afterAll(async () => {
  await sb.close();
});

describe('request log', () => {
  it('records every /api request in order with the raw Authorization header', async () => {
    const acct = await newAccount(sb);
    await fetch(`${sb.origin}/api/timer/start`, {
      method: 'POST',
      headers: {
        authorization: `bearer   ${acct.keys.write}`,
        'content-type': 'application/json',
        'idempotency-key': 'idem-1',
      },
      body: JSON.stringify({ projectName: 'Website' }),
    });
    await api(sb, acct.keys.read, 'GET', '/timer/current');
    const { json } = await admin(sb, 'GET', `/requests?accountId=${acct.accountId}`);
    expect(json.requests).toHaveLength(2);
    const [first, second] = json.requests;
    expect(first).toMatchObject({
      method: 'POST',
      path: '/api/timer/start',
      authorization: `bearer   ${acct.keys.write}`,
      idempotencyKey: 'idem-1',
      accountId: acct.accountId,
      status: 201,
      body: { projectName: 'Website' },
    });
    expect(first.at).toMatch(/Z$/);
    expect(second).toMatchObject({ method: 'GET', status: 200, body: null, idempotencyKey: null });
    expect(second.seq).toBeGreaterThan(first.seq);
    const byKey = await admin(sb, 'GET', `/requests?key=${acct.keys.read}`);
    expect(byKey.json.requests).toHaveLength(1);
  });

  it('logs unauthenticated requests and clears', async () => {
    await api(sb, null, 'GET', '/projects');
    const all = await admin(sb, 'GET', '/requests');
    expect(all.json.requests.at(-1)).toMatchObject({ authorization: null, accountId: null, status: 401 });
    expect((await admin(sb, 'DELETE', '/requests')).status).toBe(200);
    expect((await admin(sb, 'GET', '/requests')).json.requests).toEqual([]);
  });
});

describe('admin surface', () => {
  it('removes one fault by id and leaves the others', async () => {
    const acct = await newAccount(sb);
    const first = await admin(sb, 'POST', '/faults', { key: acct.keys.read, status: 503, count: 100 });
    const second = await admin(sb, 'POST', '/faults', { key: acct.keys.write, status: 503, count: 100 });
    expect((await admin(sb, 'DELETE', `/faults/${first.json.faultId}`)).json).toEqual({ removed: true });
    expect((await api(sb, acct.keys.read, 'GET', '/timer/current')).status).toBe(200);
    expect((await api(sb, acct.keys.write, 'GET', '/timer/current')).status).toBe(503);
    await admin(sb, 'DELETE', `/faults/${second.json.faultId}`);
  });

  it('starts a timer as another client, back-dated when asked', async () => {
    const acct = await newAccount(sb);
    const startedAt = '2026-11-29T09:53:00.000Z';
    const { status, json } = await admin(sb, 'POST', '/timer/start', { accountId: acct.accountId, projectName: 'Website', startedAt });
    expect(status).toBe(201);
    expect(json.timer.startedAt).toBe(startedAt);
    const current = await apiJson(sb, acct.keys.read, 'GET', '/timer/current');
    expect(current.json.timer.startedAt).toBe(startedAt);
    expect((await admin(sb, 'POST', '/timer/stop', { accountId: acct.accountId, startedAt: 'yesterday' })).status).toBe(200);
    expect((await admin(sb, 'POST', '/timer/start', { accountId: acct.accountId, projectName: 'Website', startedAt: 'yesterday' })).status).toBe(400);
  });

  it('accepts only loopback addresses', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['10.0.0.2', '192.168.1.5', '::ffff:10.0.0.1', 'fe80::1', '', undefined, '1127.0.0.1']) {
      expect(isLoopbackAddress(a)).toBe(false);
    }
  });

  it('reset wipes accounts and keys and keeps the default account id', async () => {
    const acct = await newAccount(sb);
    const r = await admin(sb, 'POST', '/reset');
    expect(r).toEqual({ status: 200, json: { reset: true, defaultAccountId: sb.defaultAccountId } });
    expect((await api(sb, acct.keys.read, 'GET', '/projects')).status).toBe(401);
    expect((await admin(sb, 'GET', `/state?accountId=${acct.accountId}`)).status).toBe(404);
    const state = await admin(sb, 'GET', '/state');
    expect(state.json).toMatchObject({ timer: null, entries: [] });
    expect(state.json.projects.filter((p: { archived: boolean }) => p.archived)).toHaveLength(1);
  });

  it('serves the API keys settings page, creates and revokes keys', async () => {
    const page = await fetch(`${sb.origin}/settings/api-keys`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('own key');
    const created = await fetch(`${sb.origin}/settings/api-keys`, {
      method: 'POST',
      body: new URLSearchParams({ name: '<Chrome> extension', scope: 'read' }),
    });
    const html = await created.text();
    const key = /<code id="new-key">(ck_live_[A-Za-z0-9]{32})<\/code>/.exec(html)?.[1] ?? '';
    expect(html).toContain('&lt;Chrome&gt; extension');
    expect(html).toContain(maskKey(key));
    expect((await api(sb, key, 'GET', '/projects')).status).toBe(200);
    const keyId = /name="keyId" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const revoked = await fetch(`${sb.origin}/settings/api-keys/revoke`, {
      method: 'POST',
      body: new URLSearchParams({ keyId }),
      redirect: 'manual',
    });
    expect(revoked.status).toBe(303);
    expect((await api(sb, key, 'GET', '/projects')).status).toBe(401);
  });

  it('escapes everything on the settings page', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = renderApiKeysPage([
      {
        keyId: 'k"1',
        key: 'ck_live_abcd<img>',
        accountId: 'a',
        scope: 'write',
        name: '<script>',
        createdAt: '2025-01-01T00:00:00.000Z',
        revoked: false,
      },
    ]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img>');
    expect(html).toContain('<option value="write" selected>');
  });
});
