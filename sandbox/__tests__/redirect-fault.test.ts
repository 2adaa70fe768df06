// @vitest-environment node
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../server';
import { admin, api, newAccount, start } from './helpers';

let sb: RunningSandbox;
/** A second local server standing in for "another origin": records what reaches it. */
let other: Server;
let otherOrigin: string;
const received: Array<{ url: string; headers: IncomingHttpHeaders }> = [];

beforeAll(async () => {
  sb = await start();
  other = createServer((req, res) => {
    received.push({ url: req.url ?? '', headers: req.headers });
    res.end('elsewhere');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await admin(sb, 'DELETE', '/faults');
  received.length = 0;
});
afterAll(async () => {
  await sb.close();
  other.closeAllConnections();
  await new Promise((resolve) => other.close(resolve));
});

describe('redirect faults', () => {
  it('answer with a 307 to the other origin, keeping the path and query, count times, then normally', async () => {
    const acct = await newAccount(sb);
    const made = await admin(sb, 'POST', '/faults', { redirectTo: otherOrigin, key: acct.keys.write, count: 2 });
    expect(made.status).toBe(201);

    for (let i = 0; i < 2; i += 1) {
      const res = await fetch(`${sb.origin}/api/timer/current?probe=${i}`, { headers: { authorization: `Bearer ${acct.keys.write}` }, redirect: 'manual' });
      expect(res.status).toBe(307);
      expect(res.headers.get('location')).toBe(`${otherOrigin}/api/timer/current?probe=${i}`);
    }
    expect((await api(sb, acct.keys.write, 'GET', '/timer/current')).status).toBe(200);
    const log = await admin(sb, 'GET', `/requests?key=${acct.keys.write}`);
    expect(log.json.requests.map((request: { status: number }) => request.status)).toEqual([307, 307, 200]);
  });

  it('acts on nothing: a redirected start starts no timer', async () => {
    const acct = await newAccount(sb);
    await admin(sb, 'POST', '/faults', { redirectTo: otherOrigin, key: acct.keys.write });
    const res = await fetch(`${sb.origin}/api/timer/start`, {
      method: 'POST',
      headers: { authorization: `Bearer ${acct.keys.write}`, 'content-type': 'application/json' },
      body: JSON.stringify({ projectName: 'Website' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(307);
    expect((await admin(sb, 'GET', `/state?accountId=${acct.accountId}`)).json.timer).toBeNull();
  });

  it('a client that follows it lands on the other server (which is what the extension must never do)', async () => {
    const acct = await newAccount(sb);
    await admin(sb, 'POST', '/faults', { redirectTo: `${otherOrigin}/`, status: 302, key: acct.keys.read });
    const res = await api(sb, acct.keys.read, 'GET', '/projects');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('elsewhere');
    expect(received.map((request) => request.url)).toEqual(['/api/projects']);
  });

  it('phase "after" acts, then answers with the redirect', async () => {
    const acct = await newAccount(sb);
    await admin(sb, 'POST', '/faults', { redirectTo: otherOrigin, status: 308, phase: 'after', key: acct.keys.write });
    const res = await fetch(`${sb.origin}/api/timer/start`, {
      method: 'POST',
      headers: { authorization: `Bearer ${acct.keys.write}`, 'content-type': 'application/json' },
      body: JSON.stringify({ projectName: 'Website' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(308);
    expect((await admin(sb, 'GET', `/state?accountId=${acct.accountId}`)).json.timer).not.toBeNull();
  });

  it('refuses a status that is not a redirect, and a target that is not an http(s) URL', async () => {
    expect((await admin(sb, 'POST', '/faults', { redirectTo: otherOrigin, status: 503 })).status).toBe(400);
    expect((await admin(sb, 'POST', '/faults', { redirectTo: 'not a url' })).status).toBe(400);
    expect((await admin(sb, 'POST', '/faults', { redirectTo: 'file:///etc/passwd' })).status).toBe(400);
    expect((await admin(sb, 'DELETE', '/faults')).json).toEqual({ cleared: 0 });
  });
});

describe('request log: the whole request', () => {
  it('records the full URL with its query, every header and the raw body, also when it is not JSON', async () => {
    const acct = await newAccount(sb);
    await fetch(`${sb.origin}/api/projects?where=here&n=1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${acct.keys.full}`, 'content-type': 'text/plain', 'x-custom': 'custom value' },
      body: 'name=not json',
    });
    const { json } = await admin(sb, 'GET', `/requests?key=${acct.keys.full}`);
    expect(json.requests).toHaveLength(1);
    const [request] = json.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/api/projects',
      url: `${sb.origin}/api/projects?where=here&n=1`,
      body: null,
      bodyText: 'name=not json',
      authorization: `Bearer ${acct.keys.full}`,
    });
    expect(request.headers).toMatchObject({
      authorization: `Bearer ${acct.keys.full}`,
      'content-type': 'text/plain',
      'x-custom': 'custom value',
      host: new URL(sb.origin).host,
    });
  });

  it('an empty body is logged as "" and null', async () => {
    const acct = await newAccount(sb);
    await api(sb, acct.keys.read, 'GET', '/timer/current');
    const { json } = await admin(sb, 'GET', `/requests?key=${acct.keys.read}`);
    expect(json.requests[0]).toMatchObject({ body: null, bodyText: '' });
  });
});
