/**
 * Which key presses the popup takes for itself. Enter starts (idle) or stops (running) the timer
 * and Esc closes the popup, except where the focused element already gives the key a meaning.
 * The rule is pure ({@link enterMeaning}, {@link escapeMeaning}) over a description of the focus
 * ({@link describeFocus}), so it can be tested as a table.
 */

/** What has focus, as far as the Enter and Esc rule cares. */
export interface FocusContext {
  /** The kind of element: `field` is an `<input>` of a text-like type, `other` anything else (including nothing). */
  element: 'button' | 'link' | 'textarea' | 'select' | 'editable' | 'field' | 'other';
  /** A combobox whose list is open (`aria-expanded="true"`): arrow keys, Enter and Esc belong to it. */
  listOpen: boolean;
  /** Inside a `<form>`: Enter submits that form (the start form starts, the switch form switches, a "Log time" form logs). */
  inForm: boolean;
  /** Shift, Ctrl, Alt or Meta held, or an IME composition running: not a plain Enter or Esc. */
  modified: boolean;
}

/** `take`: the popup acts on the key (and prevents its default); `leave`: the focused element handles it. */
export type KeyMeaning = 'take' | 'leave';

/** Enter starts or stops the timer unless a button or link (Enter presses it), a textarea (new line), a select, editable text, an open list or a form (Enter submits it) has focus. */
export function enterMeaning(focus: FocusContext): KeyMeaning {
  if (focus.modified || focus.listOpen || focus.inForm) return 'leave';
  return focus.element === 'field' || focus.element === 'other' ? 'take' : 'leave';
}

/** Esc closes the popup unless a combobox list is open (then Esc closes just the list) or a select is focused (Esc closes its list). */
export function escapeMeaning(focus: FocusContext): KeyMeaning {
  if (focus.modified || focus.listOpen || focus.element === 'select') return 'leave';
  return 'take';
}

const NON_TEXT_INPUTS = new Set(['button', 'submit', 'reset', 'image', 'checkbox', 'radio', 'file', 'color', 'range']);

/** Describes the focused element `target` of a key `event` for {@link enterMeaning} and {@link escapeMeaning}. */
export function describeFocus(target: Element | null, event: Pick<KeyboardEvent, 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey' | 'isComposing'>): FocusContext {
  const modified = event.shiftKey || event.ctrlKey || event.altKey || event.metaKey || event.isComposing;
  const listOpen = target?.getAttribute('role') === 'combobox' && target.getAttribute('aria-expanded') === 'true';
  const inForm = Boolean(target?.closest('form'));
  return { element: kindOf(target), listOpen, inForm, modified };
}

function kindOf(target: Element | null): FocusContext['element'] {
  if (!target) return 'other';
  const tag = target.tagName.toLowerCase();
  const role = target.getAttribute('role');
  if (tag === 'button' || role === 'button') return 'button';
  if (tag === 'a' || role === 'link') return 'link';
  if (tag === 'textarea') return 'textarea';
  if (tag === 'select') return 'select';
  if (tag === 'input') return NON_TEXT_INPUTS.has((target as HTMLInputElement).type) ? 'button' : 'field';
  if ((target as HTMLElement).isContentEditable) return 'editable';
  return 'other';
}
