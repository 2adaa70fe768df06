import { fakeBrowser } from 'wxt/testing';
import type * as Messaging from '@/utils/messaging';

/**
 * Stands in for Chrome's runtime messaging between a page and the service worker in component
 * tests. `wxt/testing`'s fake browser cannot carry @webext-core/messaging v4 messages: the library
 * calls `chrome.runtime.sendMessage(message, callback)` and the fake never calls the callback.
 * So `@/utils/messaging` is mocked with this: `onMessage` (used by the real
 * `registerMessageHandlers`) records handlers, and `askBackground` (used by the pages) delivers a
 * structured clone of the data to them, from the sender Chrome names for one of our pages, and
 * clones the reply back, as Chrome would.
 */

type Handler = (message: { type: string; data: unknown; sender: object }) => unknown;

const handlers = new Map<string, Handler>();

/** Every message delivered since the last {@link resetBridge}, as the background received it. */
export const delivered: Array<{ type: string; data: unknown }> = [];
/** The types of the messages the background has answered since the last {@link resetBridge}, in answer order. */
export const answered: string[] = [];

export function resetBridge(): void {
  handlers.clear();
  delivered.length = 0;
  answered.length = 0;
}

export function withBridge(real: typeof Messaging): typeof Messaging {
  const onMessage = (type: string, handler: Handler) => {
    if (handlers.has(type)) throw new Error(`A handler for ${type} is already registered.`);
    handlers.set(type, handler);
    return () => handlers.delete(type);
  };
  const askBackground = async (type: string, data?: unknown) => {
    const handler = handlers.get(type);
    if (!handler) throw new Error(`No background handler for ${type}; call registerMessageHandlers first.`);
    const sent = data === undefined ? undefined : structuredClone(data);
    delivered.push({ type, data: sent });
    // As Chrome names a page of ours (`URL.origin` would be "null" for this scheme outside Chrome).
    const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html'), origin: `chrome-extension://${fakeBrowser.runtime.id}` };
    const reply = structuredClone(await handler({ type, data: sent, sender }));
    answered.push(type);
    return reply;
  };
  return {
    ...real,
    onMessage: onMessage as unknown as typeof real.onMessage,
    askBackground: askBackground as unknown as typeof real.askBackground,
  };
}
