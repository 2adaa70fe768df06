import { useEffect } from 'react';
import { askBackground } from '@/utils/messaging';
import { projectsItem, settingsItem, type Connection } from '@/utils/storage';
import { Alert, useAlertMessage } from '../Alert';
import { useStorageItem } from '../use-storage-item';
import { NotifyField } from './NotifyField';
import { ShortcutProjectField } from './ShortcutProjectField';
import { useSaveSetting } from './use-save-setting';

/** The options page's "Timer" section: what the shortcut starts on and whether it notifies. Shown only while a key is connected. */
export function TimerSettings({ connection }: { connection: Connection }) {
  return connection.state === 'connected' ? <TimerSettingsSection /> : null;
}

function TimerSettingsSection() {
  const settings = useStorageItem(settingsItem);
  const snapshot = useStorageItem(projectsItem);
  const [error, setError] = useAlertMessage();
  const projectSaver = useSaveSetting(setError);
  const notifySaver = useSaveSetting(setError);

  // Ask the worker for a fresh project list; it arrives through storage.
  useEffect(() => {
    void askBackground('listProjects').then((reply) => {
      if (!reply.ok) setError(reply.error.message);
    });
  }, [setError]);

  return (
    <section aria-labelledby="timer-heading">
      <h2 id="timer-heading">Timer</h2>
      {settings !== undefined && snapshot !== undefined && (
        <>
          <ShortcutProjectField value={{ ...settings, ...projectSaver.pending }.defaultProjectId} projects={snapshot?.projects ?? null} saver={projectSaver} />
          <NotifyField checked={{ ...settings, ...notifySaver.pending }.notifyOnShortcut} saver={notifySaver} />
        </>
      )}
      <Alert message={error} />
    </section>
  );
}
