import type { ClockMeClient, EntryPatch, NewEntryInput, StartTimerInput } from '../../clockme/client';
import type { KeyScope } from '../../clockme/scope';
import type { CurrentTimer } from '../../clockme/current-timer';
import { ApiError, KeyRejectedError, UnreachableError } from '../../clockme/errors';
import type { Entry, Project, Timer, Workspace } from '../../clockme/schemas';

export const KEY_A = 'ck_live_AAAAbbbbCCCCddddEEEEffffGGGGa1a1';
export const KEY_B = 'ck_live_BBBBccccDDDDeeeeFFFFggggHHHHb2b2';

export const PROJECTS: Project[] = [
  { id: 'prj_website', name: 'Website', color: '#3366ff', hourlyRate: 90, archived: false },
  { id: 'prj_app', name: 'Mobile app', color: null, hourlyRate: null, archived: false },
];

type Method = keyof ClockMeClient;

/**
 * A hand-written ClockMe for the background's tests: one account with its keys, projects and at
 * most one running timer. It throws the client's real error classes, like the real client does.
 * `hold(method)` makes the next call of that method wait until the test releases it.
 */
export class FakeClockMe implements ClockMeClient {
  acceptedKeys = new Set<string>([KEY_A, KEY_B]);
  projects: Project[] = [...PROJECTS];
  running: Timer | null = null;
  reachable = true;
  /** Scope per key; keys not listed have `write`. */
  scopes = new Map<string, KeyScope>();
  workspaces: Workspace[] = [{ id: 'ws_acme', name: 'Acme', role: 'owner' }];
  /** Stopped entries by id. */
  readonly entries = new Map<string, Entry>();
  /** Every call, as `method key`. */
  readonly calls: string[] = [];
  private clock: () => number;
  private nextId = 1;
  private held = new Map<Method, { reached: () => void; released: Promise<void> }>();

  constructor(clock: () => number = Date.now) {
    this.clock = clock;
  }

  /**
   * The next call of `method` stops after recording itself and before answering.
   * @returns `reached`, resolved when the call arrives, and `release()`, which lets it answer
   *   with the state the fake has at that moment.
   */
  hold(method: Method): { reached: Promise<void>; release: () => void } {
    let release!: () => void;
    let reached!: () => void;
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.held.set(method, { reached, released });
    return { reached: reachedPromise, release };
  }

  revoke(key: string): void {
    this.acceptedKeys.delete(key);
  }

  private async enter(method: Method, key: string): Promise<void> {
    this.calls.push(`${method} ${key}`);
    const gate = this.held.get(method);
    if (gate) {
      this.held.delete(method);
      gate.reached();
      await gate.released;
    }
    if (!this.reachable) throw new UnreachableError('network');
    if (!this.acceptedKeys.has(key)) throw new KeyRejectedError('key_revoked', 'This API key was revoked.');
  }

  private requireWrite(key: string): void {
    if ((this.scopes.get(key) ?? 'write') === 'read') {
      throw new ApiError(403, 'insufficient_scope', 'This key cannot do that.', { error: 'insufficient_scope', requiredScope: 'write' });
    }
  }

  async getCurrentTimer(key: string): Promise<CurrentTimer> {
    await this.enter('getCurrentTimer', key);
    return { timer: this.running, othersRunning: 0 };
  }

  async startTimer(key: string, input: StartTimerInput): Promise<Timer> {
    await this.enter('startTimer', key);
    this.requireWrite(key);
    if (this.running) {
      throw new ApiError(409, 'timer_already_running', 'A timer is already running.', {
        error: 'timer_already_running',
        message: 'A timer is already running.',
        timer: this.running,
      });
    }
    const project = this.projects.find((candidate) => candidate.id === input.projectId);
    if (!project) throw new ApiError(404, 'project_not_found', 'No such project.', { error: 'project_not_found' });
    this.running = {
      id: `tmr_${this.nextId++}`,
      projectId: project.id,
      projectName: project.name,
      description: input.description ?? null,
      startedAt: new Date(this.clock()).toISOString(),
    };
    return this.running;
  }

  async stopTimer(key: string): Promise<Entry> {
    await this.enter('stopTimer', key);
    this.requireWrite(key);
    const timer = this.running;
    if (!timer) throw new ApiError(409, 'no_running_timer', 'No timer is running.', { error: 'no_running_timer' });
    this.running = null;
    const endedAt = this.clock();
    const entry = {
      ...timer,
      endedAt: new Date(endedAt).toISOString(),
      durationSeconds: Math.floor((endedAt - Date.parse(timer.startedAt)) / 1000),
    };
    this.entries.set(entry.id, entry);
    return entry;
  }

