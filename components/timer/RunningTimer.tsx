import { useId } from 'react';
import { describeElapsed, elapsedMs, formatElapsed } from '@/utils/timer/elapsed';
import type { Timer } from '@/utils/clockme/schemas';
import { useNow } from './use-now';

/** The running timer: project, description, elapsed `H:MM:SS` (now − ClockMe's `startedAt`) and "Stop timer". */
export function RunningTimer({
  timer,
  othersRunning,
  busy,
  blockedReason,
  onStop,
}: {
  timer: Timer;
  othersRunning: number;
  busy: boolean;
  /** Why this key cannot stop timers (e.g. read-only); disables "Stop timer" and explains it. */
  blockedReason?: string;
  onStop: () => void;
}) {
  const now = useNow();
  const reasonId = useId();
  const elapsed = elapsedMs(timer.startedAt, now);
  return (
    <section className="running" aria-label="Running timer">
      <p className="project-name">{timer.projectName}</p>
      {timer.description && <p className="description">{timer.description}</p>}
      <p className="elapsed">
        <span role="timer" aria-label={`Elapsed time ${describeElapsed(elapsed)}`}>
          {formatElapsed(elapsed)}
        </span>
      </p>
      {othersRunning > 0 && <p className="hint">{othersRunning === 1 ? 'One more timer is' : `${othersRunning} more timers are`} running in ClockMe.</p>}
      {/* Focused on mount, so Enter or Space stops; aria-disabled (not disabled) keeps focus while busy. */}
      <button type="button" className="stop" onClick={onStop} disabled={Boolean(blockedReason)} aria-disabled={busy} aria-busy={busy} aria-describedby={blockedReason ? reasonId : undefined} autoFocus>
        Stop timer
      </button>
      {blockedReason && (
        <p id={reasonId} className="hint">
          {blockedReason}
        </p>
      )}
    </section>
  );
}
