import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './context';
import { errorResponse, failure } from './errors';

/** Whether a socket remote address is loopback: 127.0.0.0/8, ::1, or their IPv4-mapped forms. */
export function isLoopbackAddress(address: string | null | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase().replace(/%.*$/, '');
  if (a === '::1' || a === '0:0:0:0:0:0:0:1') return true;
  const v4 = a.startsWith('::ffff:') ? a.slice('::ffff:'.length) : a;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Middleware answering 403 `forbidden` unless the request comes from a loopback address. */
export function loopbackOnly(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const remote = c.env.incoming.socket.remoteAddress;
    if (!isLoopbackAddress(remote)) {
      return errorResponse(failure(403, 'forbidden', 'The sandbox admin surface only answers loopback clients.'));
    }
    await next();
  };
}
