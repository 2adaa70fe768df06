import { useId } from 'react';
import { t } from '@/utils/i18n';
import { IDLE_THRESHOLD_MINUTES } from '@/utils/storage';
import { SavedStatus } from './SavedStatus';
import type { SettingSaver } from './use-save-setting';

const { min, max, fallback } = IDLE_THRESHOLD_MINUTES;

/** Every allowed threshold, in minutes: `min` to `max`. */
const CHOICES = Array.from({ length: max - min + 1 }, (_, index) => min + index);

/** `minutes` when it is a whole number from {@link IDLE_THRESHOLD_MINUTES} `min` to `max`, else the fallback. */
export function validIdleThreshold(minutes: number): number {
  return Number.isInteger(minutes) && minutes >= min && minutes <= max ? minutes : fallback;
}

/**
 * "Ask after being away for": the idle threshold, a choice of whole minutes from `min` to `max`
 * (a select, so no value typed halfway, such as the 4 of 45, is ever saved), saved on choice.
 */
export function IdleThresholdField({ value, saver }: { value: number; saver: SettingSaver }) {
  const selectId = useId();
  return (
    <div className="setting nested">
      <label htmlFor={selectId}>{t('options.idle.thresholdLabel')}</label>
      <select id={selectId} className="minutes" value={validIdleThreshold(value)} onChange={(event) => void saver.save({ idleThresholdMinutes: Number(event.target.value) })}>
        {CHOICES.map((minutes) => (
          <option key={minutes} value={minutes}>
            {t('options.idle.minutes', minutes)}
          </option>
        ))}
      </select>
      <SavedStatus seq={saver.savedSeq} />
    </div>
  );
}
