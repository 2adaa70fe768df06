import { useId, useMemo, useState } from 'react';
import type { Project } from '@/utils/clockme/schemas';
import { t } from '@/utils/i18n';
import { useCombobox } from '../use-combobox';
import { filterProjects, findByName } from './project-order';

/** An entry of the list: a project, or the offer to create one named as typed. */
type Option = { kind: 'project'; project: Project } | { kind: 'create'; name: string };

const optionKey = (option: Option) => (option.kind === 'project' ? option.project.id : `create:${option.name}`);

/** The list for what is typed: the matching projects, and "Create" for a new name when `canCreate`. */
function optionsFor(projects: readonly Project[], typed: string, canCreate: boolean): Option[] {
  const matches = filterProjects(projects, typed).map((project): Option => ({ kind: 'project', project }));
  const offerCreate = canCreate && typed.trim() !== '' && !findByName(projects, typed);
  return offerCreate ? [...matches, { kind: 'create', name: typed.trim() }] : matches;
}

/**
 * The "Project" combobox (ARIA 1.2 combobox with a listbox, {@link useCombobox}): typing filters
 * the projects by any part of the name (case and accents ignored) and highlights the first match
 * (so "type, Enter" chooses it), arrow keys move, Enter chooses, Esc closes the list (Esc on a
 * closed list keeps the choice: the popup closes). Leaving the field shows the chosen name again;
 * Tab away from a highlighted project chooses it, from "Create 'X'" creates nothing. `projects`
 * come in display order (recent first). With `canCreate` (a Full-scope key) a typed name no
 * project has is offered as "Create 'Acme'", which calls `onCreate` and chooses the new project;
 * without it, the hint under the field says why creating is not offered. The hint is a polite
 * live region and describes the field.
 */
export function ProjectPicker({
  projects,
  selectedId,
  goneProjectName = null,
  onSelect,
  canCreate,
  onCreate,
}: {
  /** In display order; `undefined` while loading. */
  projects: Project[] | undefined;
  selectedId: string | null;
  /** The draft's project ClockMe no longer lists (see `TimerChoice.goneProjectName`): the hint asks for another. */
  goneProjectName?: string | null;
  onSelect: (projectId: string) => void;
  canCreate: boolean;
  /** Creates a project named `name`; resolves to it, or `null` when it failed (the caller shows why). */
  onCreate: (name: string) => Promise<Project | null>;
}) {
  const hintId = useId();
  /** What the person typed since the last choice; `null`: not filtering (the field shows the chosen name). */
  const [typed, setTyped] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const available = useMemo(() => projects ?? [], [projects]);
  const selected = available.find((project) => project.id === selectedId) ?? null;

  const items = useMemo(() => optionsFor(available, typed ?? '', canCreate), [available, typed, canCreate]);

  async function create(name: string) {
    if (creating) return;
    setCreating(true);
    const project = await onCreate(name);
    setCreating(false);
    if (project) onSelect(project.id);
  }

  const chosenIndex = items.findIndex((item) => item.kind === 'project' && item.project.id === selectedId);
  const { isOpen, activeIndex, labelProps, inputProps, toggleProps, listProps, optionProps } = useCombobox<Option>({
    items,
    selectedIndex: chosenIndex,
    freeText: false,
    onType: setTyped,
    onChoose: (item) => {
      setTyped(null);
      if (item.kind === 'project') onSelect(item.project.id);
      else void create(item.name);
    },
    chooseOnTab: (item) => item.kind === 'project',
    onLeave: () => setTyped(null),
  });

  const noMatch = isOpen && typed !== null && typed.trim() !== '' && items.length === 0;
  const hint =
    projects === undefined
      ? t('popup.projectsLoading')
      : projects.length === 0
        ? canCreate
          ? t('popup.noProjectsCreate')
          : t('popup.noProjectsNoCreate')
        : goneProjectName !== null && selectedId === null
          ? goneProjectName
            ? t('popup.projectGone', [goneProjectName])
            : t('popup.projectGoneUnnamed')
          : noMatch
          ? t('popup.noMatchNoCreate')
          : '';
  const listShown = isOpen && items.length > 0;

  return (
    <div className="picker">
      <label {...labelProps}>{t('popup.project')}</label>
      <div className="picker-field">
        <input {...inputProps} value={typed ?? selected?.name ?? ''} aria-describedby={hintId} aria-busy={creating} />
        <button className="picker-toggle" {...toggleProps} aria-label={t('popup.showProjects')}>
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      {/* Hidden while closed or empty, so no empty listbox is in the accessibility tree. */}
      <ul className="picker-list" {...listProps} hidden={!listShown}>
        {listShown &&
          items.map((item, index) => (
            <li key={optionKey(item)} className={`picker-option${index === activeIndex ? ' highlighted' : ''}${item.kind === 'create' ? ' create' : ''}`} {...optionProps(index)}>
              {item.kind === 'project' ? item.project.name : t('popup.createProject', [item.name])}
            </li>
          ))}
      </ul>
      <p id={hintId} className="hint picker-hint" aria-live="polite">
        {hint}
      </p>
    </div>
  );
}
