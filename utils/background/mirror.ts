import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

// The service worker's copy of the storage items it reads on a shortcut press's way to ClockMe
// (see docs/decisions.md, "Storage mirror"). Storage stays the truth: every write goes to it, and
// a copy is only a faster way to read what storage holds. Nothing here is ever logged.
// Our own code: WXT storage reads `chrome.storage` on every `getValue`, and no maintained library
// keeps a write-through copy that tells its own change events from other contexts' writes.

/** One value for {@link writeItems}: a typed storage item and its new value. */
export type StoredValue = Extract<Parameters<typeof storage.setItems>[0][number], { item: unknown }>;
type Item = StoredValue['item'];

interface Copy {
  item: Item;
  value?: unknown;
  known: boolean;
  /** The read of storage under way; replaced or dropped when the value changes meanwhile (its answer is then out of date). */
  loading?: Promise<unknown>;
  /** Our own writes whose change events have not come back yet (see {@link sameValue}), oldest first. */
  ours: string[];
}

const copies = new Map<string, Copy>();
/** Writes staged by {@link stageItems}, not yet handed to Chrome, oldest first. */
let staged: StoredValue[] = [];

/**
 * A value as Chrome hands it back in a change event (pure): JSON with object keys sorted (Chrome
 * keeps dictionaries sorted by key and drops `undefined`), so our own writes are recognised.
 */
const sameValue = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

function remember(copy: Copy, value: unknown): void {
  copy.value = value ?? copy.item.fallback;
  copy.known = true;
  copy.loading = undefined;
}

function forget(copy: Copy): void {
  copy.known = false;
  copy.loading = undefined;
}

/**
 * Keeps the copies right when storage changes: our own writes (already in memory) are recognised
 * and skipped; anyone else's is taken as it comes, or, while ours are still on their way (the
 * order is then unknown), the copy is forgotten and read again.
 */
function onChanged(changes: Record<string, { newValue?: unknown }>): void {
  for (const [key, change] of Object.entries(changes)) {
    const copy = copies.get(key);
    if (!copy) continue;
    const seen = copy.ours.indexOf(sameValue(change.newValue ?? copy.item.fallback));
    if (seen >= 0) copy.ours.splice(0, seen + 1);
    else if (copy.ours.length > 0) forget(copy);
    else remember(copy, change.newValue);
  }
}

/**
 * Starts keeping the copies right. Call first at service-worker start: Chrome calls storage
 * listeners in the order they were added, so every other one then finds the copies up to date.
 * (Reading or writing through this module also starts it.)
 */
export function keepStorageCopies(): void {
  const events = browser.storage.local.onChanged;
  // Without our listener (never added, or removed, as WXT's fake browser does between tests) no copy can be trusted.
  if (!events.hasListener(onChanged)) {
    forgetStorageCopies();
    events.addListener(onChanged);
  }
}

/** Drops every copy and staged write, as a stopped service worker loses them (for tests: a new worker reads storage). */
export function forgetStorageCopies(): void {
  copies.clear();
  staged = [];
}

function copyOf(item: Item): Copy {
  keepStorageCopies();
  const key = item.key.slice('local:'.length);
  let copy = copies.get(key);
  if (!copy) copies.set(key, (copy = { item, known: false, ours: [] }));
  return copy;
}

/**
 * The value of an item in memory, or `undefined` until it has been read ({@link readItem}): for
 * a change that must happen in one synchronous step (items whose value is never `undefined`).
 */
export function knownValue<I extends Item>(item: I): Awaited<ReturnType<I['getValue']>> | undefined {
  const copy = copyOf(item);
  return copy.known ? (copy.value as Awaited<ReturnType<I['getValue']>>) : undefined;
}

/**
 * The value of a `local:` storage item, read from storage once and then from memory, kept right
 * through `storage.onChanged` and {@link writeItems}. Never older than a read of storage begun at
 * the same moment, except for another context's write whose change event is still on its way.
 * @throws what `item.getValue()` throws.
 */
export async function readItem<I extends Item>(item: I): Promise<Awaited<ReturnType<I['getValue']>>> {
  const copy = copyOf(item);
  while (!copy.known) {
    const loading = (copy.loading ??= copy.item.getValue().catch((error: unknown) => {
      copy.loading = undefined;
      throw error;
    }));
    const value = await loading;
    if (copy.loading === loading) remember(copy, value);
  }
  return copy.value as Awaited<ReturnType<I['getValue']>>;
}

function change(values: StoredValue[]): void {
  for (const { item, value } of values) {
    const copy = copyOf(item);
    const next = sameValue(value ?? item.fallback);
    // Chrome sends no change event for a write that changes nothing (and one for several staged writes of an item).
    if (!copy.known || next !== sameValue(copy.value)) copy.ours.push(next);
    remember(copy, value);
  }
}

/**
 * Writes `values`, with everything staged before them, in one `chrome.storage.local.set`, handed
 * to Chrome before this returns (so a request sent right after goes after it: Chrome keeps one
 * extension's calls in order, and finishes a call it was handed even if the service worker is
 * stopped next); the copies change at once. Resolves once stored; if the write fails, the copies
 * are forgotten (read again) and the promise rejects.
 */
export function writeItems(values: StoredValue[]): Promise<void> {
  keepStorageCopies();
  change(values);
  const all = [...staged, ...values];
  staged = [];
  if (all.length === 0) return Promise.resolve();
  const written = storage.setItems(all);
  written.catch(() => all.forEach(({ item }) => forget(copyOf(item))));
  return written;
}

/**
 * Changes the copies at once and leaves the write to the next {@link writeItems} (the request
 * budget's, right before each request: what a request's way changes goes to storage in one call,
 * before the request), to {@link flushItems}, or at the latest to the next task.
 */
export function stageItems(values: StoredValue[]): void {
  if (staged.length === 0) setTimeout(flushItems);
  change(values);
  staged.push(...values);
}

/** Hands what is staged to Chrome now (see {@link writeItems}). */
export const flushItems = (): Promise<void> => writeItems([]);
