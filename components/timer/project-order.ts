import type { Entry, Project } from '@/utils/clockme/schemas';
import { cachedFormatter } from '@/utils/timer/intl-cache';
import { containsFolded, sameFolded } from './search-text';

/**
 * The picker's order: recently used projects first — the project the last timer started from
 * this extension ran on (`lastProjectId`; it is at least as recent as any stopped entry), then
 * the projects of the recent entries, newest `endedAt` first — then every other project
 * alphabetically (by `locale`, ignoring case and accents). Ids that are no longer listed are
 * skipped; every project appears once.
 */
export function orderProjects(projects: readonly Project[], recentEntries: readonly Entry[], lastProjectId: string | null, locale?: string): Project[] {
  const byId = new Map(projects.map((project) => [project.id, project]));
  const newestFirst = [...recentEntries].sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt));
  const recentIds = [...new Set([lastProjectId, ...newestFirst.map((entry) => entry.projectId)])];
  const recent = recentIds.flatMap((id) => (id !== null && byId.has(id) ? [byId.get(id)!] : []));
  const collator = cachedFormatter(Intl.Collator, locale, { sensitivity: 'base', numeric: true });
  const rest = projects.filter((project) => !recent.includes(project)).sort((a, b) => collator.compare(a.name, b.name));
  return [...recent, ...rest];
}

/** The projects whose name contains `typed` (case- and accent-insensitive), in the given order; all of them for empty `typed`. */
export function filterProjects(projects: readonly Project[], typed: string): Project[] {
  return projects.filter((project) => containsFolded(project.name, typed));
}

/** The project named exactly `typed` apart from case, accents and surrounding spaces, if any. */
export function findByName(projects: readonly Project[], typed: string): Project | undefined {
  return projects.find((project) => sameFolded(project.name, typed));
}

/**
 * The project the picker shows chosen: the first of `candidates` (in order: the draft's project,
 * the default project from the settings, the last used project) that is still listed, else the
 * first project ClockMe listed, else `null` (no projects).
 */
export function preselectProjectId(projects: readonly Project[], candidates: ReadonlyArray<string | null | undefined>): string | null {
  const found = candidates.find((id) => id != null && projects.some((project) => project.id === id));
  return found ?? projects[0]?.id ?? null;
}
