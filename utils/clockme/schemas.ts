import { z } from 'zod';

/**
 * Response shapes of the ClockMe REST API. ClockMe publishes paths but not response bodies, so
 * every schema here is [assumed] (see ../shared/clockme-api.md, "Objects") and parsing is
 * lenient where the real API might differ: ids may be strings or numbers (kept as strings),
 * unknown fields are ignored, `description` may be missing.
 */

const id = z.union([z.string().min(1), z.number()]).transform(String);
/** An ISO-8601 instant, e.g. `2026-11-29T10:00:00Z` (UTC). Anything `Date.parse` rejects fails. */
const instant = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date-time');

/** A running timer. `startedAt` is an ISO-8601 UTC instant. [assumed] */
export const timerSchema = z.object({
  id,
  projectId: id,
  projectName: z.string(),
  description: z.string().nullish().transform((value) => value ?? null),
  startedAt: instant,
});
export type Timer = z.output<typeof timerSchema>;

/** A stopped time entry; `durationSeconds` is whole seconds. [assumed] */
export const entrySchema = z.object({
  id,
  projectId: id,
  projectName: z.string(),
  description: z.string().nullish().transform((value) => value ?? null),
  startedAt: instant,
  endedAt: instant,
  durationSeconds: z.number().int().nonnegative(),
});
export type Entry = z.output<typeof entrySchema>;

/** A project a timer can run on. [assumed] */
export const projectSchema = z.object({
  id,
  name: z.string(),
  color: z.string().nullish().transform((value) => value ?? null),
  hourlyRate: z.number().nullish().transform((value) => value ?? null),
  archived: z.boolean().optional().default(false),
});
export type Project = z.output<typeof projectSchema>;

/** A workspace the key's account belongs to. [assumed] */
export const workspaceSchema = z.object({
  id,
  name: z.string(),
  role: z.string().optional(),
});
export type Workspace = z.output<typeof workspaceSchema>;

/** The body of every ClockMe error: `{ error: "<code>", message }`, sometimes with more fields. [assumed] */
export const errorBodySchema = z.looseObject({
  error: z.string(),
  message: z.string().optional(),
});
export type ErrorBody = z.output<typeof errorBodySchema>;

/**
 * `GET /api/timer/current`. [assumed] `{ timer: Timer | null }`; because ClockMe advertises
 * concurrent timers, `{ timers: Timer[] }` and a bare `Timer[]` are accepted too.
 */
export const currentTimerResponseSchema = z.union([
  z.object({ timer: timerSchema.nullable() }).transform(({ timer }) => (timer ? [timer] : [])),
  z.object({ timers: z.array(timerSchema) }).transform(({ timers }) => timers),
  z.array(timerSchema),
]);

/** `POST /api/timer/start` → 201 `{ timer }`. [assumed] */
export const startTimerResponseSchema = z.object({ timer: timerSchema });
/** `POST /api/timer/stop` → 200 `{ entry }`. [assumed] */
export const stopTimerResponseSchema = z.object({ entry: entrySchema });
/** `GET /api/projects` → 200 `{ projects }`, active projects only. [assumed] */
export const projectsResponseSchema = z.object({ projects: z.array(projectSchema) });
/** `GET /api/workspaces` → 200 `{ workspaces }`. [assumed] */
export const workspacesResponseSchema = z.object({ workspaces: z.array(workspaceSchema) });
/** `PATCH /api/entries/{id}` → 200 `{ entry }`. [assumed] */
export const entryResponseSchema = z.object({ entry: entrySchema });

/** `POST /api/projects` → 201. [published] path; [assumed] shape. */
export const projectResponseSchema = z.object({ project: projectSchema });

/** `POST /api/timer/heartbeat` → 200. [published] path; [assumed] method and shape. */
export const heartbeatResponseSchema = z.object({ timer: timerSchema, lastActivityAt: z.string() });
