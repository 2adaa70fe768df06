import { useId, useLayoutEffect, useRef, useState, type ChangeEvent, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';

/**
 * Our own combobox rather than a library's: the popup's JavaScript budget is 80 KB gzip including
 * React (issue 7), and downshift, which this replaces, was 11 KB of it with its dependencies; no
 * maintained combobox is smaller once it also brings its dependencies. This is only the part the
 * popup uses, following the WAI-ARIA APG "editable combobox with list autocomplete":
 * https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/
 */

/** How a {@link useCombobox} behaves; `T` is an option. */
export interface ComboboxOptions<T> {
  /** The options for the text in the field, in order. */
  items: readonly T[];
  /** The option chosen now, as an index in `items` (-1: none or not listed): highlighted when the list opens. */
  selectedIndex?: number;
  /**
   * `true` (the description): the text is the value; typing highlights nothing, Enter with nothing
   * highlighted is left to the form, and the list closes while nothing matches. `false` (the
   * project picker): the value is an option; typing highlights the first match, so "type, Enter"
   * chooses it, Enter never leaves an open list, and the list stays open (expanded) while nothing
   * matches, so the field can say so.
   */
  freeText: boolean;
  /** What was typed (from the field's `onChange`, so no keystroke is lost). */
  onType: (text: string) => void;
  /** An option was chosen: by click, Enter, Alt+↑, or Tab away from a highlighted one that {@link chooseOnTab} allows. */
  onChoose: (item: T) => void;
  /** Whether Tab away from the highlighted `item` chooses it (default: yes). */
  chooseOnTab?: (item: T) => boolean;
  /** The focus left the field (not to its own toggle button), after any choice; the list is closed. */
  onLeave?: () => void;
}

/**
 * An editable combobox with a listbox popup (ARIA 1.2): spread `labelProps` on the `<label>`,
 * `inputProps` (plus `value`) on the `<input>`, `listProps` on the `<ul>`, `optionProps(index)` on
 * each `<li>`, `toggleProps` on an optional button. Keys in the field: ↓/↑ open the list or move
 * through it (wrapping), Alt+↓ opens it, Alt+↑ chooses and closes, Home/End and PageUp/PageDown
 * move while it is open, Enter chooses the highlighted option, Esc closes the list (a closed
 * list leaves Esc alone, so the popup can close). The focus stays in the field; the highlighted
 * option is `aria-activedescendant` and `aria-selected`, and is scrolled into view.
 * @returns `isOpen` (as `aria-expanded` says), `activeIndex` (-1: none) and the props.
 */
export function useCombobox<T>({ items, selectedIndex = -1, freeText, onType, onChoose, chooseOnTab = () => true, onLeave }: ComboboxOptions<T>) {
  const id = useId();
  const ids = { label: `${id}label`, input: `${id}input`, list: `${id}list` };
  const optionId = (index: number) => `${id}option${index}`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const leavingByTab = useRef(false);
  const scroll = useRef(false);

  const count = items.length;
  const isOpen = open && (count > 0 || !freeText);
  const activeIndex = isOpen && active < count ? active : -1;
  const last = count - 1;

  /** Moves the highlight to `index` (-1: none); from the keyboard it is scrolled into view. */
  function highlight(index: number, byKeyboard = true) {
    scroll.current = byKeyboard;
    setActive(index);
  }
  function openAt(index: number) {
    setOpen(true);
    highlight(index);
  }
  function close() {
    setOpen(false);
    setActive(-1);
  }
  function choose(index: number) {
    close();
    const item = items[index];
    if (item !== undefined) onChoose(item);
  }

  useLayoutEffect(() => {
    if (!scroll.current || activeIndex < 0) return;
    // Not from the mouse: a list scrolling under the pointer would move the highlight again.
    list.current?.children[activeIndex]?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  const wrap = (index: number) => (index < 0 ? last : index > last ? 0 : index);
  const clamp = (index: number) => Math.max(0, Math.min(last, index));
  /** Where Home, End, PageUp and PageDown move the highlight in an open list. */
  const moves: Record<string, () => number> = { Home: () => 0, End: () => last, PageUp: () => clamp(activeIndex - 10), PageDown: () => clamp(activeIndex + 10) };

  /** Acts on a key pressed in the field; `true` when the key was used (its default is then prevented). */
  function actOnKey(event: KeyboardEvent): boolean {
    const { key, altKey } = event;
    if (key === 'ArrowDown') {
      if (!isOpen) openAt(altKey || selectedIndex >= 0 ? selectedIndex : 0);
      else if (!altKey) highlight(wrap(activeIndex + 1));
      return true;
    }
    if (key === 'ArrowUp') {
      if (!isOpen) openAt(selectedIndex >= 0 ? selectedIndex : last);
      else if (altKey) choose(activeIndex);
      else highlight(wrap(activeIndex - 1));
      return true;
    }
    const move = Object.hasOwn(moves, key) ? moves[key] : undefined;
    if (move) {
      if (isOpen) highlight(move());
      return isOpen;
    }
    if ((key !== 'Enter' && key !== 'Escape') || !open) return false;
    if (key === 'Enter' && activeIndex >= 0) choose(activeIndex);
    else close();
    // Enter with nothing highlighted in free text goes on to the form (start or switch).
    return key === 'Escape' || activeIndex >= 0 || !freeText;
  }

  return {
    isOpen,
    activeIndex,
    labelProps: { id: ids.label, htmlFor: ids.input },
    inputProps: {
      id: ids.input,
      ref: input,
      role: 'combobox',
      autoComplete: 'off',
      'aria-autocomplete': 'list' as const,
      'aria-controls': ids.list,
      'aria-expanded': isOpen,
      'aria-activedescendant': activeIndex >= 0 ? optionId(activeIndex) : undefined,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        onType(event.currentTarget.value);
        openAt(freeText ? -1 : 0);
      },
      onClick: () => (isOpen ? close() : openAt(selectedIndex)),
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
        leavingByTab.current = event.key === 'Tab';
        if (!event.nativeEvent.isComposing && actOnKey(event)) event.preventDefault();
      },
      onBlur: (event: FocusEvent<HTMLInputElement>) => {
        if (event.relatedTarget !== null && event.relatedTarget === toggle.current) return;
        const item = items[activeIndex];
        const byTab = leavingByTab.current;
        leavingByTab.current = false;
        if (byTab && item !== undefined && chooseOnTab(item)) choose(activeIndex);
        else close();
        onLeave?.();
      },
    },
    toggleProps: {
      ref: toggle,
      type: 'button' as const,
      tabIndex: -1,
      'aria-controls': ids.list,
      'aria-expanded': isOpen,
      onClick: () => {
        if (isOpen) return close();
        openAt(selectedIndex);
        input.current?.focus();
      },
    },
    listProps: {
      id: ids.list,
      ref: list,
      role: 'listbox',
      'aria-labelledby': ids.label,
      // Keeps the focus in the field when an option (or the list's scroll bar) is pressed.
      onMouseDown: (event: MouseEvent) => event.preventDefault(),
      onMouseLeave: () => highlight(-1, false),
    },
    optionProps: (index: number) => ({
      id: optionId(index),
      role: 'option',
      'aria-selected': index === activeIndex,
      onClick: () => choose(index),
      onMouseMove: () => {
        if (index !== activeIndex) highlight(index, false);
      },
    }),
    close,
  };
}