  async createEntry(key: string, input: NewEntryInput): Promise<Entry> {
    await this.enter('createEntry', key);
    this.requireWrite(key);
    const project = this.projects.find((candidate) => candidate.id === input.projectId);
    if (!project) throw new ApiError(404, 'project_not_found', 'No such project.', { error: 'project_not_found' });
    const entry: Entry = {
      id: `ent_${this.nextId++}`,
      projectId: project.id,
      projectName: project.name,
      description: input.description ?? null,
      startedAt: input.startedAt,
      endedAt: input.endedAt,
      durationSeconds: Math.floor((Date.parse(input.endedAt) - Date.parse(input.startedAt)) / 1000),
    };
    this.entries.set(entry.id, entry);
    return entry;
  }

  async listWorkspaces(key: string): Promise<Workspace[]> {
    await this.enter('listWorkspaces', key);
    return this.workspaces;
  }

  async editEntry(key: string, id: string, patch: EntryPatch): Promise<Entry> {
    await this.enter('editEntry', key);
    this.requireWrite(key);
    const entry = this.entries.get(id);
    if (!entry) throw new ApiError(404, 'not_found', 'No such entry.', { error: 'not_found' });
    const edited = { ...entry, ...patch, description: patch.description === undefined ? entry.description : patch.description };
    edited.durationSeconds = Math.floor((Date.parse(edited.endedAt) - Date.parse(edited.startedAt)) / 1000);
    this.entries.set(id, edited);
    return edited;
  }

  async probeWriteScope(key: string): Promise<KeyScope | null> {
    await this.enter('probeWriteScope', key);
    return (this.scopes.get(key) ?? 'write') === 'read' ? 'read' : 'write';
  }

  async probeFullScope(key: string): Promise<KeyScope | null> {
    await this.enter('probeFullScope', key);
    return (this.scopes.get(key) ?? 'write') === 'full' ? 'full' : 'write';
  }

  async listProjects(key: string): Promise<Project[]> {
    await this.enter('listProjects', key);
    return this.projects;
  }

  async heartbeat(key: string): Promise<{ timer: Timer; lastActivityAt: string }> {
    await this.enter('heartbeat', key);
    this.requireWrite(key);
    if (!this.running) throw new ApiError(409, 'no_running_timer', 'No timer is running.', { error: 'no_running_timer' });
    return { timer: this.running, lastActivityAt: new Date(this.clock()).toISOString() };
  }

  async createProject(key: string, name: string): Promise<Project> {
    await this.enter('createProject', key);
    if ((this.scopes.get(key) ?? 'write') !== 'full') {
      throw new ApiError(403, 'insufficient_scope', 'This key cannot create projects.', { error: 'insufficient_scope', requiredScope: 'full' });
    }
    const project: Project = { id: `prj_${this.nextId++}`, name, color: null, hourlyRate: null, archived: false };
    this.projects = [...this.projects, project];
    return project;
  }
}

/** A client that fails the test if any method is called. */
export const untouchableClient: ClockMeClient = {
  getCurrentTimer: () => Promise.reject(new Error('ClockMe must not be called (getCurrentTimer)')),
  startTimer: () => Promise.reject(new Error('ClockMe must not be called (startTimer)')),
  stopTimer: () => Promise.reject(new Error('ClockMe must not be called (stopTimer)')),
  listProjects: () => Promise.reject(new Error('ClockMe must not be called (listProjects)')),
  listWorkspaces: () => Promise.reject(new Error('ClockMe must not be called (listWorkspaces)')),
  createEntry: () => Promise.reject(new Error('ClockMe must not be called (createEntry)')),
  editEntry: () => Promise.reject(new Error('ClockMe must not be called (editEntry)')),
  probeWriteScope: () => Promise.reject(new Error('ClockMe must not be called (probeWriteScope)')),
  probeFullScope: () => Promise.reject(new Error('ClockMe must not be called (probeFullScope)')),
  heartbeat: () => Promise.reject(new Error('ClockMe must not be called (heartbeat)')),
  createProject: () => Promise.reject(new Error('ClockMe must not be called (createProject)')),
};
