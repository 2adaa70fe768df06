import { useCallback, useEffect, useRef, useState } from 'react';
import { draftItem, type Draft } from '@/utils/storage';
import { preloadedValue } from '../preloaded-items';

const EMPTY_DRAFT: Draft = { projectId: null, description: '' };

/**
 * The popup's draft (chosen project, typed description), kept in `draftItem` so it survives
 * closing the popup, which destroys the page. Read once when the popup opens (preloaded before its
 * first render, else `undefined` until read); every change is shown at once from this state and written to storage in order. Not
 * watched: the popup is the only writer, and an echo of an older write arriving while the person
 * types would undo keystrokes.
 * @returns the draft, `update(patch)` to change part of it and `clear()` after a start or switch.
 */
export function useDraft(): { draft: Draft | undefined; update: (patch: Partial<Draft>) => void; clear: () => void } {
  const [draft, setDraft] = useState<Draft | undefined>(() => preloadedValue(draftItem)?.value);
  const latest = useRef<Draft | undefined>(draft);

  useEffect(() => {
    if (latest.current) return; // preloaded
    let mounted = true;
    void draftItem.getValue().then((stored) => {
      // A change made before the read finished is newer than what was stored.
      if (!mounted || latest.current) return;
      latest.current = stored;
      setDraft(stored);
    });
    return () => {
      mounted = false;
    };
  }, []);

  const write = useCallback((next: Draft) => {
    latest.current = next;
    setDraft(next);
    // Issued at once (not after the previous write finished), so closing the popup right after a
    // keystroke loses nothing; chrome.storage applies writes in the order they were issued.
    void draftItem.setValue(next);
  }, []);
  const update = useCallback((patch: Partial<Draft>) => write({ ...(latest.current ?? EMPTY_DRAFT), ...patch }), [write]);
  const clear = useCallback(() => write(EMPTY_DRAFT), [write]);
  return { draft, update, clear };
}
