import { z } from 'zod';
import { SCOPES, type Scope } from './types';

const MAX_TEXT = 2000;

/** An ISO-8601 date-time with `Z` or an offset, normalised to UTC with `Z`. */
const isoTime = z.iso
  .datetime({ offset: true, message: 'must be an ISO-8601 date-time such as 2025-01-31T09:00:00Z' })
  .transform((s) => new Date(s).toISOString());

const id = z.string().trim().min(1, 'must not be empty');
const description = z.string().max(MAX_TEXT).nullable();

/** Body of POST /api/timer/start (and of the admin start). */
export const startTimerBody = z
  .object({
    projectId: id.optional(),
    projectName: z.string().trim().min(1, 'must not be empty').max(200).optional(),
    fallbackProjectId: id.optional(),
    description: description.optional(),
  })
  .refine((b) => b.projectId !== undefined || b.projectName !== undefined, {
    message: 'give projectId or projectName',
  });

/** Body of POST /api/projects. */
export const createProjectBody = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  color: z
    .string()
    .regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour like #4F46E5')
    .nullable()
    .optional(),
  hourlyRate: z.number().finite().nonnegative().nullable().optional(),
});

/** Body of POST /api/entries. */
export const createEntryBody = z.object({
  projectId: id,
  description: description.optional(),
  startedAt: isoTime,
  endedAt: isoTime,
});

/** Body of PATCH /api/entries/:id: any of the entry fields, at least one. */
export const updateEntryBody = z
  .object({
    projectId: id.optional(),
    description: description.optional(),
    startedAt: isoTime.optional(),
    endedAt: isoTime.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'give at least one of projectId, description, startedAt, endedAt',
  });

/** A key scope. */
export const scopeSchema = z.enum(SCOPES as [Scope, ...Scope[]]);

/** Readable issue strings such as `startedAt: must be an ISO-8601 date-time …`. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/**
 * Parses a raw request body as JSON (empty body → `{}`) and validates it.
 * Returns the data or readable issue strings.
 */
export function parseBody<S extends z.ZodType>(
  schema: S,
  raw: string,
): { ok: true; data: z.output<S> } | { ok: false; issues: string[] } {
  let json: unknown = {};
  if (raw.trim() !== '') {
    try {
      json = JSON.parse(raw);
    } catch {
      return { ok: false, issues: ['body: is not valid JSON'] };
    }
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, issues: ['body: must be a JSON object'] };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: formatIssues(parsed.error) };
}
