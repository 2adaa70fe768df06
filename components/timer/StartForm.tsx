import { useId, useState, type FormEvent } from 'react';
import { DESCRIPTION_MAX_LENGTH } from '@/utils/clockme/limits';
import type { Project } from '@/utils/clockme/schemas';

/** The idle timer: "Project" picker, "Description" field and "Start timer". */
export function StartForm({
  projects,
  preferredProjectId,
  busy,
  blockedReason,
  onStart,
}: {
  /** `undefined` while the list is loading. */
  projects: Project[] | undefined;
  preferredProjectId: string | null;
  busy: boolean;
  /** Why this key cannot start timers (e.g. read-only); disables "Start timer" and explains it. */
  blockedReason?: string;
  onStart: (projectId: string, description: string) => void;
}) {
  const projectId = useId();
  const reasonId = useId();
  const descriptionId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const available = projects ?? [];
  const selected = [chosen, preferredProjectId].find((id) => available.some((project) => project.id === id)) ?? available[0]?.id ?? '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (selected && !busy && !blockedReason) onStart(selected, description);
  }

  return (
    <form className="start-form" onSubmit={submit}>
      <label htmlFor={projectId}>Project</label>
      <select id={projectId} value={selected} onChange={(event) => setChosen(event.target.value)} disabled={available.length === 0}>
        {projects === undefined && <option value="">Loading projects…</option>}
        {projects?.length === 0 && <option value="">No projects in ClockMe yet</option>}
        {available.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
      <label htmlFor={descriptionId}>Description</label>
      {/* Focused on mount: type what you work on, press Enter, and the timer starts. */}
      <input
        id={descriptionId}
        type="text"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        placeholder="What are you working on?"
        autoComplete="off"
        maxLength={DESCRIPTION_MAX_LENGTH}
        autoFocus
      />
      <button type="submit" className="start" disabled={!selected || Boolean(blockedReason)} aria-disabled={busy} aria-busy={busy} aria-describedby={blockedReason ? reasonId : undefined}>
        Start timer
      </button>
      {blockedReason && (
        <p id={reasonId} className="hint">
          {blockedReason}
        </p>
      )}
    </form>
  );
}
