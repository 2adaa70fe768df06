import { createHash } from 'node:crypto';
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Cleanup } from './cleanup';

/**
 * The floors: generated extensions that do the least possible, measured the same way as ours in
 * the same run. Pages: static extension pages with no script, as many bytes as our built HTML,
 * holding an element that meets the same ready condition. Shortcut: a service worker of one line
 * that sends the same start request on the same command key (Alt+Shift+K).
 */

/** The floor pages, one per ready condition of `page-ready.ts`. */
export type FloorPage = 'idle' | 'running' | 'options';

/** The words the floor pages show (the same our pages are detected by). */
export interface FloorWords {
  start: string;
  keyLabel: string;
}

const BODIES: Record<FloorPage, (words: FloorWords) => string> = {
  idle: (words) => `<main><button type="button">${words.start}</button></main>`,
  running: () => `<main><span role="timer">0:00:00</span></main>`,
  options: (words) => `<main><label for="key">${words.keyLabel}</label><input id="key" type="password"></main>`,
};

/**
 * A floor page (pure): no script, no stylesheet, padded with an HTML comment to exactly `bytes`
 * bytes (UTF-8) when its content is smaller.
 */
export function floorPageHtml(page: FloorPage, words: FloorWords, bytes: number): string {
  const head = `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="UTF-8"><meta name="color-scheme" content="light dark"><title>ClockMe</title></head>\n<body>${BODIES[page](words)}`;
  const tail = '</body>\n</html>\n';
  const bare = Buffer.byteLength(head + tail);
  const padding = bytes - bare - '<!---->'.length;
  return padding >= 0 ? `${head}<!--${' '.repeat(padding)}-->${tail}` : head + tail;
}

/**
 * The id Chromium gives an unpacked extension (pure): the first 128 bits of the SHA-256 of its
 * folder's absolute path (symbolic links resolved), as hex digits written with the letters a–p.
 */
export function unpackedExtensionId(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

async function newFolder(cleanup: Cleanup, name: string): Promise<string> {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), `clockme-bench-${name}-`)));
  cleanup.add(`remove ${dir}`, () => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The generated floor-pages extension: its folder, id, and the URL of each floor page (and of a blank page that keeps its process alive). */
export interface FloorPagesExtension {
  dir: string;
  id: string;
  url: Record<FloorPage | 'keepAlive', string>;
}

/**
 * Writes the floor-pages extension. `sizes` are the bytes of our built `popup.html` and
 * `options.html` (the idle and running floors match the popup's size).
 */
export async function writeFloorPages(cleanup: Cleanup, words: FloorWords, sizes: { popup: number; options: number }): Promise<FloorPagesExtension> {
  const dir = await newFolder(cleanup, 'floor-pages');
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'ClockMe bench floor (pages)', version: '1.0' }));
  const pages: Array<[FloorPage, number]> = [['idle', sizes.popup], ['running', sizes.popup], ['options', sizes.options]];
  for (const [page, bytes] of pages) await writeFile(path.join(dir, `${page}.html`), floorPageHtml(page, words, bytes));
  await writeFile(path.join(dir, 'keep-alive.html'), '<!DOCTYPE html><title>keep-alive</title>');
  const id = unpackedExtensionId(dir);
  const url = (file: string) => `chrome-extension://${id}/${file}`;
  return { dir, id, url: { idle: url('idle.html'), running: url('running.html'), options: url('options.html'), keepAlive: url('keep-alive.html') } };
}

/** What the shortcut floor sends: `POST <origin>/api/timer/start` with this key and project. */
export interface FloorRequest {
  origin: string;
  key: string;
  projectId: string;
}

/** The shortcut floor's whole service worker (pure): one line sending the start request with our client's headers. */
export function shortcutFloorWorker(request: FloorRequest): string {
  const headers = `{ Authorization: ${JSON.stringify(`Bearer ${request.key}`)}, Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }`;
  return `chrome.commands.onCommand.addListener(() => fetch(${JSON.stringify(`${request.origin}/api/timer/start`)}, { method: 'POST', headers: ${headers}, body: ${JSON.stringify(JSON.stringify({ projectId: request.projectId }))} }));\n`;
}

/** Writes the shortcut-floor extension (Alt+Shift+K → the start request) and returns its folder. */
export async function writeShortcutFloor(cleanup: Cleanup, request: FloorRequest): Promise<string> {
  const dir = await newFolder(cleanup, 'floor-shortcut');
  const manifest = {
    manifest_version: 3,
    name: 'ClockMe bench floor (shortcut)',
    version: '1.0',
    host_permissions: [`${request.origin}/*`],
    background: { service_worker: 'background.js' },
    commands: { 'toggle-timer': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Start the timer' } },
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(path.join(dir, 'background.js'), shortcutFloorWorker(request));
  return dir;
}
