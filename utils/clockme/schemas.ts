import { z } from 'zod/mini';

/**
 * Response shapes of the ClockMe REST API. ClockMe publishes paths but not response bodies, so
 * every schema here is [assumed] (see ../shared/clockme-api.md, "Objects") and parsing is
 * lenient where the real API might differ: ids may be strings or numbers (kept as strings),
 * unknown fields are ignored, `description` may be missing.
 *
 * Written with `zod/mini` (zod's functional API, same package and same parsing core): the service
 * worker bundles these schemas, and full zod's method-chaining classes cost it about 80 KB raw
 * (docs/decisions.md, "Service worker size"). Issue messages are zod's generic ones (no locale
 * loaded); the codes and paths in `UnexpectedResponseError.issues` are the same.
 */

const id = z.pipe(
  z.union([z.string().check(z.minLength(1)), z.number()]),
  z.transform((value: string | number) => String(value)),
);
/** An ISO-8601 instant, e.g. `2026-11-29T10:00:00Z` (UTC). Anything `Date.parse` rejects fails. */
const instant = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'not a date-time'));
/** A string, `null` or missing; missing becomes `null`. */
const nullishString = z.pipe(z.nullish(z.string()), z.transform((value) => value ?? null));

/** A running timer. `startedAt` is an ISO-8601 UTC instant. [assumed] */
export const timerSchema = z.object({
  id,
  projectId: id,
  projectName: z.string(),
  description: nullishString,
  startedAt: instant,
});
export type Timer = z.output<typeof timerSchema>;

/** A stopped time entry; `durationSeconds` is whole seconds. [assumed] */
export const entrySchema = z.object({
  id,
  projectId: id,
  projectName: z.string(),
  description: nullishString,
  startedAt: instant,
  endedAt: instant,
  durationSeconds: z.int().check(z.nonnegative()),
});
export type Entry = z.output<typeof entrySchema>;

/** A project a timer can run on. [assumed] */
export const projectSchema = z.object({
  id,
  name: z.string(),
  color: nullishString,
  hourlyRate: z.pipe(z.nullish(z.number()), z.transform((value) => value ?? null)),
  archived: z._default(z.optional(z.boolean()), false),
});
export type Project = z.output<typeof projectSchema>;

/** A workspace the key's account belongs to. [assumed] */
export const workspaceSchema = z.object({
  id,
  name: z.string(),
  role: z.optional(z.string()),
});
export type Workspace = z.output<typeof workspaceSchema>;

/** The body of every ClockMe error: `{ error: "<code>", message }`, sometimes with more fields. [assumed] */
export const errorBodySchema = z.looseObject({
  error: z.string(),
  message: z.optional(z.string()),
});
export type ErrorBody = z.output<typeof errorBodySchema>;

/**
 * `GET /api/timer/current`. [assumed] `{ timer: Timer | null }`; because ClockMe advertises
 * concurrent timers, `{ timers: Timer[] }` and a bare `Timer[]` are accepted too.
 */
export const currentTimerResponseSchema = z.union([
  z.pipe(z.object({ timer: z.nullable(timerSchema) }), z.transform(({ timer }) => (timer ? [timer] : []))),
  z.pipe(z.object({ timers: z.array(timerSchema) }), z.transform(({ timers }) => timers)),
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
