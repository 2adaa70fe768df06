import { useEffect, useState } from 'react';
import { askBackground } from '@/utils/messaging';
import { lastProjectIdItem, projectsItem, timerItem } from '@/utils/storage';
import { formatElapsed } from '@/utils/timer/elapsed';
import { Alert, useAlertMessage } from '../Alert';
import { useStorageItem } from '../use-storage-item';
import { RunningTimer } from './RunningTimer';
import { StartForm } from './StartForm';

/**
 * The toolbar timer. Paints at once from the last known state in storage, then refreshes the
 * timer and projects from ClockMe in the background; every change arrives through storage.
 * Progress and outcomes are announced in a `role="status"` line, failures in the alert.
 * With a read-only key, Start and Stop are disabled with the reason next to them.
 */
export function TimerPanel({ readOnly = false }: { readOnly?: boolean }) {
  const snapshot = useStorageItem(timerItem);
  const projects = useStorageItem(projectsItem);
  const lastProjectId = useStorageItem(lastProjectIdItem);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useAlertMessage();

  useEffect(() => {
    void Promise.all([askBackground('refreshTimer'), askBackground('listProjects')]).then((replies) => {
      const failed = replies.find((reply) => !reply.ok);
      if (failed && !failed.ok) setError(failed.error.message);
    });
  }, [setError]);

  async function start(projectId: string, description: string) {
    if (busy) return;
    setBusy(true);
    setError(null);
    setAnnouncement('Starting the timer…');
    const reply = await askBackground('startTimer', { projectId, description });
    setBusy(false);
    setAnnouncement(reply.ok ? `Timer started${reply.snapshot.timer ? ` on ${reply.snapshot.timer.projectName}` : ''}.` : '');
    if (!reply.ok) setError(reply.error.message);
  }

  async function stop() {
    if (busy) return;
    setBusy(true);
    setError(null);
    setAnnouncement('Stopping the timer…');
    const reply = await askBackground('stopTimer');
    setBusy(false);
    setAnnouncement(reply.ok ? `Timer stopped${reply.entry ? ` after ${formatElapsed(reply.entry.durationSeconds * 1000)}` : ''}.` : '');
    if (!reply.ok) setError(reply.error.message);
  }

  return (
    <>
      {snapshot === undefined || snapshot === null ? (
        <p className="hint">Loading your timer…</p>
      ) : snapshot.timer ? (
        <RunningTimer
          timer={snapshot.timer}
          othersRunning={snapshot.othersRunning}
          busy={busy}
          blockedReason={readOnly ? 'This key is read-only: create a Write key to stop timers' : undefined}
          onStop={() => void stop()}
        />
      ) : (
        <StartForm
          projects={projects?.projects}
          preferredProjectId={lastProjectId ?? null}
          busy={busy}
          blockedReason={readOnly ? 'This key is read-only: create a Write key to start timers' : undefined}
          onStart={(projectId, description) => void start(projectId, description)}
        />
      )}
      <p role="status" className="status">
        {announcement}
      </p>
      <Alert message={error} />
    </>
  );
}
