import { useId, useRef, useState, type FormEvent } from 'react';
import { DESCRIPTION_MAX_LENGTH } from '@/utils/clockme/limits';
import { t, uiLocale } from '@/utils/i18n';
import { askBackground } from '@/utils/messaging';
import { clockSkewItem, lastProjectIdItem, projectsItem, settingsItem } from '@/utils/storage';
import { formatClockDuration } from '@/utils/timer/elapsed';
import { formatDuration } from '@/utils/timer/format-duration';
import { toWallTime } from '@/utils/timer/local-time';
import { browserTimeZone } from '@/utils/timer/zone-offset';
import { Alert, useAlertMessage } from '../Alert';
import { useStorageItem } from '../use-storage-item';
import { checkLogTime, FIELDS, LONG_ENTRY_MS, summarize, type Field, type LogTimeValues } from './log-time-check';
import { RepeatedTimeChoice } from './RepeatedTimeChoice';
import { useNow } from './use-now';
import './entries.css';

const EMPTY: Omit<LogTimeValues, 'date' | 'projectId' | 'mode'> = { description: '', start: '', end: '', duration: '', startOccurrence: 'earlier', endOccurrence: 'earlier', confirmLong: false };

/** A field's problem, next to it (the field points here with `aria-describedby`). */
function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={id} className="field-error">
      {text}
    </p>
  ) : null;
}

/**
 * "Log time": a completed entry with project, description, date and start, and either an end
 * time (same day) or a duration, in the person's local time zone (`timeZone`, default the
 * browser's). Rules in `log-time-check.ts`; after a first "Save entry" every problem shows next
 * to its field (`aria-invalid`, `aria-describedby`) and in the alert's summary, and focus moves to
 * the first one. Sends `logTime`; says "Logged 1:30 on Website." (or that it waits to be sent)
 * and empties the times for the next entry.
 */
