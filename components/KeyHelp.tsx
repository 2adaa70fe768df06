import { API_KEY_SETTINGS_URL } from '@/utils/clockme/config';
import { t } from '@/utils/i18n';
import { slot, withElements } from './slots';

/** One line on which key to create, with a link to ClockMe's API key settings. */
export function KeyHelp() {
  return (
    <p className="hint">
      {withElements(t('key.help', [slot(0), slot(1)]), [
        <a key="settings" href={API_KEY_SETTINGS_URL} target="_blank" rel="noreferrer">
          {t('shared.settingsPath')}
        </a>,
        // ClockMe's name for the scope, the same in every language.
        <strong key="scope">Write</strong>,
      ])}
    </p>
  );
}
