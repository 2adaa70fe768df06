/**
 * CLI of the ClockMe API sandbox (`npm run sandbox`): listens on 127.0.0.1:4010 (env SANDBOX_PORT,
 * rate limit env SANDBOX_RATE_LIMIT), issues one key per scope for the default account, prints a
 * banner and one machine-readable `SANDBOX_READY {json}` line, and stops on SIGINT/SIGTERM.
 */
import { pathToFileURL } from 'node:url';
import { startSandbox, type RunningSandbox } from './server';
import type { Scope } from './types';

/** The keys printed at startup, one per scope. */
export type ScopeKeys = Record<Scope, string>;

/** What the CLI announces once the sandbox listens. */
export interface ReadyInfo {
  origin: string;
  keys: ScopeKeys;
}

/** The machine-readable ready line read by scripts/start.mjs: `SANDBOX_READY {"origin":…,"keys":{…}}`. */
export function readyLine(info: ReadyInfo): string {
  return `SANDBOX_READY ${JSON.stringify({ origin: info.origin, keys: info.keys })}`;
}

/** The human banner: origin, the three keys with their scopes, and how to revoke one. */
export function formatBanner(info: ReadyInfo): string {
  const { origin, keys } = info;
  return [
    '',
    `ClockMe API sandbox listening on ${origin}`,
    '',
    'API keys for the default account (Authorization: Bearer <key>):',
    `  read   ${keys.read}   GET requests only`,
    `  write  ${keys.write}   read + start/stop timers, heartbeat, entries`,
    `  full   ${keys.full}   everything, incl. POST /api/projects`,
    '',
    'Try it:',
    `  curl -X POST ${origin}/api/timer/start -H "Authorization: Bearer ${keys.write}" \\`,
    `       -H "Content-Type: application/json" -d '{"projectName":"Website"}'`,
    '',
    'Revoke a key (it then gets 401 key_revoked):',
    `  curl -X POST ${origin}/__sandbox/keys/revoke -H "Content-Type: application/json" -d '{"key":"${keys.write}"}'`,
    `  or open ${origin}/settings/api-keys`,
    '',
    `Admin: ${origin}/__sandbox/state · /__sandbox/requests · /__sandbox/faults · POST /__sandbox/reset`,
    'Stop with Ctrl+C.',
    '',
  ].join('\n');
}

/** Prints the banner and then the ready line to stdout. */
export function printBanner(info: ReadyInfo): void {
  process.stdout.write(`${formatBanner(info)}\n${readyLine(info)}\n`);
}

/** Issues one key per scope for the default account through the admin surface. */
async function issueKeys(origin: string): Promise<ScopeKeys> {
  const issue = async (scope: Scope): Promise<string> => {
    const res = await fetch(`${origin}/__sandbox/keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scope, name: `CLI ${scope} key` }),
    });
    if (res.status !== 201) throw new Error(`Could not create a ${scope} key: HTTP ${res.status}`);
    return ((await res.json()) as { key: string }).key;
  };
  return { read: await issue('read'), write: await issue('write'), full: await issue('full') };
}

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

/** Runs the CLI: start, issue keys, print, and close cleanly on SIGINT/SIGTERM. */
export async function runCli(): Promise<RunningSandbox> {
  const sandbox = await startSandbox({
    host: '127.0.0.1',
    port: envInt('SANDBOX_PORT', 4010),
    rateLimitPerMinute: envInt('SANDBOX_RATE_LIMIT', 60),
  });
  printBanner({ origin: sandbox.origin, keys: await issueKeys(sandbox.origin) });
  const stop = (signal: string): void => {
    process.stdout.write(`\n${signal}: stopping the sandbox.\n`);
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return sandbox;
}

/** A sentence for people on why the sandbox could not start, with what to do about a busy port. */
export function startFailureHint(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') {
    const port = process.env.SANDBOX_PORT ?? '4010';
    return `port ${port} is already in use, probably by a sandbox from an earlier run. Stop it (for example: fuser -k ${port}/tcp), or choose another port: SANDBOX_PORT=4011 npm start`;
  }
  return err instanceof Error ? err.message : String(err);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  runCli().catch((err: unknown) => {
    console.error(`[sandbox] failed to start: ${startFailureHint(err)}`);
    process.exit(1);
  });
}
