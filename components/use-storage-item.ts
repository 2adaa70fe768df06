import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * The current value of a storage item, kept live with `watch()`; `undefined` until first read.
 * Writes go to storage (through the service worker), never to this state.
 */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let watched = false;
    let mounted = true;
    const unwatch = item.watch((next) => {
      watched = true;
      setValue(next);
    });
    void item.getValue().then((initial) => {
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
