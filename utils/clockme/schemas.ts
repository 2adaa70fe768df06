import { z } from 'zod/mini';

/**
 * Response shapes of the ClockMe REST API. ClockMe publishes paths but not response bodies, so
 * every schema here is [assumed] (see ../shared/clockme-api.md, "Objects") and parsing is
 * lenient where the real API might differ: ids may be strings or numbers (kept as strings),
 * unknown fields are ignored, `description` may be missing.
 *
 * Written with `zod/mini` (zod's functional API, same package and same parsing core): the service
 * worker bundles these schemas, and full zod cost it about 60 KB raw, 16 KB gzip. For the same
 * reason a non-empty id, whole seconds and `archived`'s default are a `refine` or a `transform`
 * rather than `z.minLength`, `z.int`/`z.nonnegative` and `z._default`, whose check classes would
 * add another 1 KB gzip for the same verdicts (docs/decisions.md, "Service worker size").
 * Issue messages are zod's generic ones (no locale is loaded); the paths in
 * `UnexpectedResponseError.issues` say what did not match.
 */

const nonEmptyString = z.string().check(z.refine((value) => value.length > 0, 'empty'));
const id = z.pipe(z.union([nonEmptyString, z.number()]), z.transform((value: string | number) => String(value)));
/** An ISO-8601 instant, e.g. `2026-11-29T10:00:00Z` (UTC). Anything `Date.parse` rejects fails. */
const instant = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'not a date-time'));
/** A string, `null` or missing; missing becomes `null`. */
const nullishString = z.pipe(z.nullish(z.string()), z.transform((value) => value ?? null));
/** Whole seconds: a safe integer ≥ 0 (what `z.int().check(z.nonnegative())` accepts). */
const wholeSeconds = z.number().check(z.refine((value) => Number.isSafeInteger(value) && value >= 0, 'not whole seconds'));

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
  durationSeconds: wholeSeconds,
});
export type Entry = z.output<typeof entrySchema>;

/** A project a timer can run on. [assumed] */
export const projectSchema = z.object({
  id,
  name: z.string(),
  color: nullishString,
  hourlyRate: z.pipe(z.nullish(z.number()), z.transform((value) => value ?? null)),
  archived: z.pipe(z.optional(z.boolean()), z.transform((value) => value ?? false)),
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
