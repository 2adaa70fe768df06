import { useId, type FormEvent } from 'react';
import { t } from '@/utils/i18n';
import { ChoiceFields, type ChoiceProps } from './ChoiceFields';

/**
 * The idle timer: "Project" picker, "Description" field and "Start timer". Focus starts in the
 * description, with the project already chosen: typing what you work on and pressing Enter
 * starts the timer (Enter in the form submits it).
 */
export function StartForm({
  busy,
  blockedReason,
  onStart,
  ...choiceProps
}: ChoiceProps & {
  busy: boolean;
  /** Why this key cannot start timers (e.g. read-only); disables "Start timer" and explains it. */
  blockedReason?: string;
  onStart: (projectId: string, description: string) => void;
}) {
  const reasonId = useId();
  const { projectId, description } = choiceProps.choice;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (projectId && !busy && !blockedReason) onStart(projectId, description);
  }

  return (
    <form className="start-form" onSubmit={submit}>
      <ChoiceFields {...choiceProps} focusDescription />
      <button type="submit" className="start" disabled={!projectId || Boolean(blockedReason)} aria-disabled={busy} aria-busy={busy} aria-describedby={blockedReason ? reasonId : undefined}>
        {t('popup.start')}
      </button>
      {blockedReason && (
        <p id={reasonId} className="hint">
          {blockedReason}
        </p>
      )}
    </form>
  );
}
