import { useMemo } from 'react';
import { DESCRIPTION_MAX_LENGTH } from '@/utils/clockme/limits';
import { t } from '@/utils/i18n';
import { useCombobox } from '../use-combobox';
import { suggestDescriptions } from './recent-descriptions';

/**
 * The "Description" field: free text, with the recent descriptions that contain what is typed
 * offered in a list (arrow keys to move, Enter to take one).
 *
 * A combobox like the "Project" picker ({@link useCombobox}) rather than a native `<datalist>`:
 * it is announced the same way (one pattern to learn), follows the popup's theme, and its open
 * list shows in `aria-expanded`, which the popup's Enter and Esc rule reads (a datalist's popup is
 * invisible to the page). Enter with no suggestion highlighted is left to the form, so
 * "type, Enter" starts the timer even while suggestions show; Esc on a closed list keeps the text
 * (the popup closes and the draft stays).
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
  const items = useMemo(() => suggestDescriptions(suggestions, value), [suggestions, value]);
  // Closed while nothing matches (freeText), so an open list always has something to choose.
  const { isOpen, activeIndex, labelProps, inputProps, listProps, optionProps } = useCombobox<string>({ items, freeText: true, onType: onChange, onChoose: onChange });

  return (
    <div className="picker">
      <label {...labelProps}>{t('popup.description')}</label>
      <input {...inputProps} value={value} placeholder={t('popup.descriptionPlaceholder')} maxLength={DESCRIPTION_MAX_LENGTH} autoFocus={autoFocus} />
      <ul className="picker-list" {...listProps} hidden={!isOpen}>
        {isOpen &&
          items.map((item, index) => (
            <li key={item} className={`picker-option${index === activeIndex ? ' highlighted' : ''}`} {...optionProps(index)}>
              {item}
            </li>
          ))}
      </ul>
    </div>
  );
}
