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
/** The e2e build's poll cadence, as a fraction of the real one (see `utils/background/poll-cadence.ts`). */
export const E2E_POLL_SCALE = 0.1;

export default async function globalSetup(): Promise<() => Promise<void>> {
  const sandbox = await startSandbox({ port: 0 });
  const outDir = path.resolve('.output/e2e', String(sandbox.port));
  execFileSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // Polls every 6 s while a timer runs and 12 s otherwise (a tenth of the real cadence):
    // Chrome does not throttle alarms of an unpacked extension.
    env: { ...process.env, WXT_CLOCKME_API_URL: sandbox.origin, WXT_OUT_DIR: outDir, WXT_TEST_POLL_SCALE: String(E2E_POLL_SCALE) },
  });
  process.env.E2E_SANDBOX_ORIGIN = sandbox.origin;
  process.env.E2E_EXTENSION_DIR = path.join(outDir, 'chrome-mv3');
  return async () => {
    await sandbox.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
