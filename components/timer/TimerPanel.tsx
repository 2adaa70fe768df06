import { useEffect, useState } from 'react';
import { askBackground, type Reply } from '@/utils/messaging';
import { lastProjectIdItem, projectsItem, timerItem } from '@/utils/storage';
import { Alert } from '../Alert';
import { useStorageItem } from '../use-storage-item';
import { RunningTimer } from './RunningTimer';
import { StartForm } from './StartForm';

/**
 * The toolbar timer. Paints at once from the last known state in storage, then refreshes the
 * timer and projects from ClockMe in the background; every change arrives through storage.
 */
export function TimerPanel() {
  const snapshot = useStorageItem(timerItem);
  const projects = useStorageItem(projectsItem);
  const lastProjectId = useStorageItem(lastProjectIdItem);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void Promise.all([askBackground('refreshTimer'), askBackground('listProjects')]).then((replies) => {
      const failed = replies.find((reply) => !reply.ok);
      if (failed && !failed.ok) setError(failed.error.message);
    });
  }, []);

  async function act(send: () => Promise<Reply>) {
    setBusy(true);
    setError(null);
    const reply = await send();
    setBusy(false);
    if (!reply.ok) setError(reply.error.message);
  }

  return (
    <>
      {snapshot === undefined || snapshot === null ? (
        <p className="hint" aria-live="polite">
          Loading your timer…
        </p>
      ) : snapshot.timer ? (
        <RunningTimer timer={snapshot.timer} othersRunning={snapshot.othersRunning} busy={busy} onStop={() => void act(() => askBackground('stopTimer'))} />
      ) : (
        <StartForm
          projects={projects?.projects}
          preferredProjectId={lastProjectId ?? null}
          busy={busy}
          onStart={(projectId, description) => void act(() => askBackground('startTimer', { projectId, description }))}
        />
      )}
      <Alert message={error} />
    </>
  );
}
