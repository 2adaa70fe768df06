/** A response kept for replay: status, body text and content type. */
export interface StoredResponse {
  status: number;
  body: string | null;
  contentType: string | null;
}

/** What is known about an (account, Idempotency-Key) pair. */
export type IdempotencyState =
  | { kind: 'none' }
  | { kind: 'done'; response: StoredResponse }
  | { kind: 'pending'; wait: Promise<void> };

interface Slot {
  at: number;
  response: StoredResponse | null;
  wait: Promise<void>;
  settle: () => void;
}

/** How long a key is remembered: 24 h. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Remembers the first response to each (account, Idempotency-Key) for 24 h so a repeat
 * is answered with it instead of acting twice. A repeat that arrives while the first is
 * still in progress waits for it.
 */
export class IdempotencyStore {
  private readonly slots = new Map<string, Slot>();

  /** The state of `key` for `accountId` at `now` (expired keys count as unknown). */
  get(accountId: string, key: string, now = Date.now()): IdempotencyState {
    const id = slotId(accountId, key);
    const slot = this.slots.get(id);
    if (!slot) return { kind: 'none' };
    if (now - slot.at > IDEMPOTENCY_TTL_MS) {
      this.slots.delete(id);
      return { kind: 'none' };
    }
    return slot.response ? { kind: 'done', response: slot.response } : { kind: 'pending', wait: slot.wait };
  }

  /**
   * Marks `key` as in progress and returns the function that completes it: pass the response
   * to keep it, or null to forget the key (e.g. after a 5xx) so a retry acts.
   */
  begin(accountId: string, key: string, now = Date.now()): (response: StoredResponse | null) => void {
    const id = slotId(accountId, key);
    let settle = (): void => {};
    const wait = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const slot: Slot = { at: now, response: null, wait, settle };
    this.slots.set(id, slot);
    return (response) => {
      if (response) slot.response = response;
      else if (this.slots.get(id) === slot) this.slots.delete(id);
      slot.settle();
    };
  }

  /** Forgets every key. */
  clear(): void {
    for (const slot of this.slots.values()) slot.settle();
    this.slots.clear();
  }
}

function slotId(accountId: string, key: string): string {
  return `${accountId}\u0000${key}`;
}

/** Reads a response into a {@link StoredResponse} (the response itself stays usable). */
export async function storeResponse(res: Response): Promise<StoredResponse> {
  const body = res.status === 204 || res.status === 304 ? null : await res.clone().text();
  return { status: res.status, body, contentType: res.headers.get('content-type') };
}

/** A fresh response equal to the stored one, marked with `Idempotent-Replayed: true`. */
export function replayResponse(stored: StoredResponse): Response {
  const headers: Record<string, string> = { 'idempotent-replayed': 'true' };
  if (stored.contentType) headers['content-type'] = stored.contentType;
  return new Response(stored.body, { status: stored.status, headers });
}
