import { useId } from 'react';
import type { Project } from '@/utils/clockme/schemas';
import { SavedStatus } from './SavedStatus';
import type { SettingSaver } from './use-save-setting';

/** The `<select>` value standing for `defaultProjectId: null` (the last project used). */
const LAST_USED = '';

/**
 * "Shortcut starts the timer on": the last project used, or one of the active projects. A saved
 * project that is not in the list (archived or deleted in ClockMe, or the list is not loaded) stays
 * selectable, and the hint says what the shortcut then does.
 */
export function ShortcutProjectField({
  value,
  projects,
  saver,
}: {
  /** The saved `defaultProjectId`. */
  value: string | null;
  /** The active projects as last listed by ClockMe; `null` when never listed. */
  projects: Project[] | null;
  saver: SettingSaver;
}) {
  const selectId = useId();
  const hintId = useId();
  const active = (projects ?? []).filter((project) => !project.archived);
  const missing = value !== null && !active.some((project) => project.id === value);

  return (
    <div className="setting">
      <label htmlFor={selectId}>Shortcut starts the timer on</label>
      <select
        id={selectId}
        value={value ?? LAST_USED}
        onChange={(event) => void saver.save({ defaultProjectId: event.target.value === LAST_USED ? null : event.target.value })}
        aria-describedby={hintId}
      >
        <option value={LAST_USED}>The last project you used</option>
        {missing && <option value={value}>{projects === null ? 'Your chosen project (the project list is not loaded yet)' : 'A project ClockMe no longer lists'}</option>}
        {active.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
      <p id={hintId} className="hint">
        {missing && projects !== null
          ? 'The chosen project is no longer among your active ClockMe projects (it was archived or deleted). If ClockMe no longer accepts it, the shortcut starts the timer on the first project in your list instead. Choose another project to be sure.'
          : 'Applies to the “Start or stop the timer” shortcut. “The last project you used” is the one your last timer started from this extension ran on; before that, the first project in your list.'}
      </p>
      <SavedStatus seq={saver.savedSeq} />
    </div>
  );
}
