import { storage } from 'wxt/utils/storage';
import type { Entry, Project, Timer, Workspace } from './clockme/schemas';
import type { KeyScope } from './clockme/scope';
import { EMPTY_BUDGET, type BudgetState } from './outbox/budget';
import { EMPTY_OUTBOX, type Outbox, type OutboxOp } from './outbox/ops';

/**
 * Every value the extension keeps, one typed item each, all in `chrome.storage.local` (never
 * synced). Only the service worker writes them (pages read and watch them), except the
 * person's settings, which the options page writes.
 * Times are epoch milliseconds (UTC).
 */

/** The ClockMe API key, exactly as verified (`ck_live_…`). Read only by the service worker. */
export const apiKeyItem = storage.defineItem<string | null>('local:apiKey', { fallback: null, version: 1 });

/** Which ClockMe account a key belongs to: its workspaces (`GET /api/workspaces`), or `null` when unknown. */
export type Account = { workspaces: Workspace[] } | null;

/** What is known of the key's scope: `null` until learned; `observed` ones come from a 403. */
export interface ScopeInfo {
  scope: KeyScope;
  source: 'verified' | 'observed';
}

/** A key ClockMe accepted, as the pages may know it: never the key itself. */
export interface ConnectedKey {
  state: 'connected';
  maskedKey: string;
  savedAt: number;
  scope: ScopeInfo | null;
  account: Account;
}

/** The key's state as shown by the popup, options page and badge. `removing` is the 10-second undo window. */
export type Connection =
  | { state: 'none' }
  | ConnectedKey
  | { state: 'revoked'; maskedKey: string; revokedAt: number; account: Account }
  | { state: 'removing'; maskedKey: string; until: number; previous: ConnectedKey };

/** The key's state; v2 added `scope` and `account`. */
export const connectionItem = storage.defineItem<Connection>('local:connection', {
  fallback: { state: 'none' },
  version: 2,
  migrations: {
    2: (old: Connection) =>
      old.state === 'connected' ? { ...old, scope: old.scope ?? null, account: old.account ?? null } : old.state === 'revoked' ? { ...old, account: old.account ?? null } : old,
  },
});

/** The last known timer state and when it was read from ClockMe (ms). `timer: null` means idle. */
export interface TimerSnapshot {
  timer: Timer | null;
  /** Other timers running at ClockMe besides `timer`. */
  othersRunning: number;
  syncedAt: number;
}

/** Last known timer; `null` until the first successful read. The popup paints from it at once. */
export const timerItem = storage.defineItem<TimerSnapshot | null>('local:timer', { fallback: null, version: 1 });

/** The active projects as last listed by ClockMe, and when (ms). */
export interface ProjectsSnapshot {
  projects: Project[];
  syncedAt: number;
}

/** Last known project list; `null` until first listed. */
export const projectsItem = storage.defineItem<ProjectsSnapshot | null>('local:projects', { fallback: null, version: 1 });

/** The project the last timer started from this extension ran on; the shortcut starts on it. */
export const lastProjectIdItem = storage.defineItem<string | null>('local:lastProjectId', { fallback: null, version: 1 });

/** When ClockMe last answered at all (ms), shown with "Can't reach ClockMe". */
export const lastContactItem = storage.defineItem<number | null>('local:lastContactAt', { fallback: null, version: 1 });

/**
 * A start or stop the person made that met a revoked key: kept, not dropped, until a new key is
 * saved and the person says whether to send it with that key. `at` is the click time (ms).
 */
export type PausedAction = {
  id: string;
  at: number;
  /** Workspace names of the account the revoked key belonged to, when known. */
  workspaces?: string[];
  /** The outbox operation it was, as it was (id, click time, whether it may have reached ClockMe); resumed through the outbox. */
  op?: OutboxOp;
} & (
  | { kind: 'start'; projectId: string; description: string }
  | { kind: 'stop' }
  /** A shortcut press; `timerId`: the timer the person saw running then (`null`: none, so it meant "start"). */
  | { kind: 'toggle'; timerId?: string | null }
  /** A completed entry (times in ms). */
  | { kind: 'log'; projectId: string; description: string; startedAt: number; endedAt: number }
  /** A correction of an entry's times to the person's clicks (ms). */
  | { kind: 'edit'; entryId: string; startedAt?: number; endedAt?: number }
);

/** Paused actions, oldest first. */
export const pausedActionsItem = storage.defineItem<PausedAction[]>('local:pausedActions', { fallback: [], version: 1 });

/** The `revokedAt` of the revocation a system notification was last shown for (one per revocation). */
export const notifiedRevocationItem = storage.defineItem<number | null>('local:notifiedRevocationAt', { fallback: null, version: 1 });

/** Colour scheme of the popup and options page: `system` follows `prefers-color-scheme`. */
export type Theme = 'system' | 'light' | 'dark';

/** Idle threshold bounds (minutes), as in ClockMe's dashboard. */
export const IDLE_THRESHOLD_MINUTES = { min: 2, max: 30, fallback: 5 } as const;

