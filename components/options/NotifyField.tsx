import { useId } from 'react';
import { SavedStatus } from './SavedStatus';
import type { SettingSaver } from './use-save-setting';

/** The "Show a notification when a shortcut starts or stops the timer" checkbox (`notifyOnShortcut`). */
export function NotifyField({ checked, saver }: { checked: boolean; saver: SettingSaver }) {
  const checkboxId = useId();
  const hintId = useId();
  return (
    <div className="setting">
      <div className="checkbox-row">
        <input id={checkboxId} type="checkbox" checked={checked} onChange={(event) => void saver.save({ notifyOnShortcut: event.target.checked })} aria-describedby={hintId} />
        <label htmlFor={checkboxId}>Show a notification when a shortcut starts or stops the timer</label>
      </div>
      <p id={hintId} className="hint">
        A shortcut that could not do anything (for example, ClockMe could not be reached) always shows a notification saying why.
      </p>
      <SavedStatus seq={saver.savedSeq} />
    </div>
  );
}
