import { useLayoutEffect, type RefObject } from 'react';
import { afterNextPaint } from './after-paint';

/** True once a {@link useFocusOnMount} of this page has given focus after the page's first paint. */
let firstScreenPainted = false;

/**
 * Puts the keyboard on `target`'s element when it mounts, as `autoFocus` does, except on the
 * page's first screen: there the focus is given right after the first paint
 * ({@link afterNextPaint}). Focusing forces style and layout at once; inside React's commit that
 * delayed the popup's first paint (issue 7, measured in docs/decisions.md "Popup size and first
 * paint"). Elements mounted later (the Stop button after a start) are focused in the same commit,
 * like `autoFocus`.
 *
 * The deferred focus is given only while nothing else has it (`document.activeElement` is the
 * body): a question that took the keyboard when it appeared (idle time, paused work), or a click
 * of the person in between, wins.
 * @param enabled false: no focus (e.g. the field is not the one the keyboard starts on).
 */
export function useFocusOnMount(target: RefObject<HTMLElement | null>, enabled = true): void {
  useLayoutEffect(() => {
    if (!enabled) return;
    if (firstScreenPainted) {
      target.current?.focus();
      return;
    }
    return afterNextPaint(() => {
      firstScreenPainted = true;
      const active = document.activeElement;
      if (!active || active === document.body) target.current?.focus();
    });
  }, [target, enabled]);
}

/** Makes the next {@link useFocusOnMount} wait for a first paint again, as in a new page (for tests). */
export function forgetFirstPaint(): void {
  firstScreenPainted = false;
}
