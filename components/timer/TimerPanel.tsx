import { useEffect, useRef, useState } from 'react';
import { DOUBLE_PRESS_MS } from '@/utils/background/commands';
import type { Entry, Project } from '@/utils/clockme/schemas';
import { t } from '@/utils/i18n';
import { askBackground, type Reply } from '@/utils/messaging';
import { EMPTY_OUTBOX, personView } from '@/utils/outbox/ops';
import { outboxItem, timerItem } from '@/utils/storage';
import { formatElapsed } from '@/utils/timer/elapsed';
import { afterNextPaint } from '../after-paint';
import { Alert, useAlertMessage } from '../Alert';
import { useStorageItem } from '../use-storage-item';
import { OutboxStatus } from './OutboxStatus';
import { RecentEntries } from './RecentEntries';
import { RunningTimer } from './RunningTimer';
import { StartForm } from './StartForm';
import { usePopupKeys } from './use-popup-keys';
import { useTimerChoice } from './use-timer-choice';
import { POPUP_TIMER_FRESHNESS, PROJECTS_FRESHNESS } from '@/utils/freshness';

/**
 * The toolbar timer. Paints at once from the last known state in storage (ClockMe's timer with
 * the changes waiting in the outbox applied, so a click shows at once and ticks from the click),
 * then, right after that first paint, refreshes the timer and projects from ClockMe in the
 * background; every change arrives through storage. The project and description being typed
 * are a draft in storage ({@link useTimerChoice}), cleared once a start or switch is accepted.
 * Progress and outcomes are announced in a `role="status"` line, failures in the alert, waiting
 * changes in the outbox status. A second click within {@link DOUBLE_PRESS_MS} (a double click, Enter plus a click) is
 * ignored. Enter outside a form or button starts or stops ({@link usePopupKeys}). With a
 * read-only key, Start and Stop are disabled with the reason next to them.
 */
