import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app';
import { createContext, DEFAULT_RATE_LIMIT } from './context';
import { DEFAULT_ACCOUNT_ID } from './store';

/** Options of {@link startSandbox}. */
export interface SandboxOptions {
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Port; 0 (the default) picks any free port. */
  port?: number;
  /** Requests per key per rolling 60 s; default 60. */
  rateLimitPerMinute?: number;
}

/** A listening sandbox. */
export interface RunningSandbox {
  /** e.g. http://127.0.0.1:4010 */
  origin: string;
  port: number;
  /** Id of the account created at startup (stable across resets). */
  defaultAccountId: string;
  /** Stops listening and closes every connection, keep-alive ones included. */
  close(): Promise<void>;
}

/** Starts the ClockMe API sandbox HTTP server and resolves once it listens. */
export function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const ctx = createContext(options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT);
  const app = buildApp(ctx);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 0 }, (info: AddressInfo) => {
      server.off('error', reject);
      const urlHost = info.family === 'IPv6' || host.includes(':') ? `[${info.address}]` : host;
      resolve({
        origin: `http://${urlHost}:${info.port}`,
        port: info.port,
        defaultAccountId: DEFAULT_ACCOUNT_ID,
        close: () => closeServer(server as Server),
      });
    });
    server.once('error', reject);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => {
      if (err && (err as NodeJS.ErrnoException).code !== 'ERR_SERVER_NOT_RUNNING') reject(err);
      else resolve();
    });
    server.closeAllConnections();
  });
}
