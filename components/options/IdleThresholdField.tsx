import { useId, useState } from 'react';
import { t } from '@/utils/i18n';
import { IDLE_THRESHOLD_MINUTES } from '@/utils/storage';
import { Alert } from '../Alert';
import { SavedStatus } from './SavedStatus';
import type { SettingSaver } from './use-save-setting';

const { min, max } = IDLE_THRESHOLD_MINUTES;

/** The minutes in `text` when it is a whole number from {@link IDLE_THRESHOLD_MINUTES} `min` to `max`, else `null`. */
export function parseIdleThreshold(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= min && minutes <= max ? minutes : null;
}

/**
 * "Away after (minutes)": the idle threshold. Every valid value is saved as it is typed (or
 * stepped with the arrow keys); anything else is never saved, and once the person leaves the
 * field it is marked invalid with a message saying what is allowed.
 */
export function IdleThresholdField({ value, saver }: { value: number; saver: SettingSaver }) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(String(value));
  const [invalid, setInvalid] = useState(false);

  function change(text: string) {
    setDraft(text);
    const minutes = parseIdleThreshold(text);
    if (minutes === null) return;
    setInvalid(false);
    if (minutes !== value) void saver.save({ idleThresholdMinutes: minutes });
  }

  return (
    <div className="setting nested">
      <label htmlFor={inputId}>{t('options.idle.thresholdLabel')}</label>
      <input
        id={inputId}
        className="minutes"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        onChange={(event) => change(event.target.value)}
        onBlur={() => setInvalid(parseIdleThreshold(draft) === null)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
      />
      <p id={hintId} className="hint">
        {t('options.idle.thresholdHint', [String(min), String(max)])}
      </p>
      <Alert id={errorId} message={invalid ? t('options.idle.thresholdInvalid', [String(min), String(max)]) : null} />
      <SavedStatus seq={saver.savedSeq} />
    </div>
  );
}
