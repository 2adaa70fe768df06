import type { Page } from '@playwright/test';
import type { ProtocolMap } from '../../utils/messaging';

/**
 * Sends one message of the pages' protocol (`utils/messaging.ts`) to the service worker from an
 * open extension page, as the pages' `askBackground` does, and returns the worker's reply. For
 * tests that need a state (a key saved, a stop waiting) without depending on the words or shape
 * of the controls that lead there. The wire format is @webext-core/messaging's:
 * `{ id, type, data, timestamp }` answered by `{ res }` or `{ err }`.
 * @throws Error when the worker's handler threw (`err`) or nothing answered.
 */
export async function askWorker<K extends keyof ProtocolMap>(page: Page, type: K, ...data: Parameters<ProtocolMap[K]>): Promise<ReturnType<ProtocolMap[K]>> {
  const answer = await page.evaluate(
    ([type, data]) => chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 2 ** 31), type, data, timestamp: Date.now() }) as Promise<{ res?: unknown; err?: unknown } | undefined>,
    [type, data[0]] as const,
  );
  if (!answer || answer.err !== undefined) throw new Error(`The service worker did not answer "${type}": ${JSON.stringify(answer?.err ?? 'no reply')}`);
  return answer.res as ReturnType<ProtocolMap[K]>;
}
