import { useEffect } from 'react';
import { t } from '@/utils/i18n';
import { askBackground } from '@/utils/messaging';
import { projectsItem, settingsItem, type Connection } from '@/utils/storage';
import { Alert, useAlertMessage } from '../Alert';
import { useStorageItem } from '../use-storage-item';
import { CheckboxField } from './CheckboxField';
import { DefaultProjectField } from './DefaultProjectField';
import { IdleThresholdField } from './IdleThresholdField';
import { useSaveSetting } from './use-save-setting';
import { PROJECTS_FRESHNESS } from '@/utils/freshness';

/**
 * The options page's "Timer" section: the default project, shortcut notifications, idle
 * detection and its threshold, and the heartbeat. Shown only while a key is connected.
 */
export function TimerSettings({ connection }: { connection: Connection }) {
  return connection.state === 'connected' ? <TimerSettingsSection /> : null;
}

function TimerSettingsSection() {
  const settings = useStorageItem(settingsItem);
  const snapshot = useStorageItem(projectsItem);
  const [error, setError] = useAlertMessage();
  const projectSaver = useSaveSetting(setError);
  const notifySaver = useSaveSetting(setError);
  const idleSaver = useSaveSetting(setError);
  const thresholdSaver = useSaveSetting(setError);
  const heartbeatSaver = useSaveSetting(setError);

  // Ask the worker for the project list unless the stored one is fresh; it arrives through storage.
  useEffect(() => {
    void askBackground('listProjects', PROJECTS_FRESHNESS).then((reply) => {
      if (!reply.ok) setError(reply.error.message);
    });
  }, [setError]);

  // Each control shows what it last saved over the stored value, so it never snaps back.
  const shown = settings && { ...settings, ...projectSaver.pending, ...notifySaver.pending, ...idleSaver.pending, ...thresholdSaver.pending, ...heartbeatSaver.pending };

  return (
    <section aria-labelledby="timer-heading">
      <h2 id="timer-heading">{t('options.timer.heading')}</h2>
      {shown !== undefined && snapshot !== undefined && (
        <>
          <DefaultProjectField value={shown.defaultProjectId} projects={snapshot?.projects ?? null} saver={projectSaver} />
          <CheckboxField
            label={t('options.notify.label')}
            hint={t('options.notify.hint')}
            checked={shown.notifyOnShortcut}
            onChange={(on) => void notifySaver.save({ notifyOnShortcut: on })}
            savedSeq={notifySaver.savedSeq}
          />
          <CheckboxField
            label={t('options.idle.label')}
            hint={t('options.idle.hint')}
            checked={shown.idleDetection}
            onChange={(on) => void idleSaver.save({ idleDetection: on })}
            savedSeq={idleSaver.savedSeq}
          >
            {shown.idleDetection && <IdleThresholdField value={shown.idleThresholdMinutes} saver={thresholdSaver} />}
          </CheckboxField>
          <CheckboxField
            label={t('options.heartbeat.label')}
            hint={t('options.heartbeat.hint')}
            checked={shown.heartbeat}
            onChange={(on) => void heartbeatSaver.save({ heartbeat: on })}
            savedSeq={heartbeatSaver.savedSeq}
          />
        </>
      )}
      <Alert message={error} />
    </section>
  );
}
