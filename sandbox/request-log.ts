/** One logged /api request. */
export interface LoggedRequest {
  seq: number;
  at: string;
  /**
   * When the request reached the sandbox: epoch ms with sub-millisecond precision
   * (`performance.timeOrigin + performance.now()`), for latency measurements (`npm run bench`).
   */
  arrivedAtMs: number;
  method: string;
  path: string;
  /** The full request URL as received, query included, e.g. `http://127.0.0.1:4010/api/projects?x=1`. */
  url: string;
  /** Every request header as received (names in lower case; repeated headers joined with `, `). */
  headers: Record<string, string>;
  /** The raw `Authorization` header exactly as received, or null. */
  authorization: string | null;
  idempotencyKey: string | null;
  accountId: string | null;
  /** Final status, or null when the connection was dropped or the answer is not finished. */
  status: number | null;
  /** Parsed JSON body, or null. */
  body: unknown;
  /** The raw body text (`''` when there is none), also when it is not JSON. */
  bodyText: string;
}

/** Filters of GET /__sandbox/requests. */
export interface RequestFilter {
  accountId?: string;
  /** Only requests whose Bearer token is exactly this key. */
  key?: string;
}

/** The most requests kept; older ones are dropped first. */
export const MAX_LOGGED_REQUESTS = 10_000;

/** Every /api request in arrival order, for tests to inspect. */
export class RequestLog {
  private entries: Array<LoggedRequest & { token: string | null }> = [];
  private seq = 0;

  /** Appends a request (status null until {@link RequestLog.finish}) and returns its entry. */
  record(fields: Omit<LoggedRequest, 'seq' | 'status'> & { token: string | null }): LoggedRequest {
    this.seq += 1;
    const entry = { ...fields, seq: this.seq, status: null as number | null };
    this.entries.push(entry);
    if (this.entries.length > MAX_LOGGED_REQUESTS) this.entries.shift();
    return entry;
  }

  /** The logged requests matching the filter, oldest first. */
  list(filter: RequestFilter = {}): LoggedRequest[] {
    return this.entries
      .filter((e) => filter.accountId === undefined || e.accountId === filter.accountId)
      .filter((e) => filter.key === undefined || e.token === filter.key)
      .map(({ token: _token, ...rest }) => ({ ...rest }));
  }

  /** Empties the log; sequence numbers keep increasing. */
  clear(): void {
    this.entries = [];
  }
}

/** The body text parsed as JSON, or null when empty or not JSON. */
export function parseLoggedBody(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
