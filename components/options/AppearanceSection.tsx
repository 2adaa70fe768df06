import { useId } from 'react';
import { t } from '@/utils/i18n';
import { settingsItem, type Theme } from '@/utils/storage';
import { Alert, useAlertMessage } from '../Alert';
import { useStorageItem } from '../use-storage-item';
import { SavedStatus } from './SavedStatus';
import { useSaveSetting } from './use-save-setting';

/** The choices in the order shown, with their labels. */
const CHOICES: { theme: Theme; label: () => string }[] = [
  { theme: 'system', label: () => t('options.appearance.system') },
  { theme: 'light', label: () => t('options.appearance.light') },
  { theme: 'dark', label: () => t('options.appearance.dark') },
];

/**
 * The options page's "Appearance" section: System / Light / Dark radio buttons for
 * `settingsItem.theme`, saved on choice (arrow keys move and choose, as in any radio group).
 * Every open page follows at once (see `components/theme.ts`).
 */
export function AppearanceSection() {
  const settings = useStorageItem(settingsItem);
  const [error, setError] = useAlertMessage();
  const saver = useSaveSetting(setError);
  const hintId = useId();
  const name = useId();
  const theme = settings && { ...settings, ...saver.pending }.theme;

  return (
    <section aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{t('options.appearance.heading')}</h2>
      {theme !== undefined && (
        <fieldset className="choices" aria-describedby={hintId}>
          <legend>{t('options.appearance.legend')}</legend>
          {CHOICES.map((choice) => (
            <div className="checkbox-row" key={choice.theme}>
              <input
                id={`${name}-${choice.theme}`}
                type="radio"
                name={name}
                value={choice.theme}
                checked={theme === choice.theme}
                onChange={() => void saver.save({ theme: choice.theme })}
              />
              <label htmlFor={`${name}-${choice.theme}`}>{choice.label()}</label>
            </div>
          ))}
        </fieldset>
      )}
      <p id={hintId} className="hint">
        {t('options.appearance.hint')}
      </p>
      <SavedStatus seq={saver.savedSeq} />
      <Alert message={error} />
    </section>
  );
}
