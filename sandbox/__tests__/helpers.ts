// Shared helpers for the sandbox tests: a real server on port 0 and small fetch wrappers.
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../server';

/** Loosely typed JSON for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

/** A fresh account as returned by POST /__sandbox/accounts. */
export interface TestAccount {
  accountId: string;
  name: string;
  keys: { read: string; write: string; full: string };
}

/** Starts a sandbox on a free port. */
export function start(options: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ port: 0, ...options });
}

/** Calls an admin endpoint with an optional JSON body and returns status + parsed JSON. */
export async function admin<T = Loose>(
  sb: RunningSandbox,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${sb.origin}/__sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : null) as T };
}

/** Creates an isolated account with one key per scope. */
export async function newAccount(sb: RunningSandbox, name?: string): Promise<TestAccount> {
  const { status, json } = await admin<TestAccount>(sb, 'POST', '/accounts', name ? { name } : {});
  if (status !== 201) throw new Error(`account creation failed: ${status}`);
  return json;
}

/** Calls the API with a Bearer key (or none) and returns the raw response. */
export function api(
  sb: RunningSandbox,
  key: string | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const h: Record<string, string> = { ...headers };
  if (key !== null) h.authorization = `Bearer ${key}`;
  if (body !== undefined) h['content-type'] = 'application/json';
  return fetch(`${sb.origin}/api${path}`, {
    method,
    headers: h,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Like {@link api} but resolves to status, parsed JSON (or null) and headers. */
export async function apiJson<T = Loose>(
  ...args: Parameters<typeof api>
): Promise<{ status: number; json: T; headers: Headers }> {
  const res = await api(...args);
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, json: json as T, headers: res.headers };
}