export function TimerPanel({ readOnly = false, canCreateProjects = false }: { readOnly?: boolean; canCreateProjects?: boolean }) {
  const snapshot = useStorageItem(timerItem);
  const outbox = useStorageItem(outboxItem) ?? EMPTY_OUTBOX;
  const choice = useTimerChoice();
  const [settling, setSettling] = useState(false);
  const settleUntil = useRef(0);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useAlertMessage();
  const queued = t('popup.queued');

  // After the first paint: the popup's first render runs in its storage read's answer (flushSync),
  // whose effects run before the paint, and the messages cost a few ms of the main thread.
  useEffect(
    () =>
      afterNextPaint(() => {
        void Promise.all([askBackground('refreshTimer', POPUP_TIMER_FRESHNESS), askBackground('listProjects', PROJECTS_FRESHNESS), outboxItem.getValue()]).then(([timer, projects, waiting]) => {
          const failed = [timer, projects].find((reply) => !reply.ok);
          // Changes waiting after a failed attempt: the outbox status already says ClockMe can't be reached, and why.
          const saidAlready = failed && !failed.ok && failed.error.code === 'unreachable' && waiting.offline !== null;
          if (failed && !failed.ok && !saidAlready) setError(failed.error.message);
        });
      }),
    [setError],
  );

  /** Sends one start, stop or switch (a second within DOUBLE_PRESS_MS is ignored), announcing progress and outcome. */
  async function act<R extends Reply<{ queued?: boolean }>>(pending: string, send: () => Promise<R>, done: (reply: R & { ok: true }) => string) {
    if (Date.now() < settleUntil.current) return;
    settleUntil.current = Date.now() + DOUBLE_PRESS_MS;
    setSettling(true);
    setTimeout(() => setSettling(false), DOUBLE_PRESS_MS);
    setError(null);
    setAnnouncement(pending);
    const reply = await send();
    if (reply.ok && reply.queued) setAnnouncement(queued);
    else setAnnouncement(reply.ok ? done(reply as R & { ok: true }) : '');
    if (!reply.ok) setError(reply.error.message);
  }

  const named = (withName: 'popup.startedOn' | 'popup.switchedTo', without: 'popup.started' | 'popup.switched') => (reply: { snapshot: { timer: { projectName: string } | null } }) =>
    reply.snapshot.timer ? t(withName, [reply.snapshot.timer.projectName]) : t(without);
  const start = (projectId: string, description: string) =>
    act(t('popup.starting'), () => askBackground('startTimer', { projectId, description }).then(clearDraftIfAccepted), named('popup.startedOn', 'popup.started'));
  /** What a switch's reply says: switched, or already running on that project and description (nothing sent). */
  const switched = (reply: { snapshot: { timer: { projectName: string } | null }; unchanged?: boolean }) =>
    reply.unchanged && reply.snapshot.timer ? t('popup.alreadyRunning', [reply.snapshot.timer.projectName]) : named('popup.switchedTo', 'popup.switched')(reply);
  const switchTo = (projectId: string, description: string) =>
    act(t('popup.switching'), () => askBackground('switchTimer', { projectId, description }).then(clearDraftIfAccepted), switched);
  const stop = () =>
    act(t('popup.stopping'), () => askBackground('stopTimer'), (reply) => (reply.entry ? t('popup.stoppedAfter', [formatElapsed(reply.entry.durationSeconds * 1000)]) : t('popup.stopped')));

  /** "Continue" on a recent entry: the same project and description, started, or switched to while a timer runs (the draft is left alone). */
  const continueWith = ({ projectId, description }: Entry) => {
    const request = { projectId, description: description ?? '' };
    return view
      ? act(t('popup.switching'), () => askBackground('switchTimer', request), switched)
      : act(t('popup.starting'), () => askBackground('startTimer', request), named('popup.startedOn', 'popup.started'));
  };

  function clearDraftIfAccepted<R extends Reply>(reply: R): R {
    if (reply.ok) choice.clearDraft();
    return reply;
  }

  async function createProject(name: string): Promise<Project | null> {
    setError(null);
    setAnnouncement(t('popup.creatingProject', [name]));
    const reply = await askBackground('createProject', name);
    setAnnouncement(reply.ok ? t('popup.createdProject', [reply.project.name]) : '');
    if (!reply.ok) setError(reply.error.message);
    return reply.ok ? reply.project : null;
  }

  const view = personView(snapshot?.timer ?? null, outbox);
  const loading = snapshot === undefined || (snapshot === null && outbox.ops.length === 0) || !choice.ready;
  usePopupKeys({
    onEnter: () => {
      if (loading || readOnly) return;
      if (view) void stop();
      else if (choice.projectId) void start(choice.projectId, choice.description);
    },
  });

  const choiceProps = { choice, canCreateProjects, onCreateProject: createProject };
  const queuedButSent = announcement === queued && outbox.ops.length === 0;
  return (
    <>
      {loading ? (
        <p className="hint">{t('popup.loadingTimer')}</p>
      ) : view ? (
        <RunningTimer
          {...choiceProps}
          timer={view}
          othersRunning={snapshot?.othersRunning ?? 0}
          busy={settling}
          blockedReason={readOnly ? t('popup.readOnlyStop') : undefined}
          onStop={() => void stop()}
          onSwitch={(projectId, description) => void switchTo(projectId, description)}
        />
      ) : (
        <StartForm
          {...choiceProps}
          busy={settling}
          blockedReason={readOnly ? t('popup.readOnlyStart') : undefined}
          onStart={(projectId, description) => void start(projectId, description)}
        />
      )}
      <OutboxStatus outbox={outbox} />
      <p role="status" className="status">
        {queuedButSent ? '' : announcement}
      </p>
      <Alert message={error ?? outbox.refused?.message ?? null} />
      {!loading && <RecentEntries onContinue={(entry) => void continueWith(entry)} running={view} busy={settling} disabled={readOnly} />}
    </>
  );
}
