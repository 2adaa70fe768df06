import { useRef } from 'react';
import { ConnectionSection } from '@/components/ConnectionSection';
import { KeyForm } from '@/components/KeyForm';
import { KeyHelp } from '@/components/KeyHelp';
import { PausedWorkPrompt } from '@/components/PausedWorkPrompt';
import { RevokedNotice } from '@/components/RevokedNotice';
import { AboutSection } from '@/components/options/AboutSection';
import { AppearanceSection } from '@/components/options/AppearanceSection';
import { ShortcutList } from '@/components/options/ShortcutList';
import { TimerSettings } from '@/components/options/TimerSettings';
import { useStorageItem } from '@/components/use-storage-item';
import { t } from '@/utils/i18n';
import { connectionItem } from '@/utils/storage';

/**
 * The options page, one `<section>` (a region landmark named by its heading) each: Connection
 * (API key, account, scope), Timer (default project, notifications, idle time, heartbeat; while
 * a key is connected), Keyboard shortcuts, Appearance, About. Every change saves at once.
 */
export default function App() {
  const connection = useStorageItem(connectionItem);
  const keyField = useRef<HTMLInputElement>(null);
  if (connection === undefined) return null;
  return (
    <main className="options">
      <h1>{t('options.heading')}</h1>
      <section aria-labelledby="connection-heading">
        <h2 id="connection-heading">{t('options.connection.heading')}</h2>
        <KeyHelp />
        <ConnectionSection connection={connection} onRemoved={() => keyField.current?.focus()} />
        <RevokedNotice connection={connection} />
        {connection.state === 'connected' && <PausedWorkPrompt connection={connection} />}
        <KeyForm autoFocus={connection.state !== 'connected'} inputRef={keyField} connectedMaskedKey={connection.state === 'connected' ? connection.maskedKey : null} />
      </section>
      {/* Keyed by the save time: a new key re-lists its projects. */}
      <TimerSettings key={connection.state === 'connected' ? connection.savedAt : 0} connection={connection} />
      <ShortcutList />
      <AppearanceSection />
      <AboutSection />
    </main>
  );
}
