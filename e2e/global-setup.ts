import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startSandbox } from '../sandbox/server';

/**
 * Starts one sandbox on a free loopback port for the whole run (each test makes its own account,
 * so tests stay independent) and builds the extension pointed at it, since the API origin and
 * the only host permission are fixed at build time. Tests read both from the environment.
 * The build is a production one, in a folder named after the port so two runs never share one.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const sandbox = await startSandbox({ port: 0 });
  const outDir = path.resolve('.output/e2e', String(sandbox.port));
  execFileSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WXT_CLOCKME_API_URL: sandbox.origin, WXT_OUT_DIR: outDir },
  });
  process.env.E2E_SANDBOX_ORIGIN = sandbox.origin;
  process.env.E2E_EXTENSION_DIR = path.join(outDir, 'chrome-mv3');
  return async () => {
    await sandbox.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
