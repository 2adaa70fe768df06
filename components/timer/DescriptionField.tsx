import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useMemo, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { DESCRIPTION_MAX_LENGTH } from '@/utils/clockme/limits';
import { t } from '@/utils/i18n';
import { suggestDescriptions } from './recent-descriptions';

const { InputChange, InputKeyDownEscape } = useCombobox.stateChangeTypes;

/** Esc on a closed list keeps the text (downshift would clear it; here Esc closes the popup and the draft stays). */
function stateReducer(state: UseComboboxState<string>, { type, changes }: UseComboboxStateChangeOptions<string>): Partial<UseComboboxState<string>> {
  return type === InputKeyDownEscape && !state.isOpen ? state : changes;
}

/**
 * The "Description" field: free text, with the recent descriptions that contain what is typed
 * offered in a list (arrow keys to move, Enter to take one).
 *
 * A second downshift combobox rather than a native `<datalist>`: it is announced the same way
 * as the "Project" picker (one pattern to learn), follows the popup's theme, and its open list
 * shows in `aria-expanded`, which the popup's Enter and Esc rule reads (a datalist's popup is
 * invisible to the page). Enter with no suggestion highlighted is left to the form, so
 * "type, Enter" starts the timer even while suggestions show.
 */
export function DescriptionField({
  value,
  onChange,
  suggestions,
  autoFocus = false,
}: {
  value: string;
  onChange: (description: string) => void;
  /** Recent descriptions, newest first. */
  suggestions: string[];
  autoFocus?: boolean;
}) {
  const [wantOpen, setWantOpen] = useState(false);
  const items = useMemo(() => suggestDescriptions(suggestions, value), [suggestions, value]);
  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps, closeMenu } = useCombobox<string>({
    items,
    // Only the text is controlled: a controlled `selectedItem` of null would make downshift
    // reset the text to '' right after a suggestion is taken.
    inputValue: value,
    // Closed while nothing matches, so an open list always has something to choose.
    isOpen: wantOpen && items.length > 0,
    onIsOpenChange: ({ isOpen: open }) => setWantOpen(open),
    stateReducer,
    // Typing is passed on from the field's onChange (below): downshift reports changes only after
    // rendering, and a controlled value updated that late drops keystrokes typed in between.
    onInputValueChange: ({ type, inputValue }) => {
      if (type !== InputChange) onChange(inputValue);
    },
  });

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && highlightedIndex < 0) {
      // Not taking a suggestion: let the form have the Enter (start or switch).
      (event.nativeEvent as KeyboardEvent['nativeEvent'] & { preventDownshiftDefault?: boolean }).preventDownshiftDefault = true;
      closeMenu();
    }
  }

  return (
    <div className="picker">
      <label {...getLabelProps()}>{t('popup.description')}</label>
      <input {...getInputProps({ onKeyDown: keyDown, onChange: (event: ChangeEvent<HTMLInputElement>) => onChange(event.currentTarget.value), placeholder: t('popup.descriptionPlaceholder'), maxLength: DESCRIPTION_MAX_LENGTH, autoFocus })} />
      <ul className="picker-list" {...getMenuProps()} hidden={!isOpen}>
        {isOpen &&
          items.map((item, index) => (
            <li key={item} className={`picker-option${index === highlightedIndex ? ' highlighted' : ''}`} {...getItemProps({ item, index })}>
              {item}
            </li>
          ))}
      </ul>
    </div>
  );
}
