import { useId, type FormEvent } from 'react';
import { t } from '@/utils/i18n';
import { ChoiceFields, type ChoiceProps } from './ChoiceFields';

/**
 * "Switch to": the "Project" picker, "Description" field and "Switch", shown while a timer runs.
 * Switching stops the running timer and starts one on the chosen project and description as one
 * change. Enter in the form switches (the form's own submit).
 */
export function SwitchForm({ busy, onSwitch, ...choiceProps }: ChoiceProps & { busy: boolean; onSwitch: (projectId: string, description: string) => void }) {
  const titleId = useId();
  const { projectId, description } = choiceProps.choice;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (projectId && !busy) onSwitch(projectId, description);
  }

  return (
    <form className="switch-form" aria-labelledby={titleId} onSubmit={submit}>
      <h2 id={titleId} className="form-title">
        {t('popup.switchTitle')}
      </h2>
      <ChoiceFields {...choiceProps} />
      <button type="submit" className="switch" disabled={!projectId} aria-disabled={busy} aria-busy={busy}>
        {t('popup.switch')}
      </button>
    </form>
  );
}
