import { fail, failure, ok, type Result } from './errors';
import { newId, nowIso } from './ids';
import { projectName, resolveProject, type ProjectChoice } from './projects';
import { entryView } from './entries';
import type { Account, Entry, EntryRecord, Timer } from './types';

/** The API view of the account's running timer, or null. */
export function timerView(account: Account): Timer | null {
  const t = account.timer;
  if (!t) return null;
  return {
    id: t.id,
    projectId: t.projectId,
    projectName: projectName(account, t.projectId),
    description: t.description,
    startedAt: t.startedAt,
  };
}

/** 409 timer_already_running carrying the running timer. */
function alreadyRunning(account: Account): Result<never> {
  return fail(
    failure(409, 'timer_already_running', 'A timer is already running. Stop it first.', {
      timer: timerView(account),
    }),
  );
}

/** 409 no_running_timer. */
function noRunningTimer(): Result<never> {
  return fail(failure(409, 'no_running_timer', 'No timer is running.'));
}

/** What starts a timer: the project choice plus an optional description. */
export interface StartTimerInput extends ProjectChoice {
  description?: string | null;
}

/**
 * Starts the account's timer now. 409 timer_already_running when one runs (one per account),
 * 404 project_not_found when the project cannot be resolved.
 */
export function startTimer(account: Account, input: StartTimerInput, now = Date.now()): Result<Timer> {
  if (account.timer) return alreadyRunning(account);
  const project = resolveProject(account, input);
  if (!project.ok) return project;
  const startedAt = nowIso(now);
  const description = input.description?.trim() ? input.description.trim() : null;
  account.timer = { id: newId('tmr'), projectId: project.value.id, description, startedAt, lastActivityAt: startedAt };
  return ok(timerView(account) as Timer);
}

/** Stops the running timer now and turns it into an entry; 409 no_running_timer when none runs. */
export function stopTimer(account: Account, now = Date.now()): Result<Entry> {
  const t = account.timer;
  if (!t) return noRunningTimer();
  const endedAtMs = Math.max(now, Date.parse(t.startedAt));
  const record: EntryRecord = {
    id: newId('ent'),
    projectId: t.projectId,
    description: t.description,
    startedAt: t.startedAt,
    endedAt: nowIso(endedAtMs),
  };
  account.entries.push(record);
  account.timer = null;
  return ok(entryView(account, record));
}

/** Records activity on the running timer; 409 no_running_timer when none runs. */
export function heartbeat(account: Account, now = Date.now()): Result<{ timer: Timer; lastActivityAt: string }> {
  const t = account.timer;
  if (!t) return noRunningTimer();
  t.lastActivityAt = nowIso(now);
  return ok({ timer: timerView(account) as Timer, lastActivityAt: t.lastActivityAt });
}
