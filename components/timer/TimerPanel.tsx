import { useEffect, useRef, useState } from 'react';
import { DOUBLE_PRESS_MS } from '@/utils/background/commands';
import { askBackground, type Reply } from '@/utils/messaging';
import { EMPTY_OUTBOX, personView } from '@/utils/outbox/ops';
import { lastProjectIdItem, outboxItem, projectsItem, timerItem } from '@/utils/storage';
import { formatElapsed } from '@/utils/timer/elapsed';
import { Alert, useAlertMessage } from '../Alert';
import { useStorageItem } from '../use-storage-item';
import { OutboxStatus } from './OutboxStatus';
import { RunningTimer } from './RunningTimer';
import { StartForm } from './StartForm';

/** Said when a start or stop is kept in the outbox; cleared once everything has been sent. */
const QUEUED = 'Saved on this computer; it will be sent to ClockMe automatically.';

/**
 * The toolbar timer. Paints at once from the last known state in storage (ClockMe's timer with
 * the changes waiting in the outbox applied, so a click shows at once and ticks from the click),
 * then refreshes the timer and projects from ClockMe in the background; every change arrives
 * through storage. Progress and outcomes are announced in a `role="status"` line, failures in
 * the alert, waiting changes in the outbox status. A second click within {@link DOUBLE_PRESS_MS}
 * (a double click, Enter plus a click) is ignored. With a read-only key, Start and Stop are
 * disabled with the reason next to them.
 */
export function TimerPanel({ readOnly = false }: { readOnly?: boolean }) {
  const snapshot = useStorageItem(timerItem);
  const projects = useStorageItem(projectsItem);
  const lastProjectId = useStorageItem(lastProjectIdItem);
  const outbox = useStorageItem(outboxItem) ?? EMPTY_OUTBOX;
  const [settling, setSettling] = useState(false);
  const settleUntil = useRef(0);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useAlertMessage();

  useEffect(() => {
    void Promise.all([askBackground('refreshTimer'), askBackground('listProjects')]).then((replies) => {
      const failed = replies.find((reply) => !reply.ok);
      if (failed && !failed.ok) setError(failed.error.message);
    });
  }, [setError]);

  /** Sends one start or stop (a second within DOUBLE_PRESS_MS is ignored), announcing progress and outcome. */
  async function act<R extends Reply<{ queued?: boolean }>>(pending: string, send: () => Promise<R>, done: (reply: R & { ok: true }) => string) {
    if (Date.now() < settleUntil.current) return;
    settleUntil.current = Date.now() + DOUBLE_PRESS_MS;
    setSettling(true);
    setTimeout(() => setSettling(false), DOUBLE_PRESS_MS);
    setError(null);
    setAnnouncement(pending);
    const reply = await send();
    if (reply.ok && reply.queued) setAnnouncement(QUEUED);
    else setAnnouncement(reply.ok ? done(reply as R & { ok: true }) : '');
    if (!reply.ok) setError(reply.error.message);
  }

  const start = (projectId: string, description: string) =>
    act('Starting the timer…', () => askBackground('startTimer', { projectId, description }), (reply) => `Timer started${reply.snapshot.timer ? ` on ${reply.snapshot.timer.projectName}` : ''}.`);
  const stop = () =>
    act('Stopping the timer…', () => askBackground('stopTimer'), (reply) => `Timer stopped${reply.entry ? ` after ${formatElapsed(reply.entry.durationSeconds * 1000)}` : ''}.`);

  const view = personView(snapshot?.timer ?? null, outbox);
  const queuedButSent = announcement === QUEUED && outbox.ops.length === 0;
  return (
    <>
      {snapshot === undefined || (snapshot === null && outbox.ops.length === 0) ? (
        <p className="hint">Loading your timer…</p>
      ) : view ? (
        <RunningTimer
          timer={view}
          othersRunning={snapshot?.othersRunning ?? 0}
          busy={settling}
          blockedReason={readOnly ? 'This key is read-only: create a Write key to stop timers' : undefined}
          onStop={() => void stop()}
        />
      ) : (
        <StartForm
          projects={projects?.projects}
          preferredProjectId={lastProjectId ?? null}
          busy={settling}
          blockedReason={readOnly ? 'This key is read-only: create a Write key to start timers' : undefined}
          onStart={(projectId, description) => void start(projectId, description)}
        />
      )}
      <OutboxStatus outbox={outbox} />
      <p role="status" className="status">
        {queuedButSent ? '' : announcement}
      </p>
      <Alert message={error ?? outbox.refused?.message ?? null} />
    </>
  );
}
