import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startSandbox } from '../sandbox/server';

/** Where the e2e build (a production build pointed at the sandbox) goes. */
export const E2E_OUT_DIR = path.resolve('.output/e2e');

/**
 * Starts one sandbox on a free loopback port for the whole run (each test makes its own account,
 * so tests stay independent) and builds the extension pointed at it, since the API origin and
 * the only host permission are fixed at build time. Tests read both from the environment.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const sandbox = await startSandbox({ port: 0 });
  execFileSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WXT_CLOCKME_API_URL: sandbox.origin, WXT_OUT_DIR: E2E_OUT_DIR },
  });
  process.env.E2E_SANDBOX_ORIGIN = sandbox.origin;
  process.env.E2E_EXTENSION_DIR = path.join(E2E_OUT_DIR, 'chrome-mv3');
  return () => sandbox.close();
}
