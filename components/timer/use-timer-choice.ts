import { useMemo } from 'react';
import type { Project } from '@/utils/clockme/schemas';
import { uiLocale } from '@/utils/i18n';
import { lastProjectIdItem, projectsItem, recentEntriesItem, settingsItem } from '@/utils/storage';
import { useStorageItem } from '../use-storage-item';
import { orderProjects, preselectProjectId } from './project-order';
import { recentDescriptions } from './recent-descriptions';
import { useDraft } from './use-draft';

/** What the start and switch forms offer and have chosen; see {@link useTimerChoice}. */
export interface TimerChoice {
  /** False until storage has been read; the forms wait for it so the draft is there when they mount. */
  ready: boolean;
  /** Recent first, then alphabetical ({@link orderProjects}); `undefined` until ClockMe listed them once. */
  projects: Project[] | undefined;
  /** The chosen project: the draft's, else the default, else the last used, else ClockMe's first; `null` when there are none. */
  projectId: string | null;
  description: string;
  /**
   * The name of the project the draft chose when ClockMe no longer lists it (archived or
   * deleted): nothing is chosen then, and the picker asks for another, rather than quietly
   * starting on a different project. `null` otherwise.
   */
  goneProjectName: string | null;
  /** Recent descriptions, distinct, newest first: the description field's suggestions. */
  descriptions: string[];
  chooseProject: (projectId: string) => void;
  typeDescription: (description: string) => void;
  /** Forgets the draft (after a start or switch was accepted). */
  clearDraft: () => void;
}

/** The project and description for the next start or switch, from the draft in storage, the settings and the recent entries. */
export function useTimerChoice(): TimerChoice {
  const projects = useStorageItem(projectsItem);
  const settings = useStorageItem(settingsItem);
  const lastProjectId = useStorageItem(lastProjectIdItem);
  const recentEntries = useStorageItem(recentEntriesItem);
  const { draft, update, clear } = useDraft();
  const listed = projects?.projects;
  const ordered = useMemo(() => (listed ? orderProjects(listed, recentEntries ?? [], lastProjectId ?? null, uiLocale()) : undefined), [listed, recentEntries, lastProjectId]);
  const descriptions = useMemo(() => recentDescriptions(recentEntries ?? []), [recentEntries]);
  const draftGone = Boolean(listed && draft?.projectId && !listed.some((project) => project.id === draft.projectId));
  return {
    ready: draft !== undefined && settings !== undefined && lastProjectId !== undefined && recentEntries !== undefined,
    projects: ordered,
    projectId: draftGone ? null : preselectProjectId(listed ?? [], [draft?.projectId, settings?.defaultProjectId, lastProjectId]),
    goneProjectName: draftGone ? (draft?.projectName ?? '') : null,
    description: draft?.description ?? '',
    descriptions,
    chooseProject: (projectId) => update({ projectId, projectName: listed?.find((project) => project.id === projectId)?.name ?? '' }),
    typeDescription: (description) => update({ description }),
    clearDraft: clear,
  };
}
