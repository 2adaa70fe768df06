import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { preloadedValue } from './preloaded-items';

/**
 * The current value of a storage item, kept live with `watch()`. Starts from the value the page
 * preloaded before its first render ({@link preloadItems}), else `undefined` until first read.
 * Writes go to storage (through the service worker), never to this state.
 */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T | undefined>(() => preloadedValue(item)?.value);
  useEffect(() => {
    let watched = false;
    let mounted = true;
    const unwatch = item.watch((next) => {
      watched = true;
      setValue(next);
    });
    // A preloaded value is current (watched since it was read; it may have changed since this
    // render): no second read.
    const known = preloadedValue(item);
    void (known ? Promise.resolve(known.value) : item.getValue()).then((initial) => {
      // A change seen by watch() is newer than this first read.
      if (mounted && !watched) setValue(initial);
    });
    return () => {
      mounted = false;
      unwatch();
    };
  }, [item]);
  return value;
}
