// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Builds the extension the way a release is built (`wxt build`, `WXT_CLOCKME_API_URL` left at its
 * default, no test flags) and checks what would ship: the manifest against a reviewed snapshot,
 * and every file for traces of development (loopback hosts, key-shaped strings, source maps).
 */
// A key as a string literal would stand in the bundle (minified code glues `ck_live_` to the
// punctuation after it, so the looser shape `redactKeys` uses for text would match code).
const KEY_LITERAL = /ck_live_[A-Za-z0-9_-]{8,}/;

let dir = '';
let files: { name: string; text: string }[] = [];

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'clockme-release-'));
  const env: NodeJS.ProcessEnv = { ...process.env, WXT_OUT_DIR: dir, WXT_OPEN_BROWSER: '0' };
  for (const name of ['WXT_CLOCKME_API_URL', 'WXT_SOURCEMAP', 'WXT_TEST_POLL_SCALE', 'VITEST', 'VITEST_MODE', 'NODE_ENV', 'TEST']) delete env[name];
  await promisify(execFile)('npx', ['wxt', 'build'], { env, maxBuffer: 16 * 1024 * 1024 });
  const root = path.join(dir, 'chrome-mv3');
  files = await Promise.all((await listFiles(root)).map(async (file) => ({ name: path.relative(root, file), text: await readFile(file, 'latin1') })));
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the release build', () => {
  it('has the reviewed manifest (a new permission, host, CSP or external connection fails here)', async () => {
    const manifest = JSON.parse(files.find((file) => file.name === 'manifest.json')?.text ?? 'null');
    // Reviewing a change: run `npx vitest run utils/security -u`, read the diff, explain it in docs/security.md.
    await expect(`${JSON.stringify(manifest, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/release-manifest.json');
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications', 'idle']);
    expect(manifest.host_permissions).toEqual(['https://clockme.co/*']);
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'; connect-src https://clockme.co" });
    expect(manifest.externally_connectable).toEqual({ ids: [], matches: [] });
    for (const absent of ['content_scripts', 'web_accessible_resources', 'optional_permissions', 'optional_host_permissions', 'key', 'update_url']) {
      expect(manifest, absent).not.toHaveProperty(absent);
    }
  });

  it('names no loopback host and carries no key-shaped string', () => {
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap(({ name, text }) => [
      ...['localhost', '127.0.0.1', '[::1]'].filter((host) => text.includes(host)).map((host) => `${name}: ${host}`),
      ...(KEY_LITERAL.test(text) ? [`${name}: a key-shaped string`] : []),
    ]);
    expect(found).toEqual([]);
  });

  it('ships no source maps and no reference to one', () => {
    expect(files.filter(({ name }) => name.endsWith('.map')).map(({ name }) => name)).toEqual([]);
    expect(files.filter(({ text }) => text.includes('sourceMappingURL')).map(({ name }) => name)).toEqual([]);
  });

  it('never calls storage.sync, storage.session or IndexedDB, and never reads the key from page storage', () => {
    const scripts = files.filter(({ name }) => name.endsWith('.js'));
    const found = scripts.flatMap(({ name, text }) =>
      [/storage\.sync\b/, /storage\.session\b/, /indexedDB/, /\bsync:apiKey\b/, /\bsession:apiKey\b/].filter((pattern) => pattern.test(text)).map((pattern) => `${name}: ${pattern}`),
    );
    expect(found).toEqual([]);
  });
});
