import { Mutex } from './mutex';
import { KeyRejectedError } from '../clockme/errors';
import { t } from '../i18n';
import type { IdleChoice, Reply } from '../messaging';
import { personView, type ViewTimer } from '../outbox/ops';
import { idlePromptItem, outboxItem, timerItem, type IdlePrompt } from '../storage';
import { CLICK_TOLERANCE_MS } from './outbox-attempt';
import type { NewOp, OpOutcome } from './outbox';
import { clearIdleNotice } from './idle-notice';
import { failure } from './user-errors';

/** What {@link createIdleAnswer} needs. */
export interface IdleAnswerDeps {
  /** Adds the operations to the outbox in one write, sends them in order, and resolves with each one's first outcome. */
  submitAll(ops: NewOp[]): Promise<OpOutcome[]>;
  /** This computer's clock (epoch ms): the clock idle times are recorded with. */
  now(): number;
  /** ClockMe's clock (epoch ms), which the outbox's click times are on (see `server-clock.ts`). */
  clickNow(): Promise<number>;
}

/** The idle answer's reply; `queued`: kept in the outbox until ClockMe can be reached. */
export type IdleAnswerReply = Reply<{ queued?: boolean }>;

/**
 * Whether the person's timer now is the one the question is about: the same id, or, for a timer
 * that was still in the outbox (`pending-…`) when the question was asked, the timer ClockMe
 * started for it (same project, started at the same click).
 */
export function isPromptTimer(prompt: IdlePrompt, timer: ViewTimer | null): timer is ViewTimer {
  if (!timer) return false;
  if (timer.id === prompt.timerId) return true;
  if (!prompt.timerId.startsWith('pending-') || timer.pending || prompt.timerStartedAt === undefined) return false;
  return timer.projectId === prompt.projectId && Math.abs(Date.parse(timer.startedAt) - prompt.timerStartedAt) <= CLICK_TOLERANCE_MS;
}

/**
 * The outbox operations for an answer (pure): `stop` stops the timer at the moment idleness began
 * (the outbox stops it, then corrects the entry's end with `PATCH endedAt`); `discard` does that
 * and starts again at `now` on the same project and description. A timer still in the outbox is
 * stopped as "the start before this stop" (`timerId: null`), so both may fold into one entry.
 * @param now ClockMe's clock now (ms); `skewMs` how far it is ahead of this computer's, on which
 *   the prompt's times were recorded.
 */
export function idleAnswerOps(choice: 'stop' | 'discard', prompt: IdlePrompt, timer: ViewTimer, now: number, skewMs = 0): NewOp[] {
  const stop: NewOp = { kind: 'stop', at: prompt.idleStartedAt + skewMs, timerId: timer.pending ? null : timer.id };
  if (choice === 'stop') return [stop];
  return [stop, { kind: 'start', at: now, projectId: timer.projectId, projectName: timer.projectName, description: prompt.description.trim() }];
}

/** The reply for what became of the answer's operations. */
function replyFor(outcomes: OpOutcome[]): IdleAnswerReply {
  const refused = outcomes.find((outcome) => outcome.kind === 'refused');
  if (refused) return { ok: false, error: refused.error };
  if (outcomes.some((outcome) => outcome.kind === 'paused')) return failure(new KeyRejectedError('key_revoked', undefined), 'stored-key', { paused: true });
  return outcomes.some((outcome) => outcome.kind === 'queued') ? { ok: true, queued: true } : { ok: true };
}

/**
 * Builds `resolveIdle(choice)`, the answer to the idle question (`idlePromptItem`), from the popup
 * or the notification's buttons alike, one answer at a time: `keep` closes the question; `stop` and
 * `discard` go through the outbox (see {@link idleAnswerOps}). If the person's timer is no longer
 * the one asked about (stopped or changed meanwhile), nothing is sent and the reply says so. The
 * question and its notification are cleared once answered; a second answer finds none and does
 * nothing.
 */
export function createIdleAnswer(deps: IdleAnswerDeps): (choice: IdleChoice) => Promise<IdleAnswerReply> {
  const lock = new Mutex();

  async function close(): Promise<void> {
    await idlePromptItem.setValue(null);
    await clearIdleNotice();
  }

  return (choice) =>
    lock.runExclusive(async () => {
      const prompt = await idlePromptItem.getValue();
      if (!prompt) return { ok: true };
      if (choice === 'keep') {
        await close();
        return { ok: true };
      }
      const [stored, outbox] = await Promise.all([timerItem.getValue(), outboxItem.getValue()]);
      const timer = personView(stored?.timer ?? null, outbox);
      if (!isPromptTimer(prompt, timer)) {
        await close();
        return { ok: false, error: { code: 'conflict', message: t('idle.answer.timerChanged') } };
      }
      const clickedAt = await deps.clickNow();
      const outcomes = await deps.submitAll(idleAnswerOps(choice, prompt, timer, clickedAt, clickedAt - deps.now()));
      await close();
      return replyFor(outcomes);
    });
}