/** The person's choices in the options page. */
export interface Settings {
  /** The project the popup preselects and the `toggle-timer` shortcut starts on; `null`: the last used project. (v1: `shortcutProjectId`.) */
  defaultProjectId: string | null;
  /** Show a system notification ("Started: Website — Fix login") when a shortcut starts or stops the timer. */
  notifyOnShortcut: boolean;
  /** Ask what to do with the time when the person comes back after `idleThresholdMinutes` away with a timer running. Off by default. */
  idleDetection: boolean;
  /** Minutes without input before the computer counts as idle, {@link IDLE_THRESHOLD_MINUTES} `min`–`max`. */
  idleThresholdMinutes: number;
  /** Send `POST /api/timer/heartbeat` every 4 minutes while the person is active and a timer runs. On by default. */
  heartbeat: boolean;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = {
  defaultProjectId: null,
  notifyOnShortcut: false,
  idleDetection: false,
  idleThresholdMinutes: IDLE_THRESHOLD_MINUTES.fallback,
  heartbeat: true,
  theme: 'system',
};

/** The person's settings; written by the options page, read by the service worker. v2 renamed `shortcutProjectId` and added idle, heartbeat and theme. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (old: { shortcutProjectId?: string | null; notifyOnShortcut?: boolean }): Settings => ({
      ...DEFAULT_SETTINGS,
      defaultProjectId: old.shortcutProjectId ?? null,
      notifyOnShortcut: old.notifyOnShortcut ?? false,
    }),
  },
});

/** What the person typed in the popup but has not started yet; survives closing the popup. Cleared on start. */
export interface Draft {
  /** The chosen project; `null`: none chosen (the default or last used one applies). */
  projectId: string | null;
  /** Its name when chosen, to say which project is gone if ClockMe no longer lists it. */
  projectName?: string;
  description: string;
}

/** The popup's draft (written by the popup as the person types). */
export const draftItem = storage.defineItem<Draft>('local:draft', { fallback: { projectId: null, description: '' }, version: 1 });

/** How many stopped entries {@link recentEntriesItem} keeps. */
export const RECENT_ENTRIES_MAX = 10;

/**
 * The last {@link RECENT_ENTRIES_MAX} entries this extension knows of, newest `endedAt` first:
 * from stop and log responses (ClockMe publishes no list endpoint). Written by the service worker.
 */
export const recentEntriesItem = storage.defineItem<Entry[]>('local:recentEntries', { fallback: [], version: 1 });

/**
 * The person came back after being idle with a timer running (idle detection on): the popup and a
 * notification ask Keep / Discard idle time / Stop at idle start until answered. Times in ms.
 */
export interface IdlePrompt {
  /** When the person stopped using the computer (ms): the threshold before the idle state began, or the lock. */
  idleStartedAt: number;
  /** When they came back (ms). */
  returnedAt: number;
  /** The running timer then (ClockMe's id, or `pending-…` for one still in the outbox), and what it ran on, to start it again. */
  timerId: string;
  projectId: string;
  description: string;
  /** When that timer started, as the person saw it (ms): recognises a `pending-…` timer once ClockMe has it under its own id. */
  timerStartedAt?: number;
}

/** The unanswered idle question; `null` when there is none. */
export const idlePromptItem = storage.defineItem<IdlePrompt | null>('local:idlePrompt', { fallback: null, version: 1 });

/** When the computer last went idle or locked (ms), while idle detection is on; `null` while active. */
export const idleSinceItem = storage.defineItem<number | null>('local:idleSince', { fallback: null, version: 1 });

/**
 * The heartbeat's memory across service-worker restarts: `lastAt`, when the last heartbeat was
 * sent or tried (ms; the next is due 4 minutes later); `refusedFor`, the masked key ClockMe
 * answered `403` to, which gets no more heartbeats.
 */
export interface HeartbeatState {
  lastAt: number | null;
  refusedFor: string | null;
}

/** The heartbeat's state (written by the service worker only). */
export const heartbeatItem = storage.defineItem<HeartbeatState>('local:heartbeat', { fallback: { lastAt: null, refusedFor: null }, version: 1 });

/**
 * How far ClockMe's clock is ahead of this computer's (ms; negative: behind), estimated from the
 * `Date` header of ClockMe's answers (see `utils/timer/clock-skew.ts`). `null` until measured.
 */
export interface ClockSkew {
  offsetMs: number;
  measuredAt: number;
}

/** The last clock-skew estimate. */
export const clockSkewItem = storage.defineItem<ClockSkew | null>('local:clockSkew', { fallback: null, version: 1 });

/** Starts, stops and corrections waiting to reach ClockMe, oldest first (see `utils/outbox/ops.ts`). */
export const outboxItem = storage.defineItem<Outbox>('local:outbox', { fallback: EMPTY_OUTBOX, version: 1 });

/** The requests sent in the last minute and any `Retry-After` hold (see `utils/outbox/budget.ts`). */
export const requestBudgetItem = storage.defineItem<BudgetState>('local:requestBudget', { fallback: EMPTY_BUDGET, version: 1 });
