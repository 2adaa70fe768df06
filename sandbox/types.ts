/**
 * Domain types of the ClockMe API sandbox: the public objects of the API contract
 * (/work/shared/clockme-api.md) and the in-memory records behind them.
 */

/** An API key scope: `read` < `write` < `full`. */
export type Scope = 'read' | 'write' | 'full';

/** All scopes, weakest first. */
export const SCOPES: readonly Scope[] = ['read', 'write', 'full'];

/** The running timer as the API returns it. */
export interface Timer {
  id: string;
  projectId: string;
  projectName: string;
  description: string | null;
  startedAt: string;
}

/** A completed time entry as the API returns it. */
export interface Entry {
  id: string;
  projectId: string;
  projectName: string;
  description: string | null;
  startedAt: string;
  endedAt: string;
  durationSeconds: number;
}

/** A project as the API returns it. */
export interface Project {
  id: string;
  name: string;
  color: string | null;
  hourlyRate: number | null;
  archived: boolean;
}

/** A workspace membership as the API returns it. */
export interface Workspace {
  id: string;
  name: string;
  role: 'owner' | 'admin' | 'member';
}

/** A stored API key. */
export interface KeyRecord {
  keyId: string;
  key: string;
  accountId: string;
  scope: Scope;
  name: string;
  createdAt: string;
  revoked: boolean;
}

/** The running timer as stored (project name is looked up when serialised). */
export interface TimerRecord {
  id: string;
  projectId: string;
  description: string | null;
  startedAt: string;
  lastActivityAt: string;
}

/** A stored time entry (project name is looked up when serialised). */
export interface EntryRecord {
  id: string;
  projectId: string;
  description: string | null;
  startedAt: string;
  endedAt: string;
}

/** One isolated sandbox account with its workspace, projects, timer and entries. */
export interface Account {
  id: string;
  name: string;
  workspace: Workspace;
  projects: Project[];
  timer: TimerRecord | null;
  entries: EntryRecord[];
}
