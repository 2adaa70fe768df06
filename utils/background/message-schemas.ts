import { z } from 'zod/mini';
import { DESCRIPTION_MAX_LENGTH } from '../clockme/limits';
import type { ProtocolMap } from '../messaging';

/**
 * What the service worker accepts as each message's `data` (see `ProtocolMap` in
 * `utils/messaging.ts`); anything else is dropped by `message-guard.ts` before any action runs.
 * Lengths are far above what the pages send (a pasted key, a name, a description) and only stop
 * absurd input. Written with `zod/mini`, `refine` and no `z.enum`/`z.null` for the worker's size
 * (30 KB gzip budget), like `utils/clockme/schemas.ts`.
 */

const text = (max: number) => z.string().check(z.refine((value) => value.length <= max, 'too long'));
const someText = (max: number) => z.string().check(z.refine((value) => value.length > 0 && value.length <= max, 'empty or too long'));
/** An epoch time in ms (UTC): a safe integer. */
const epochMs = z.number().check(z.refine(Number.isSafeInteger, 'not epoch ms'));
/** No data: `undefined` (what `askBackground` sends) or `null`. */
// (A never-passing string inside `z.nullish`, not `z.optional(z.null())`: classes the worker already has.)
const nothing = z.nullish(z.string().check(z.refine(() => false, 'no data expected'))) as unknown as z.ZodMiniType<null | undefined>;
const freshness = z.nullish(z.object({ maxAgeMs: z.number().check(z.refine((value) => value >= 0, 'negative')) }));
/** One of `choices` (a refine, not `z.enum`, for the worker's size). */
const oneOf = <T extends string>(...choices: T[]) => z.string().check(z.refine((value) => (choices as string[]).includes(value), 'not a choice')) as unknown as z.ZodMiniType<T>;
const start = z.object({ projectId: someText(200), description: text(DESCRIPTION_MAX_LENGTH) });

/** One schema per message name; the `satisfies` keeps it in step with the protocol. */
export const MESSAGE_DATA = {
  saveKey: text(4096),
  removeKey: nothing,
  undoRemoveKey: nothing,
  finishRemoveKey: nothing,
  resumePaused: nothing,
  discardPaused: nothing,
  refreshTimer: freshness,
  listProjects: freshness,
  startTimer: start,
  stopTimer: nothing,
  switchTimer: start,
  logTime: z.object({ projectId: someText(200), description: text(DESCRIPTION_MAX_LENGTH), startedAt: epochMs, endedAt: epochMs }),
  createProject: someText(500),
  resolveIdle: oneOf('keep', 'discard', 'stop'),
} satisfies { [K in keyof ProtocolMap]: z.ZodMiniType<Parameters<ProtocolMap[K]>[0] | null | undefined> };
