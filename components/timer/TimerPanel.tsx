import { useEffect, useState } from 'react';
import { askBackground, type Reply } from '@/utils/messaging';
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

  /** Sends one start or stop (ignored while one is pending), announcing progress and outcome. */
  async function act<R extends Reply>(pending: string, send: () => Promise<R>, done: (reply: R & { ok: true }) => string) {
    if (busy) return;
    setBusy(true);
    setError(null);
    setAnnouncement(pending);
    const reply = await send();
    setBusy(false);
    setAnnouncement(reply.ok ? done(reply as R & { ok: true }) : '');
    if (!reply.ok) setError(reply.error.message);
  }

  const start = (projectId: string, description: string) =>
    act('Starting the timer…', () => askBackground('startTimer', { projectId, description }), (reply) => `Timer started${reply.snapshot.timer ? ` on ${reply.snapshot.timer.projectName}` : ''}.`);
  const stop = () =>
    act('Stopping the timer…', () => askBackground('stopTimer'), (reply) => `Timer stopped${reply.entry ? ` after ${formatElapsed(reply.entry.durationSeconds * 1000)}` : ''}.`);

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
