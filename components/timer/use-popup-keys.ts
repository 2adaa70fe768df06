import { useEffect, useRef } from 'react';
import { describeFocus, enterMeaning, escapeMeaning } from './popup-keys';

/**
 * Listens on the window in the capture phase, so the focus is judged as it was when the key went
 * down (before a combobox closes its list on the same press), and calls `onEnter` / `onEscape`
 * when {@link enterMeaning} / {@link escapeMeaning} say the popup takes the key. A handler left
 * `undefined` leaves its key alone. The latest handlers are used without re-subscribing.
 */
export function usePopupKeys({ onEnter, onEscape }: { onEnter?: () => void; onEscape?: () => void }): void {
  const handlers = useRef({ onEnter, onEscape });
  useEffect(() => {
    handlers.current = { onEnter, onEscape };
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const focus = describeFocus(event.target instanceof Element ? event.target : null, event);
      const { onEnter: enter, onEscape: escape } = handlers.current;
      if (event.key === 'Enter' && enter && enterMeaning(focus) === 'take') {
        event.preventDefault();
        enter();
      } else if (event.key === 'Escape' && escape && escapeMeaning(focus) === 'take') {
        event.preventDefault();
        escape();
      }
    };
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);
}
