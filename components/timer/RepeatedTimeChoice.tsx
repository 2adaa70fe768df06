import { useId } from 'react';
import type { Occurrence } from '@/utils/timer/local-time';
import type { Repeated } from './log-time-check';

/**
 * Asks which of a time that happens twice (the night the clocks go back) is meant: "2:30 AM
 * happens twice on Sun, October 25 … Which one?" with "The first, 2:30 AM GMT+2" (the default)
 * and "The second, 2:30 AM GMT+1".
 */
export function RepeatedTimeChoice({ repeated, value, onChange }: { repeated: Repeated; value: Occurrence; onChange: (value: Occurrence) => void }) {
  const name = useId();
  const options: Array<[Occurrence, string]> = [
    ['earlier', repeated.earlier],
    ['later', repeated.later],
  ];
  return (
    <fieldset className="repeated-time">
      <legend>{repeated.question}</legend>
      {options.map(([occurrence, label]) => (
        <label key={occurrence} className="choice">
          <input type="radio" name={name} value={occurrence} checked={value === occurrence} onChange={() => onChange(occurrence)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
