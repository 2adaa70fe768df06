import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Cleanup } from './cleanup';

/**
 * Production builds of the extension pointed at the sandbox, each in a temporary folder
 * (`WXT_OUT_DIR`; never a custom `--mode`, which would ship React's development build).
 */

/** How to build: against which origin, packed or not, with which test-only flags. */
export interface BuildOptions {
  /** The sandbox origin (`WXT_CLOCKME_API_URL`). */
  origin: string;
  /** `wxt zip` (build, then pack the store zip) instead of `wxt build`. */
  zip?: boolean;
  /** More build flags, e.g. `{ WXT_TEST_POLL_SCALE: '0.1' }` or `{ WXT_SOURCEMAP: '1' }`. */
  env?: Record<string, string>;
}

/** Where a build is. */
export interface Build {
  /** The unpacked extension (`…/chrome-mv3`). */
  dir: string;
  /** The packed `.zip`, when built with `zip`. */
  zipFile: string | null;
}

/** Builds (and packs) the extension; the folder is removed by `cleanup`. @throws Error with WXT's output when the build fails. */
export async function buildExtension(cleanup: Cleanup, name: string, options: BuildOptions): Promise<Build> {
  const outDir = await mkdtemp(path.join(tmpdir(), `clockme-bench-build-${name}-`));
  cleanup.add(`remove ${outDir}`, () => rm(outDir, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = { ...process.env, WXT_CLOCKME_API_URL: options.origin, WXT_OUT_DIR: outDir, ...options.env };
  // A build in this process's environment must not inherit flags meant for another build.
  for (const flag of ['WXT_TEST_POLL_SCALE', 'WXT_SOURCEMAP']) if (!options.env?.[flag]) delete env[flag];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('npx', ['wxt', options.zip ? 'zip' : 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`npx wxt ${options.zip ? 'zip' : 'build'} (${name}) failed with exit code ${code}:\n${text}`))));
  });
  const zip = options.zip ? (await readdir(outDir)).find((file) => file.endsWith('.zip')) : undefined;
  if (options.zip && !zip) throw new Error(`npx wxt zip (${name}) made no .zip in ${outDir}:\n${output}`);
  return { dir: path.join(outDir, 'chrome-mv3'), zipFile: zip ? path.join(outDir, zip) : null };
}
