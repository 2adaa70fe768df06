import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { useId, useMemo, useState } from 'react';
import type { Project } from '@/utils/clockme/schemas';
import { t } from '@/utils/i18n';
import { filterProjects, findByName } from './project-order';

/** An entry of the list: a project, or the offer to create one named as typed. */
type Option = { kind: 'project'; project: Project } | { kind: 'create'; name: string };

const { InputChange, InputBlur, InputKeyDownEscape } = useCombobox.stateChangeTypes;
const optionText = (option: Option | null) => (option === null ? '' : option.kind === 'project' ? option.project.name : option.name);
const optionKey = (option: Option | null) => (option === null ? null : option.kind === 'project' ? option.project.id : `create:${option.name}`);

/** The list for what is typed: the matching projects, and "Create" for a new name when `canCreate`. */
function optionsFor(projects: readonly Project[], typed: string, canCreate: boolean): Option[] {
  const matches = filterProjects(projects, typed).map((project): Option => ({ kind: 'project', project }));
  const offerCreate = canCreate && typed.trim() !== '' && !findByName(projects, typed);
  return offerCreate ? [...matches, { kind: 'create', name: typed.trim() }] : matches;
}

/**
 * Downshift's state changes, adjusted: typing highlights the first match (so "type, Enter"
 * chooses it) or nothing when nothing matches; Esc on a closed list keeps the choice (downshift
 * would clear it; here Esc closes the popup instead); leaving the field with "Create 'X'"
 * highlighted creates nothing, and leaving it otherwise shows the chosen name again.
 */
function adjust(state: UseComboboxState<Option>, { type, changes }: UseComboboxStateChangeOptions<Option>, optionsForTyped: (typed: string) => Option[]): Partial<UseComboboxState<Option>> {
  if (type === InputChange) return { ...changes, highlightedIndex: optionsForTyped(changes.inputValue ?? '').length > 0 ? 0 : -1 };
  if (type === InputKeyDownEscape && !state.isOpen) return state;
  if (type === InputBlur) {
    const chosen = changes.selectedItem?.kind === 'project' ? changes.selectedItem : state.selectedItem;
    return { ...changes, selectedItem: chosen, inputValue: optionText(chosen) };
  }
  return changes;
}

/**
 * The "Project" combobox (ARIA 1.2 combobox with a listbox, by downshift): typing filters the
 * projects by any part of the name (case and accents ignored), arrow keys move, Enter chooses,
 * Esc closes the list. `projects` come in display order (recent first). With `canCreate` (a
 * Full-scope key) a typed name no project has is offered as "Create 'Acme'", which calls
 * `onCreate` and chooses the new project; without it, the hint under the field says why
 * creating is not offered. The hint is a polite live region and describes the field.
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
  const selectedOption = useMemo<Option | null>(() => (selected ? { kind: 'project', project: selected } : null), [selected]);

  const items = useMemo(() => optionsFor(available, typed ?? '', canCreate), [available, typed, canCreate]);

  async function create(name: string) {
    if (creating) return;
    setCreating(true);
    const project = await onCreate(name);
    setCreating(false);
    if (project) onSelect(project.id);
  }

  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getToggleButtonProps, getMenuProps, getItemProps } = useCombobox<Option>({
    items,
    itemToString: optionText,
    itemToKey: optionKey,
    selectedItem: selectedOption,
    inputValue: typed ?? selected?.name ?? '',
    stateReducer: (state, actionAndChanges) => adjust(state, actionAndChanges, (text) => optionsFor(available, text, canCreate)),
    // Typing is handled in the field's onChange (below); downshift reports changes only after
    // rendering, and a controlled value updated that late drops keystrokes typed in between.
    onInputValueChange: ({ type }) => {
      if (type !== InputChange) setTyped(null);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      setTyped(null);
      if (selectedItem?.kind === 'project') onSelect(selectedItem.project.id);
      else if (selectedItem?.kind === 'create') void create(selectedItem.name);
    },
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
      <label {...getLabelProps()}>{t('popup.project')}</label>
      <div className="picker-field">
        <input
          {...getInputProps({
            'aria-describedby': hintId,
            'aria-busy': creating,
            onChange: (event) => setTyped(event.currentTarget.value),
            // Leaving the field with the list closed (after Esc) shows the chosen name again.
            onBlur: () => {
              if (!isOpen) setTyped(null);
            },
          })}
        />
        <button type="button" className="picker-toggle" {...getToggleButtonProps({ 'aria-label': t('popup.showProjects') })}>
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      {/* Hidden while closed or empty, so no empty listbox is in the accessibility tree. */}
      <ul className="picker-list" {...getMenuProps()} hidden={!listShown}>
        {listShown &&
          items.map((item, index) => (
            <li key={optionKey(item)} className={`picker-option${index === highlightedIndex ? ' highlighted' : ''}${item.kind === 'create' ? ' create' : ''}`} {...getItemProps({ item, index })}>
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
