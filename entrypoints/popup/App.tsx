import { useState } from 'react';
import { browser } from 'wxt/browser';
import { KeySetupPart, PausedWorkPart } from '@/components/popup/parts';
import { IdlePrompt } from '@/components/timer/IdlePrompt';
import { LogTime } from '@/components/timer/LogTime';
import { TimerPanel } from '@/components/timer/TimerPanel';
import { usePopupKeys } from '@/components/timer/use-popup-keys';
import { useStorageItem } from '@/components/use-storage-item';
import { t } from '@/utils/i18n';
import { connectionItem, pausedActionsItem } from '@/utils/storage';

const openSettings = () => void browser.runtime.openOptionsPage();

/**
 * The toolbar popup: the timer once a key is saved, otherwise the key form so a new user never has
 * to leave it. Esc closes it. The parts most opens do not show load on demand (`components/popup/parts.ts`).
 */
export default function App() {
  const connection = useStorageItem(connectionItem);
  const paused = useStorageItem(pausedActionsItem);
  // Once asked, the paused-work question stays mounted: it says what was done after the answer.
  const [askPaused, setAskPaused] = useState(false);
  if (!askPaused && paused?.length) setAskPaused(true);
  usePopupKeys({ onEscape: () => window.close() });
  if (connection === undefined) return null;
  return (
    <main className="popup">
      <h1>{t('common.appName')}</h1>
      {connection.state === 'connected' ? (
        <>
          {askPaused && <PausedWorkPart.Part connection={connection} />}
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
        <KeySetupPart.Part connection={connection} />
      )}
    </main>
  );
}
