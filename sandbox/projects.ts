import { fail, invalidRequest, ok, projectNotFound, type Result } from './errors';
import { newId } from './ids';
import type { Account, Project } from './types';

/** The projects every new account starts with; "Old client" is archived. */
export function seedProjects(): Project[] {
  const seed: Array<Omit<Project, 'id'>> = [
    { name: 'Website', color: '#4F46E5', hourlyRate: 80, archived: false },
    { name: 'Mobile app', color: '#059669', hourlyRate: 95, archived: false },
    { name: 'Internal', color: '#6B7280', hourlyRate: null, archived: false },
    { name: 'Old client', color: '#B45309', hourlyRate: 60, archived: true },
  ];
  return seed.map((p) => ({ id: newId('prj'), ...p }));
}

/** The account's projects that are not archived. */
export function activeProjects(account: Account): Project[] {
  return account.projects.filter((p) => !p.archived);
}

/** The active project with this id, or a 404 project_not_found (unknown or archived). */
export function activeProjectById(account: Account, projectId: string): Result<Project> {
  const project = account.projects.find((p) => p.id === projectId);
  if (!project) return fail(projectNotFound(`No project has the id "${projectId}".`));
  if (project.archived) return fail(projectNotFound(`The project "${project.name}" is archived.`));
  return ok(project);
}

/** The active project whose name equals `name` ignoring case and surrounding spaces. */
export function activeProjectByName(account: Account, name: string): Project | undefined {
  const wanted = name.trim().toLowerCase();
  return activeProjects(account).find((p) => p.name.trim().toLowerCase() === wanted);
}

/** What a timer start names: an id, a name, and a fallback id used when the name matches nothing. */
export interface ProjectChoice {
  projectId?: string;
  projectName?: string;
  fallbackProjectId?: string;
}

/**
 * Resolves the project of a timer start: `projectId` if given; else `projectName` matched
 * case-insensitively among active projects; else `fallbackProjectId`; else 404 project_not_found.
 */
export function resolveProject(account: Account, choice: ProjectChoice): Result<Project> {
  if (choice.projectId !== undefined) return activeProjectById(account, choice.projectId);
  if (choice.projectName !== undefined) {
    const byName = activeProjectByName(account, choice.projectName);
    if (byName) return ok(byName);
  }
  if (choice.fallbackProjectId !== undefined) return activeProjectById(account, choice.fallbackProjectId);
  return fail(projectNotFound(`No active project is named "${choice.projectName ?? ''}".`));
}

/** Fields of a new project. */
export interface NewProject {
  name: string;
  color?: string | null;
  hourlyRate?: number | null;
}

/** Adds an active project; 400 invalid_request when an active project already has that name. */
export function createProject(account: Account, input: NewProject): Result<Project> {
  if (activeProjectByName(account, input.name)) {
    return fail(invalidRequest([`name: a project named "${input.name.trim()}" already exists`]));
  }
  const project: Project = {
    id: newId('prj'),
    name: input.name.trim(),
    color: input.color ?? null,
    hourlyRate: input.hourlyRate ?? null,
    archived: false,
  };
  account.projects.push(project);
  return ok(project);
}

/** The name of a project of the account (archived included), or "" if it no longer exists. */
export function projectName(account: Account, projectId: string): string {
  return account.projects.find((p) => p.id === projectId)?.name ?? '';
}
