import { storage, type WxtStorageItem } from 'wxt/utils/storage';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- items of any value type
type AnyItem = WxtStorageItem<any, Record<string, unknown>>;

/** The latest known value of each preloaded item, by key; see {@link preloadItems}. */
const values = new Map<string, unknown>();
const unwatchers: Array<() => void> = [];

/**
 * Reads `items` in ONE storage call (WXT's `storage.getItems`), for a page to call before its first
 * render, so everything its first screen shows paints at once instead of after one read per
 * component (each started only once its parent had rendered). {@link useStorageItem} starts from
 * these values. They are watched from before the read, so they stay current for components that
 * mount later. A missing value is the item's fallback. Migrations are not waited for: the service
 * worker runs them when the extension updates, and a migrated value arrives through the watch.
 * @throws what `chrome.storage.local.get` throws.
 */
export async function preloadItems(items: readonly AnyItem[]): Promise<void> {
  for (const item of items) unwatchers.push(item.watch((value: unknown) => values.set(item.key, value)));
  const read = await storage.getItems([...items]);
  // A change seen by the watch is newer than this read.
  for (const { key, value } of read) if (!values.has(key)) values.set(key, value);
}

/** The preloaded value of `item`, kept current, as `{ value }`; `undefined` when it was not preloaded. */
export function preloadedValue<T>(item: WxtStorageItem<T, Record<string, unknown>>): { value: T } | undefined {
  return values.has(item.key) ? { value: values.get(item.key) as T } : undefined;
}

/** Forgets every preloaded value and stops watching (for tests). */
export function forgetPreloadedItems(): void {
  unwatchers.splice(0).forEach((unwatch) => unwatch());
  values.clear();
}
