import { useId } from 'react';
import type { Project } from '@/utils/clockme/schemas';
import { t } from '@/utils/i18n';
import { SavedStatus } from './SavedStatus';
import type { SettingSaver } from './use-save-setting';

/** The `<select>` value standing for `defaultProjectId: null` (the last project used). */
const LAST_USED = '';

/**
 * "Default project": the project the popup preselects and the "Start or stop the timer" shortcut
 * starts on: the last project used, or one of the active projects. A saved project that is not
 * in the list (archived or deleted in ClockMe, or the list is not loaded) stays selectable, and
 * the hint says what then happens.
 */
export function DefaultProjectField({
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
      <label htmlFor={selectId}>{t('options.defaultProject.label')}</label>
      <select
        id={selectId}
        value={value ?? LAST_USED}
        onChange={(event) => void saver.save({ defaultProjectId: event.target.value === LAST_USED ? null : event.target.value })}
        aria-describedby={hintId}
      >
        <option value={LAST_USED}>{t('options.defaultProject.lastUsed')}</option>
        {missing && <option value={value}>{projects === null ? t('options.defaultProject.notLoaded') : t('options.defaultProject.gone')}</option>}
        {active.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
      <p id={hintId} className="hint">
        {missing && projects !== null ? t('options.defaultProject.goneHint') : t('options.defaultProject.hint')}
      </p>
      <SavedStatus seq={saver.savedSeq} />
    </div>
  );
}
