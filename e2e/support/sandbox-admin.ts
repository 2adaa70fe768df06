import type { Entry as SandboxEntry, Project as SandboxProject, Timer as SandboxTimer } from '../../sandbox/types';
import type { LoggedRequest } from '../../sandbox/request-log';

/**
 * A typed client for the sandbox's admin surface (`/__sandbox/…`), used by tests to create
 * accounts and keys, revoke keys, act as another ClockMe client, inject faults and read what the
 * server saw.
 */

/** The sandbox's own shapes: what its admin surface returns. */
export type { Entry as SandboxEntry, Timer as SandboxTimer, Project as SandboxProject } from '../../sandbox/types';
export type { LoggedRequest } from '../../sandbox/request-log';

/** A fresh, isolated ClockMe account with one key per scope. */
export interface SandboxAccount {
  accountId: string;
  name: string;
  keys: { read: string; write: string; full: string };
}

/** A fault for the next matching `/api` requests. */
export interface Fault {
  count?: number;
  status?: number;
  body?: 'json' | 'html';
  delayMs?: number;
  drop?: boolean;
  path?: string;
  key?: string;
  /** `after`: the request acts normally, then its answer is replaced or dropped. */
  phase?: 'before' | 'after';
  /** `Retry-After` seconds of a 429. */
  retryAfter?: number;
  /**
   * Answer with a redirect (`status` 301, 302, 303, 307 or 308; default 307) to this URL followed
   * by the request's path and query, e.g. another local server's origin.
   */
  redirectTo?: string;
}

/** Calls the sandbox at `origin`. Every method throws when the sandbox answers an unexpected status. */
export class SandboxAdmin {
  constructor(readonly origin: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sandbox ${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  createAccount(name?: string): Promise<SandboxAccount> {
    return this.call('POST', '/__sandbox/accounts', { name });
  }
  /** Issues another key for an existing account, as "Settings → API Keys" would. */
  async createKey(accountId: string, scope: 'read' | 'write' | 'full', name?: string): Promise<string> {
    return (await this.call<{ key: string }>('POST', '/__sandbox/keys', { accountId, scope, name })).key;
  }
  revokeKey(key: string): Promise<{ revoked: true }> {
    return this.call('POST', '/__sandbox/keys/revoke', { key });
  }
  /** Starts a timer as another ClockMe client would (hooks, MCP, the dashboard), optionally back-dated to `startedAt` (ISO-8601). */
  startTimerElsewhere(accountId: string, projectName: string, description?: string, startedAt?: string): Promise<{ timer: SandboxTimer }> {
    return this.call('POST', '/__sandbox/timer/start', { accountId, projectName, description, startedAt });
  }
  stopTimerElsewhere(accountId: string): Promise<{ entry: SandboxEntry }> {
    return this.call('POST', '/__sandbox/timer/stop', { accountId });
  }
  state(accountId: string): Promise<{ timer: SandboxTimer | null; entries: SandboxEntry[]; projects: SandboxProject[] }> {
    return this.call('GET', `/__sandbox/state?accountId=${encodeURIComponent(accountId)}`);
  }
  injectFault(fault: Fault): Promise<{ faultId: string }> {
    return this.call('POST', '/__sandbox/faults', fault);
  }
  /** Removes one injected fault (others' faults stay: tests share the sandbox). */
  removeFault(faultId: string): Promise<{ removed: boolean }> {
    return this.call('DELETE', `/__sandbox/faults/${encodeURIComponent(faultId)}`);
  }
  /** Every `/api` request so far, optionally only those carrying `key`. */
  async requests(filter: { key?: string; accountId?: string } = {}): Promise<LoggedRequest[]> {
    const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined));
    return (await this.call<{ requests: LoggedRequest[] }>('GET', `/__sandbox/requests?${query}`)).requests;
  }
  /** The requests that start or stop a timer (`POST /api/timer/start|stop`), optionally only those carrying `key`. */
  async timerChanges(filter: { key?: string; accountId?: string } = {}): Promise<LoggedRequest[]> {
    return (await this.requests(filter)).filter((request) => request.method === 'POST' && /^\/api\/timer\/(start|stop)$/.test(request.path));
  }
  /** The sequence number of the newest logged request (0 when none): later requests have a greater `seq`. */
  async lastSeq(): Promise<number> {
    return (await this.requests()).reduce((max, request) => Math.max(max, request.seq), 0);
  }
  /** How many requests matching the filter have not been answered yet (held, or still running). */
  async unanswered(filter: { key?: string; accountId?: string } = {}): Promise<number> {
    return (await this.requests(filter)).filter((request) => request.status === null).length;
  }
  /** The page that mimics ClockMe's "Settings → API Keys" (a plain web page, not an extension page). */
  get apiKeysPageUrl(): string {
    return `${this.origin}/settings/api-keys`;
  }
}
