import { useId, type ReactNode } from 'react';
import { SavedStatus } from './SavedStatus';

/**
 * One on/off setting: a checkbox with its label, a hint read as its description, and the
 * "Saved." status. `children` (e.g. a field that only applies while it is on) follow the hint.
 */
export function CheckboxField({
  label,
  hint,
  checked,
  onChange,
  savedSeq,
  children,
}: {
  label: string;
  hint: string;
  checked: boolean;
  /** Called with the new state when the person ticks or unticks the box. */
  onChange: (checked: boolean) => void;
  /** The saver's `savedSeq`: "Saved." is announced each time it changes. */
  savedSeq: number;
  children?: ReactNode;
}) {
  const checkboxId = useId();
  const hintId = useId();
  return (
    <div className="setting">
      <div className="checkbox-row">
        <input id={checkboxId} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={hintId} />
        <label htmlFor={checkboxId}>{label}</label>
      </div>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <SavedStatus seq={savedSeq} />
      {children}
    </div>
  );
}
