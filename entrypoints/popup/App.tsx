import { browser } from 'wxt/browser';
import { KeyForm } from '@/components/KeyForm';
import { KeyHelp } from '@/components/KeyHelp';
import { RevokedNotice } from '@/components/RevokedNotice';
import { TimerPanel } from '@/components/timer/TimerPanel';
import { useStorageItem } from '@/components/use-storage-item';
import { connectionItem } from '@/utils/storage';

/** The toolbar popup: the timer once a key is saved, otherwise the key form so a new user never has to leave it. */
export default function App() {
  const connection = useStorageItem(connectionItem);
  if (connection === undefined) return null;
  return (
    <main className="popup">
      <h1>ClockMe</h1>
      {connection.state === 'connected' ? (
        <TimerPanel />
      ) : (
        <>
          <RevokedNotice connection={connection} />
          <KeyForm />
          <KeyHelp />
          <button type="button" className="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
            Open settings
          </button>
        </>
      )}
    </main>
  );
}
