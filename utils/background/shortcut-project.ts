import type { Project } from '../clockme/schemas';
import { t } from '../i18n';
import type { UserError } from '../messaging';
import { lastProjectIdItem, projectsItem, settingsItem } from '../storage';
import { readItem } from './mirror';

/**
 * The project a shortcut starts on: the one chosen in the options page, else the last used one,
 * else the first project. A preferred project missing from a known list gives way to the first
 * one; with no list at all (ClockMe unreachable), the preferred one is kept.
 * @param listProjects asked only when no project list is stored; may resolve to `[]`.
 * @returns the project id and its name (`''` when unknown), or `null` when there is no project.
 */
export async function chooseShortcutProject(listProjects: () => Promise<Project[]>): Promise<{ projectId: string; projectName: string } | null> {
  // From memory once read: this is on a shortcut press's way to ClockMe.
  const [settings, lastProjectId, snapshot] = await Promise.all([readItem(settingsItem), readItem(lastProjectIdItem), readItem(projectsItem)]);
  const preferred = settings.defaultProjectId ?? lastProjectId;
  const stored = snapshot?.projects ?? [];
  const projects = stored.length > 0 ? stored : await listProjects();
  const projectId = preferred && (projects.length === 0 || projects.some((project) => project.id === preferred)) ? preferred : projects[0]?.id;
  if (!projectId) return null;
  return { projectId, projectName: projects.find((project) => project.id === projectId)?.name ?? '' };
}

/** The reply when there is no project to start on (worded once, when the service worker starts: its language cannot change while it runs). */
export const NO_PROJECT: UserError = { code: 'rejected', message: t('errors.noProject') };
