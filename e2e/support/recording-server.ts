import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that reached a {@link RecordingServer}. */
export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A plain HTTP server on a free loopback port that answers everything with 200 and records what it received. */
export interface RecordingServer {
  /** e.g. `http://127.0.0.1:45123` */
  readonly origin: string;
  readonly received: readonly RecordedRequest[];
  close(): Promise<void>;
}

/** Starts a {@link RecordingServer}; resolves once it listens. */
export async function startRecordingServer(): Promise<RecordingServer> {
  const received: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"timer":null}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
