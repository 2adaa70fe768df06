import { useId } from 'react';
import type { Timer } from '@/utils/clockme/schemas';
import { t } from '@/utils/i18n';
import { describeElapsed, elapsedMs, formatElapsed } from '@/utils/timer/elapsed';
import type { ChoiceProps } from './ChoiceFields';
import { SwitchForm } from './SwitchForm';
import { useNow } from './use-now';
import { clockSkewItem } from '@/utils/storage';
import { useStorageItem } from '../use-storage-item';

/**
 * The running timer: project, description, elapsed `H:MM:SS` (now − ClockMe's `startedAt`) and
 * "Stop timer"; below it, unless the key is read-only, the {@link SwitchForm}. Focus starts on
 * "Stop timer": opening the popup while a timer runs is most often to stop it, and Enter or
 * Space then does. The picker is one Tab away.
 */
export function RunningTimer({
  timer,
  othersRunning,
  busy,
  blockedReason,
  onStop,
  onSwitch,
  ...choiceProps
}: ChoiceProps & {
  timer: Timer;
  othersRunning: number;
  busy: boolean;
  /** Why this key cannot stop timers (e.g. read-only); disables "Stop timer", explains it and leaves out "Switch". */
  blockedReason?: string;
  onStop: () => void;
  onSwitch: (projectId: string, description: string) => void;
}) {
  const now = useNow();
  const reasonId = useId();
  // ClockMe's start by ClockMe's clock: this computer's may be minutes off (see utils/timer/clock-skew.ts).
  const skew = useStorageItem(clockSkewItem);
  const elapsed = elapsedMs(timer.startedAt, now, skew?.offsetMs ?? 0);
  return (
    <>
      <section className="running" aria-label={t('popup.runningTimer')}>
        <p className="project-name">{timer.projectName}</p>
        {timer.description && <p className="description">{timer.description}</p>}
        <p className="elapsed">
          <span role="timer" aria-label={t('popup.elapsed', [describeElapsed(elapsed)])}>
            {formatElapsed(elapsed)}
          </span>
        </p>
        {othersRunning > 0 && <p className="hint">{t('popup.othersRunning', othersRunning)}</p>}
        {/* aria-disabled (not disabled) keeps focus while busy. */}
        <button type="button" className="stop" onClick={onStop} disabled={Boolean(blockedReason)} aria-disabled={busy} aria-busy={busy} aria-describedby={blockedReason ? reasonId : undefined} autoFocus>
          {t('popup.stop')}
        </button>
        {blockedReason && (
          <p id={reasonId} className="hint">
            {blockedReason}
          </p>
        )}
      </section>
      {!blockedReason && <SwitchForm {...choiceProps} busy={busy} onSwitch={onSwitch} />}
    </>
  );
}