export function LogTimeForm({ timeZone = browserTimeZone() }: { timeZone?: string }) {
  const projects = useStorageItem(projectsItem);
  const lastProjectId = useStorageItem(lastProjectIdItem);
  const settings = useStorageItem(settingsItem);
  const skew = useStorageItem(clockSkewItem);
  const now = useNow(30_000);
  const id = useId();
  const [values, setValues] = useState<LogTimeValues>(() => ({ ...EMPTY, projectId: '', mode: 'end', date: toWallTime(Date.now(), timeZone).date }));
  const [showErrors, setShowErrors] = useState(false);
  const [summary, setSummary] = useAlertMessage();
  const [failure, setFailure] = useAlertMessage();
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const [status, setStatus] = useState('');

  const available = projects?.projects ?? [];
  // Like the timer: the chosen project, else the default project (options page), else the last used one.
  const projectId = [values.projectId, settings?.defaultProjectId, lastProjectId].find((candidate) => available.some((project) => project.id === candidate)) ?? available[0]?.id ?? '';
  const locale = uiLocale();
  const context = { skewMs: skew?.offsetMs ?? 0, timeZone, locale };
  const check = checkLogTime({ ...values, projectId }, { ...context, now });
  const errors = showErrors ? check.errors : {};
  const set = (patch: Partial<LogTimeValues>) => setValues((previous) => ({ ...previous, ...patch }));
  const fieldId = (field: Field | 'hint' | 'zone' | 'meaning' | 'description') => `${id}-${field}`;
  const errorId = (field: Field) => `${id}-${field}-error`;
  /** `aria-invalid` and `aria-describedby` of a field: its hints, then its message. */
  const described = (field: Field, ...hints: Array<string | false>) => {
    const ids = [...hints.filter(Boolean), errors[field] && errorId(field)].filter(Boolean).join(' ');
    return { 'aria-invalid': errors[field] ? true : undefined, 'aria-describedby': ids || undefined };
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    // A ref, not the state: a second press before the re-render must not send a second entry.
    if (sending.current) return;
    // Checked again at this moment (`now` omitted: the clock now), not at the last re-render.
    const current = checkLogTime({ ...values, projectId }, context);
    setShowErrors(true);
    setFailure(null);
    setStatus('');
    if (!current.entry) {
      setSummary(summarize(current.errors));
      const first = FIELDS.find((field) => current.errors[field]);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setSummary(null);
    sending.current = true;
    setBusy(true);
    setStatus(t('logTime.sending'));
    const { startedAt, endedAt } = current.entry;
    const reply = await askBackground('logTime', { projectId, description: values.description, startedAt, endedAt });
    sending.current = false;
    setBusy(false);
    if (!reply.ok) {
      setStatus('');
      setFailure(reply.error.message);
      return;
    }
    const name = reply.entry?.projectName ?? available.find((project) => project.id === projectId)?.name ?? '';
    const duration = reply.entry ? reply.entry.durationSeconds * 1000 : endedAt - startedAt;
    setStatus(reply.queued ? t('logTime.queued') : t('logTime.logged', [formatClockDuration(duration), name]));
    setValues((previous) => ({ ...previous, ...EMPTY, projectId }));
    setShowErrors(false);
  }

  const long = check.durationMs !== null && check.durationMs > LONG_ENTRY_MS;
  const endField = values.mode === 'end' ? 'end' : 'duration';
  return (
    <form className="log-time-form" aria-label={t('logTime.formName')} onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={fieldId('projectId')}>{t('logTime.project')}</label>
      <select id={fieldId('projectId')} value={projectId} onChange={(event) => set({ projectId: event.target.value })} disabled={available.length === 0} {...described('projectId')}>
        {projects === undefined && <option value="">{t('logTime.loadingProjects')}</option>}
        {projects?.projects.length === 0 && <option value="">{t('logTime.noProjects')}</option>}
        {available.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
      <FieldError id={errorId('projectId')} text={errors.projectId} />
      <label htmlFor={fieldId('description')}>{t('logTime.description')}</label>
      <input id={fieldId('description')} type="text" value={values.description} onChange={(event) => set({ description: event.target.value })} placeholder={t('logTime.descriptionPlaceholder')} autoComplete="off" maxLength={DESCRIPTION_MAX_LENGTH} />
      <div className="field-row">
        <div>
          <label htmlFor={fieldId('date')}>{t('logTime.date')}</label>
          <input id={fieldId('date')} type="date" value={values.date} onChange={(event) => set({ date: event.target.value })} required {...described('date', fieldId('zone'))} />
        </div>
        <div>
          <label htmlFor={fieldId('start')}>{t('logTime.start')}</label>
          <input id={fieldId('start')} type="time" value={values.start} onChange={(event) => set({ start: event.target.value })} required {...described('start', fieldId('zone'))} />
        </div>
      </div>
      <p id={fieldId('zone')} className="hint">
        {t('logTime.zoneHint', [timeZone])}
      </p>
      <FieldError id={errorId('date')} text={errors.date} />
      <FieldError id={errorId('start')} text={errors.start} />
      {check.repeated.start && <RepeatedTimeChoice repeated={check.repeated.start} value={values.startOccurrence} onChange={(startOccurrence) => set({ startOccurrence })} />}
      <fieldset className="segmented">
        <legend>{t('logTime.modeLegend')}</legend>
        {(['end', 'duration'] as const).map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" name={`${id}-mode`} value={mode} checked={values.mode === mode} onChange={() => set({ mode })} />
            {t(mode === 'end' ? 'logTime.modeEnd' : 'logTime.modeDuration')}
          </label>
        ))}
      </fieldset>
      {values.mode === 'end' ? (
        <>
          <label htmlFor={fieldId('end')}>{t('logTime.end')}</label>
          <input id={fieldId('end')} type="time" value={values.end} onChange={(event) => set({ end: event.target.value })} required {...described('end', check.meaning !== null && fieldId('meaning'))} />
        </>
      ) : (
        <>
          <label htmlFor={fieldId('duration')}>{t('logTime.duration')}</label>
          <input id={fieldId('duration')} type="text" inputMode="text" autoComplete="off" value={values.duration} onChange={(event) => set({ duration: event.target.value })} required {...described('duration', fieldId('hint'), check.meaning !== null && fieldId('meaning'))} />
          <p id={fieldId('hint')} className="hint">
            {t('logTime.durationHint')}
          </p>
        </>
      )}
      {check.meaning !== null && (
        <p id={fieldId('meaning')} className="hint">
          {check.meaning}
        </p>
      )}
      <FieldError id={errorId(endField)} text={errors[endField]} />
      {values.mode === 'end' && check.repeated.end && <RepeatedTimeChoice repeated={check.repeated.end} value={values.endOccurrence} onChange={(endOccurrence) => set({ endOccurrence })} />}
      {long && (
        <label className="choice confirm">
          <input id={fieldId('confirmLong')} type="checkbox" checked={values.confirmLong} onChange={(event) => set({ confirmLong: event.target.checked })} {...described('confirmLong')} />
          {t('logTime.confirmLong', [formatDuration(check.durationMs ?? 0, locale)])}
        </label>
      )}
      {long && <FieldError id={errorId('confirmLong')} text={errors.confirmLong} />}
      <button type="submit" aria-disabled={busy} aria-busy={busy}>
        {t('logTime.submit')}
      </button>
      <p role="status" className="status">
        {status}
      </p>
      <Alert message={failure ?? (Object.keys(check.errors).length > 0 ? summary : null)} />
    </form>
  );
}
