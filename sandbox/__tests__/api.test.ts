// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server';
import { admin, api, apiJson, newAccount, start, type TestAccount } from './helpers';

const ISO_Z = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/;
let sb: RunningSandbox;

beforeAll(async () => {
  sb = await start();
});
afterAll(async () => {
  await sb.close();
});

async function projectId(acct: TestAccount, name: string): Promise<string> {
  const { json } = await admin(sb, 'GET', `/state?accountId=${acct.accountId}`);
  return json.projects.find((p: { name: string }) => p.name === name).id;
}

describe('timer', () => {
  it('starts, reports, heartbeats and stops; 409s in between', async () => {
    const acct = await newAccount(sb);
    const key = acct.keys.write;
    expect((await apiJson(sb, key, 'GET', '/timer/current')).json).toEqual({ timer: null });
    expect((await apiJson(sb, key, 'POST', '/timer/stop')).json.error).toBe('no_running_timer');
    expect((await apiJson(sb, key, 'POST', '/timer/heartbeat')).status).toBe(409);

    const started = await apiJson(sb, key, 'POST', '/timer/start', { projectName: 'Website', description: 'Fix nav' });
    expect(started.status).toBe(201);
    expect(started.json.timer).toMatchObject({ projectName: 'Website', description: 'Fix nav' });
    expect(started.json.timer.startedAt).toMatch(ISO_Z);

    const again = await apiJson(sb, key, 'POST', '/timer/start', { projectName: 'Internal' });
    expect(again.status).toBe(409);
    expect(again.json.error).toBe('timer_already_running');
    expect(again.json.timer).toEqual(started.json.timer);

    const current = await apiJson(sb, acct.keys.read, 'GET', '/timer/current');
    expect(current.json.timer).toEqual(started.json.timer);
    const beat = await apiJson(sb, key, 'POST', '/timer/heartbeat');
    expect(beat.status).toBe(200);
    expect(beat.json.lastActivityAt).toMatch(ISO_Z);

    const stopped = await apiJson(sb, key, 'POST', '/timer/stop');
    expect(stopped.status).toBe(200);
    expect(stopped.json.entry).toMatchObject({ projectName: 'Website', startedAt: started.json.timer.startedAt });
    expect(Number.isInteger(stopped.json.entry.durationSeconds)).toBe(true);
    expect((await apiJson(sb, key, 'GET', '/timer/current')).json.timer).toBeNull();
  });

  it('matches projectName case-insensitively, else fallbackProjectId, else 404', async () => {
    const acct = await newAccount(sb);
    const key = acct.keys.write;
    const a = await apiJson(sb, key, 'POST', '/timer/start', { projectName: '  mobile APP ' });
    expect(a.json.timer.projectName).toBe('Mobile app');
    await api(sb, key, 'POST', '/timer/stop');

    const internal = await projectId(acct, 'Internal');
    const b = await apiJson(sb, key, 'POST', '/timer/start', { projectName: 'Nope', fallbackProjectId: internal });
    expect(b.status).toBe(201);
    expect(b.json.timer.projectId).toBe(internal);
    await api(sb, key, 'POST', '/timer/stop');

    expect((await apiJson(sb, key, 'POST', '/timer/start', { projectName: 'Nope' })).json.error).toBe('project_not_found');
    expect((await apiJson(sb, key, 'POST', '/timer/start', { projectName: 'old client' })).status).toBe(404);
    const archived = await projectId(acct, 'Old client');
    expect((await apiJson(sb, key, 'POST', '/timer/start', { projectId: archived })).json.error).toBe('project_not_found');
    expect((await apiJson(sb, key, 'POST', '/timer/start', { projectId: 'prj_nope' })).status).toBe(404);
  });

  it('400 invalid_request with issues for a bad body', async () => {
    const acct = await newAccount(sb);
    const none = await apiJson(sb, acct.keys.write, 'POST', '/timer/start', { description: 'x' });
    expect(none.status).toBe(400);
    expect(none.json.error).toBe('invalid_request');
    expect(none.json.issues).toEqual(['give projectId or projectName']);
    const res = await fetch(`${sb.origin}/api/timer/start`, {
      method: 'POST',
      headers: { authorization: `Bearer ${acct.keys.write}`, 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(res.status).toBe(400);
  });

  it('keeps accounts isolated', async () => {
    const a = await newAccount(sb);
    const b = await newAccount(sb);
    await api(sb, a.keys.write, 'POST', '/timer/start', { projectName: 'Website' });
    expect((await apiJson(sb, b.keys.read, 'GET', '/timer/current')).json.timer).toBeNull();
    const pa = await apiJson(sb, a.keys.read, 'GET', '/projects');
    const pb = await apiJson(sb, b.keys.read, 'GET', '/projects');
    expect(pa.json.projects.map((p: { name: string }) => p.name)).toEqual(['Website', 'Mobile app', 'Internal']);
    expect(pa.json.projects[0].id).not.toBe(pb.json.projects[0].id);
  });
});

describe('entries, workspaces, unknown paths', () => {
  it('creates, edits and deletes entries', async () => {
    const acct = await newAccount(sb);
    const key = acct.keys.write;
    const pid = await projectId(acct, 'Website');
    const bad = await apiJson(sb, key, 'POST', '/entries', {
      projectId: pid,
      startedAt: '2025-01-01T10:00:00Z',
      endedAt: '2025-01-01T09:00:00Z',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.issues).toEqual(['endedAt: must be after startedAt']);

    const made = await apiJson(sb, key, 'POST', '/entries', {
      projectId: pid,
      startedAt: '2025-01-01T10:00:00+01:00',
      endedAt: '2025-01-01T09:30:00.900Z',
    });
    expect(made.status).toBe(201);
    expect(made.json.entry).toMatchObject({
      startedAt: '2025-01-01T09:00:00.000Z',
      durationSeconds: 1800,
      description: null,
      projectName: 'Website',
    });
    const id = made.json.entry.id;
    const edited = await apiJson(sb, key, 'PATCH', `/entries/${id}`, { description: 'Call' });
    expect(edited.json.entry).toMatchObject({ description: 'Call', durationSeconds: 1800 });
    expect((await apiJson(sb, key, 'PATCH', `/entries/${id}`, { endedAt: '2024-01-01T00:00:00Z' })).status).toBe(400);
    expect((await apiJson(sb, key, 'PATCH', `/entries/${id}`, {})).status).toBe(400);
    const del = await api(sb, key, 'DELETE', `/entries/${id}`);
    expect(del.status).toBe(204);
    expect((await apiJson(sb, key, 'DELETE', `/entries/${id}`)).json.error).toBe('not_found');
  });

  it('lists the workspace', async () => {
    const acct = await newAccount(sb, 'Ada');
    const r = await apiJson(sb, acct.keys.read, 'GET', '/workspaces');
    expect(r.json.workspaces).toEqual([{ id: expect.any(String), name: "Ada's workspace", role: 'owner' }]);
  });

  it('answers unknown /api paths with 404 not_found JSON', async () => {
    const acct = await newAccount(sb);
    const r = await apiJson(sb, acct.keys.read, 'GET', '/nope');
    expect(r.status).toBe(404);
    expect(r.json.error).toBe('not_found');
    expect((await apiJson(sb, acct.keys.write, 'GET', '/timer/start')).status).toBe(404);
  });

  it('admin timer start/stop acts like another client', async () => {
    const acct = await newAccount(sb);
    const s = await admin(sb, 'POST', '/timer/start', { accountId: acct.accountId, projectName: 'Internal' });
    expect(s.status).toBe(201);
    const seen = await apiJson(sb, acct.keys.read, 'GET', '/timer/current');
    expect(seen.json.timer).toEqual(s.json.timer);
    expect((await admin(sb, 'POST', '/timer/start', { accountId: acct.accountId, projectName: 'Website' })).status).toBe(409);
    const stop = await admin(sb, 'POST', '/timer/stop', { accountId: acct.accountId });
    expect(stop.status).toBe(200);
    expect((await admin(sb, 'POST', '/timer/stop', { accountId: acct.accountId })).status).toBe(409);
    const state = await admin(sb, 'GET', `/state?accountId=${acct.accountId}`);
    expect(state.json.entries).toEqual([stop.json.entry]);
    expect(state.json.projects).toHaveLength(4);
  });
});
