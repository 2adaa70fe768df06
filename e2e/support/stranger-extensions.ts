import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';

/**
 * Two tiny unpacked MV3 extensions built at test time, loaded next to ours:
 * - the **stranger** (`stranger.js`), whose service worker offers `ask(id, message)` and
 *   `connectTo(id, message)` for the test to send any extension messages from it;
 * - the **echo** (`echo.js`), which answers every message and port message of other extensions,
 *   so the test can show the stranger does get answers where someone listens.
 */
export interface StrangerExtensions {
  /** The folders to load (`--load-extension`). */
  dirs: string[];
  remove(): Promise<void>;
}

/** What the stranger's `ask` resolves with: the receiver's answer, or the error Chrome gave. */
export type Asked = { answered: true; response: unknown } | { answered: false; error: string };
/** What the stranger's `connectTo` resolves with: the messages that came back, and how the port ended. */
export interface Connected {
  disconnected: boolean;
  got: unknown[];
  error: string | null;
}

const STRANGER_WORKER = `
// Sends any message to another extension; never throws.
self.ask = (id, message) => {
  const answer = chrome.runtime.sendMessage(id, message).then(
    (response) => ({ answered: true, response: response === undefined ? null : response }),
    (error) => ({ answered: false, error: String((error && error.message) || error) }),
  );
  const late = new Promise((resolve) => setTimeout(() => resolve({ answered: false, error: 'still pending after 3 s' }), 3000));
  return Promise.race([answer, late]);
};
// Opens a port to another extension and posts one message on it.
self.connectTo = (id, message) => new Promise((resolve) => {
  const got = [];
  let port;
  try {
    port = chrome.runtime.connect(id);
  } catch (error) {
    resolve({ disconnected: true, got, error: String(error.message) });
    return;
  }
  port.onMessage.addListener((reply) => {
    got.push(reply);
    resolve({ disconnected: false, got, error: null });
  });
  port.onDisconnect.addListener(() => resolve({ disconnected: true, got, error: chrome.runtime.lastError ? chrome.runtime.lastError.message : null }));
  try {
    port.postMessage(message);
  } catch (error) {
    resolve({ disconnected: true, got, error: String(error.message) });
  }
  setTimeout(() => resolve({ disconnected: false, got, error: 'still open after 3 s' }), 3000);
});
`;

const ECHO_WORKER = `
chrome.runtime.onMessageExternal.addListener((message, sender, sendResponse) => sendResponse({ echoed: message, from: sender.id }));
chrome.runtime.onConnectExternal.addListener((port) => port.onMessage.addListener((message) => port.postMessage({ echoed: message })));
`;

async function writeExtension(dir: string, name: string, worker: string, script: string): Promise<void> {
  await mkdir(dir);
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name, version: '1.0', background: { service_worker: worker } }));
  await writeFile(path.join(dir, worker), script);
}

/** Writes both extensions into a new temporary folder. */
export async function buildStrangerExtensions(): Promise<StrangerExtensions> {
  const root = await mkdtemp(path.join(tmpdir(), 'clockme-strangers-'));
  const stranger = path.join(root, 'stranger');
  const echo = path.join(root, 'echo');
  await writeExtension(stranger, 'Stranger', 'stranger.js', STRANGER_WORKER);
  await writeExtension(echo, 'Echo', 'echo.js', ECHO_WORKER);
  return { dirs: [stranger, echo], remove: () => rm(root, { recursive: true, force: true }) };
}

/** The service worker whose script is `file` (e.g. `stranger.js`), waiting for it to start if need be. */
export async function workerOf(context: BrowserContext, file: string): Promise<Worker> {
  const isIt = (worker: Worker) => new URL(worker.url()).pathname === `/${file}`;
  return context.serviceWorkers().find(isIt) ?? context.waitForEvent('serviceworker', { predicate: isIt });
}

/** The extension id of a service worker (`chrome-extension://<id>/…`). */
export const extensionIdOf = (worker: Worker): string => new URL(worker.url()).host;
