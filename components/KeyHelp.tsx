import { API_KEY_SETTINGS_URL } from '@/utils/clockme/config';

/** One line on which key to create, with a link to ClockMe's API key settings. */
export function KeyHelp() {
  return (
    <p className="hint">
      In ClockMe, open{' '}
      <a href={API_KEY_SETTINGS_URL} target="_blank" rel="noreferrer">
        Settings → API Keys
      </a>
      , create a key with the <strong>Write</strong> scope named “Chrome extension”, and paste it here.
    </p>
  );
}
