import { z } from 'zod';
import { errorResponse, failureForStatus } from './errors';
import { newId } from './ids';

/** The statuses a redirect fault may answer with. */
export const REDIRECT_STATUSES = [301, 302, 303, 307, 308] as const;

/** Body of POST /__sandbox/faults. */
export const faultSpecSchema = z
  .object({
  count: z.number().int().min(1).default(1),
  status: z.number().int().min(100).max(599).optional(),
  body: z.enum(['json', 'html']).default('json'),
  delayMs: z.number().int().min(0).max(600_000).optional(),
  drop: z.boolean().default(false),
  path: z.string().min(1).optional(),
  key: z.string().min(1).optional(),
  /** Extension: "after" lets the request act normally, then replaces/drops its response. */
  phase: z.enum(['before', 'after']).default('before'),
  /** Extension: overrides the `error` code of a JSON fault body. */
  error: z.string().min(1).optional(),
  /** Extension: `Retry-After` seconds of a 429 fault (default 1). */
  retryAfter: z.number().int().min(0).optional(),
  /**
   * Extension: answer with a redirect (`status` 301, 302, 303, 307 or 308; default 307) whose
   * `Location` is this http(s) URL followed by the request's path and query, e.g.
   * `http://127.0.0.1:5001` → `http://127.0.0.1:5001/api/timer/start`. For tests that a redirect
   * never carries the key to another origin.
   */
  redirectTo: z.url({ protocol: /^https?$/ }).optional(),
})
  .refine((spec) => spec.redirectTo === undefined || spec.status === undefined || (REDIRECT_STATUSES as readonly number[]).includes(spec.status), {
    message: `a redirect's status must be one of ${REDIRECT_STATUSES.join(', ')}`,
    path: ['status'],
  });

/** A validated fault specification. */
export type FaultSpec = z.output<typeof faultSpecSchema>;

/** A queued fault and how many more requests it will hit. */
export interface Fault extends FaultSpec {
  faultId: string;
  remaining: number;
}

/** Injected failures for /api requests, consumed in the order they were added. */
export class FaultQueue {
  private faults: Fault[] = [];

  /** Queues a fault; it hits the next `count` matching requests. */
  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, faultId: newId('flt'), remaining: spec.count };
    this.faults.push(fault);
    return fault;
  }

  /** Consumes one hit of the oldest fault matching this request path and Bearer token, if any. */
  take(path: string, token: string | null): Fault | undefined {
    const fault = this.faults.find((f) => matches(f, path, token));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }

  /** Removes one queued fault; returns whether it was there. */
  remove(faultId: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.faultId !== faultId);
    return this.faults.length < before;
  }

  /** Removes every queued fault; returns how many there were. */
  clear(): number {
    const n = this.faults.length;
    this.faults = [];
    return n;
  }
}

function matches(fault: Fault, path: string, token: string | null): boolean {
  if (fault.key !== undefined && fault.key !== token) return false;
  if (fault.path !== undefined) {
    const prefix = fault.path.startsWith('/api') ? fault.path : `/api${fault.path.startsWith('/') ? '' : '/'}${fault.path}`;
    if (!path.startsWith(prefix)) return false;
  }
  return true;
}

/** Whether the fault answers instead of the API (a status, a redirect or a dropped connection), rather than only delaying it. */
export function answersInstead(fault: Fault): boolean {
  return fault.drop || fault.status !== undefined || fault.redirectTo !== undefined;
}

/**
 * The response a fault answers with: a redirect to `redirectTo` + `pathAndQuery` (e.g.
 * `/api/timer/start?x=1`), else a JSON API error or an HTML page for its status; null when it
 * has neither.
 */
export function faultResponse(fault: Fault, pathAndQuery = '/'): Response | null {
  if (fault.redirectTo !== undefined) {
    return new Response(null, { status: fault.status ?? 307, headers: { location: `${fault.redirectTo.replace(/\/+$/, '')}${pathAndQuery}` } });
  }
  if (fault.status === undefined) return null;
  if (fault.body === 'html') {
    return new Response(htmlFaultPage(fault.status), {
      status: fault.status,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  }
  return errorResponse(failureForStatus(fault.status, fault.error, fault.retryAfter ?? 1));
}

/** A page like a proxy or captive portal would return instead of the API's JSON. */
export function htmlFaultPage(status: number): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${status} - Network access</title></head>
<body><h1>Sign in to continue</h1>
<p>This network requires you to sign in before you can reach the internet (status ${status}).</p>
<form method="post" action="/login"><input name="user"><button>Connect</button></form>
</body></html>`;
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
