import { useRef } from 'react';
import { ConnectionSection } from '@/components/ConnectionSection';
import { KeyForm } from '@/components/KeyForm';
import { KeyHelp } from '@/components/KeyHelp';
import { PausedWorkPrompt } from '@/components/PausedWorkPrompt';
import { RevokedNotice } from '@/components/RevokedNotice';
import { ShortcutList } from '@/components/options/ShortcutList';
import { TimerSettings } from '@/components/options/TimerSettings';
import { useStorageItem } from '@/components/use-storage-item';
import { connectionItem } from '@/utils/storage';

/**
 * The options page: connect ClockMe with an API key, see which key is saved, remove it; choose
 * what the shortcut starts on and whether it notifies; see and change the keyboard shortcuts.
 */
export default function App() {
  const connection = useStorageItem(connectionItem);
  const keyField = useRef<HTMLInputElement>(null);
  if (connection === undefined) return null;
  return (
    <main className="options">
      <h1>ClockMe for Chrome</h1>
      <section aria-labelledby="connection-heading">
        <h2 id="connection-heading">Connection</h2>
        <KeyHelp />
        <ConnectionSection connection={connection} onRemoved={() => keyField.current?.focus()} />
        <RevokedNotice connection={connection} />
        {connection.state === 'connected' && <PausedWorkPrompt connection={connection} />}
        <KeyForm autoFocus={connection.state !== 'connected'} inputRef={keyField} connectedMaskedKey={connection.state === 'connected' ? connection.maskedKey : null} />
      </section>
      {/* Keyed by the save time: a new key re-lists its projects. */}
      <TimerSettings key={connection.state === 'connected' ? connection.savedAt : 0} connection={connection} />
      <ShortcutList />
    </main>
  );
}
