// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server';
import { admin, api, apiJson, newAccount, start } from './helpers';

const CHALLENGE = 'Bearer realm="clockme", error="invalid_token"';
let sb: RunningSandbox;

beforeAll(async () => {
  sb = await start();
});
afterAll(async () => {
  await sb.close();
});

describe('authentication', () => {
  it('401 missing_key without Authorization, with the challenge header', async () => {
    const r = await apiJson(sb, null, 'GET', '/timer/current');
    expect(r.status).toBe(401);
    expect(r.json).toMatchObject({ error: 'missing_key' });
    expect(typeof r.json.message).toBe('string');
    expect(r.headers.get('www-authenticate')).toBe(CHALLENGE);
  });

  it('401 invalid_key for an unknown or malformed key', async () => {
    const unknown = await apiJson(sb, 'ck_live_0000000000000000000000000000000', 'GET', '/projects');
    expect(unknown.status).toBe(401);
    expect(unknown.json.error).toBe('invalid_key');
    expect(unknown.headers.get('www-authenticate')).toBe(CHALLENGE);
    const res = await fetch(`${sb.origin}/api/projects`, { headers: { authorization: 'Basic abc' } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toBe('invalid_key');
  });

  it('revoking a key makes it 401 key_revoked; unknown key revoke is 404', async () => {
    const acct = await newAccount(sb);
    expect((await api(sb, acct.keys.write, 'GET', '/timer/current')).status).toBe(200);
    expect(await admin(sb, 'POST', '/keys/revoke', { key: acct.keys.write })).toEqual({
      status: 200,
      json: { revoked: true },
    });
    const r = await apiJson(sb, acct.keys.write, 'GET', '/timer/current');
    expect(r.status).toBe(401);
    expect(r.json.error).toBe('key_revoked');
    expect(r.headers.get('www-authenticate')).toBe(CHALLENGE);
    expect((await admin(sb, 'POST', '/keys/revoke', { key: 'ck_live_nope' })).status).toBe(404);
  });

  it('issues ck_live_ + 32 base62 keys, defaulting to the default account', async () => {
    const { status, json } = await admin(sb, 'POST', '/keys', { scope: 'read', name: 'Chrome extension' });
    expect(status).toBe(201);
    expect(json.key).toMatch(/^ck_live_[A-Za-z0-9]{32}$/);
    expect(json).toMatchObject({ accountId: sb.defaultAccountId, scope: 'read' });
    expect(typeof json.keyId).toBe('string');
    expect((await admin(sb, 'POST', '/keys', { scope: 'admin' })).status).toBe(400);
    expect((await admin(sb, 'POST', '/keys', { scope: 'read', accountId: 'acc_nope' })).status).toBe(404);
  });
});

describe('scopes', () => {
  it('a read key may GET but not start a timer (403 + header)', async () => {
    const acct = await newAccount(sb);
    expect((await api(sb, acct.keys.read, 'GET', '/projects')).status).toBe(200);
    expect((await api(sb, acct.keys.read, 'GET', '/workspaces')).status).toBe(200);
    const r = await apiJson(sb, acct.keys.read, 'POST', '/timer/start', { projectName: 'Website' });
    expect(r.status).toBe(403);
    expect(r.json).toMatchObject({ error: 'insufficient_scope', requiredScope: 'write' });
    expect(r.headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope", scope="write"');
    const state = await admin(sb, 'GET', `/state?accountId=${acct.accountId}`);
    expect(state.json.timer).toBeNull();
  });

  it('a write key cannot create a project, a full key can', async () => {
    const acct = await newAccount(sb);
    const denied = await apiJson(sb, acct.keys.write, 'POST', '/projects', { name: 'New' });
    expect(denied.status).toBe(403);
    expect(denied.json.requiredScope).toBe('full');
    expect(denied.headers.get('www-authenticate')).toBe('Bearer error="insufficient_scope", scope="full"');
    const made = await apiJson(sb, acct.keys.full, 'POST', '/projects', { name: 'New', color: '#112233' });
    expect(made.status).toBe(201);
    expect(made.json.project).toMatchObject({ name: 'New', color: '#112233', hourlyRate: null, archived: false });
    const list = await apiJson(sb, acct.keys.read, 'GET', '/projects');
    expect(list.json.projects.map((p: { name: string }) => p.name)).toContain('New');
  });

  it('write may heartbeat and manage entries; read may not', async () => {
    const acct = await newAccount(sb);
    expect((await api(sb, acct.keys.read, 'POST', '/timer/heartbeat')).status).toBe(403);
    expect((await api(sb, acct.keys.read, 'DELETE', '/entries/x')).status).toBe(403);
    expect((await api(sb, acct.keys.write, 'DELETE', '/entries/x')).status).toBe(404);
  });
});
