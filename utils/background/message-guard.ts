import { browser, type Browser } from 'wxt/browser';
import type { ProtocolMap, Reply } from '../messaging';
import { redactKeys } from '../security/redact';
import { MESSAGE_DATA } from './message-schemas';

/**
 * Whether a message comes from one of this extension's own pages (popup, options): the sender is
 * this extension (`sender.id`) and the sending document is on this extension's origin
 * (`chrome-extension://<id>`, from `sender.url` and, where Chrome gives it, `sender.origin`).
 * Other extensions cannot reach `runtime.onMessage` at all (`externally_connectable` is empty and
 * there is no `onMessageExternal` listener); this also refuses anything that is not a page of
 * ours, should a content script or frame ever be added.
 */
export function isFromOwnPage(sender: Pick<Browser.runtime.MessageSender, 'id' | 'url'> & { origin?: string } | undefined): boolean {
  if (!sender || sender.id !== browser.runtime.id || !sender.url) return false;
  // Compared as text: `chrome-extension://<id>/`. (`URL.origin` is "null" for this scheme outside Chrome.)
  const base = browser.runtime.getURL('/');
  return sender.url.startsWith(base) && (sender.origin === undefined || `${sender.origin}/` === base);
}

/** A message as the messaging library hands it over: its name, its data and who sent it. */
export interface IncomingMessage<K extends keyof ProtocolMap> {
  type: K;
  data: unknown;
  sender?: Browser.runtime.MessageSender & { origin?: string };
}

/**
 * The data of `message` when it may be acted on: from an own page ({@link isFromOwnPage}) and of
 * its declared shape (`MESSAGE_DATA`). `{ accepted: false }` means drop it: no action, no reply data.
 */
export function acceptMessage<K extends keyof ProtocolMap>(message: IncomingMessage<K>): { accepted: true; data: Parameters<ProtocolMap[K]>[0] } | { accepted: false } {
  if (!isFromOwnPage(message.sender)) return { accepted: false };
  const parsed = MESSAGE_DATA[message.type].safeParse(message.data);
  if (!parsed.success) return { accepted: false };
  return { accepted: true, data: (parsed.data ?? undefined) as Parameters<ProtocolMap[K]>[0] };
}

/** `reply` with its error sentence passed through `redactKeys`: the last check before a page shows it. */
export function redactReply<T extends Reply>(reply: T): T {
  if (reply.ok) return reply;
  return { ...reply, error: { ...reply.error, message: redactKeys(reply.error.message) } };
}

/**
 * Rethrows `error` with its message passed through `redactKeys`: an unexpected error is not
 * caught (the messaging library hands it to the page as a failure to answer), but masked first.
 */
export function rethrowRedacted(error: unknown): never {
  if (error instanceof Error) {
    const masked = new Error(redactKeys(error.message));
    masked.name = error.name;
    throw masked;
  }
  throw error;
}
