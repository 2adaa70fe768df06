import { browser } from 'wxt/browser';
import { KeyForm } from '@/components/KeyForm';
import { KeyHelp } from '@/components/KeyHelp';
import { PausedWorkPrompt } from '@/components/PausedWorkPrompt';
import { RevokedNotice } from '@/components/RevokedNotice';
import { IdlePrompt } from '@/components/timer/IdlePrompt';
import { LogTime } from '@/components/timer/LogTime';
import { TimerPanel } from '@/components/timer/TimerPanel';
import { usePopupKeys } from '@/components/timer/use-popup-keys';
import { useStorageItem } from '@/components/use-storage-item';
import { t } from '@/utils/i18n';
import { connectionItem } from '@/utils/storage';

const openSettings = () => void browser.runtime.openOptionsPage();

/** The toolbar popup: the timer once a key is saved, otherwise the key form so a new user never has to leave it. Esc closes it. */
export default function App() {
  const connection = useStorageItem(connectionItem);
  usePopupKeys({ onEscape: () => window.close() });
  if (connection === undefined) return null;
  return (
    <main className="popup">
      <h1>{t('common.appName')}</h1>
      {connection.state === 'connected' ? (
        <>
          <PausedWorkPrompt connection={connection} />
          <IdlePrompt />
          {/* Keyed by the save time: a key saved elsewhere while this is open re-reads timer and projects. */}
          <TimerPanel key={connection.savedAt} readOnly={connection.scope?.scope === 'read'} canCreateProjects={connection.scope?.scope === 'full'} />
          <LogTime />
          <footer className="popup-footer hint">
            <span>{t('popup.maskedKey', [connection.maskedKey])}</span>
            <button type="button" className="secondary" onClick={openSettings}>
              {t('popup.settings')}
            </button>
          </footer>
        </>
      ) : (
        <>
          <RevokedNotice connection={connection} />
          <KeyForm autoFocus />
          <KeyHelp />
          <button type="button" className="secondary" onClick={openSettings}>
            {t('popup.openSettings')}
          </button>
        </>
      )}
    </main>
  );
}
