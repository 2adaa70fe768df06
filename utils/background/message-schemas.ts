import { z } from 'zod/mini';
import { DESCRIPTION_MAX_LENGTH } from '../clockme/limits';
import type { ProtocolMap } from '../messaging';

/**
 * What the service worker accepts as each message's `data` (see `ProtocolMap` in
 * `utils/messaging.ts`); anything else is dropped by `message-guard.ts` before any action runs.
 * Lengths are far above what the pages send (a pasted key, a name, a description) and only stop
 * absurd input. Written with `zod/mini` and `refine` for the worker's size, like
 * `utils/clockme/schemas.ts`.
 */

const text = (max: number) => z.string().check(z.refine((value) => value.length <= max, 'too long'));
const someText = (max: number) => z.string().check(z.refine((value) => value.length > 0 && value.length <= max, 'empty or too long'));
/** An epoch time in ms (UTC): a safe integer. */
const epochMs = z.number().check(z.refine(Number.isSafeInteger, 'not epoch ms'));
/** No data: `undefined` (what `askBackground` sends) or `null`. */
const nothing = z.optional(z.null());
const freshness = z.optional(z.union([z.null(), z.object({ maxAgeMs: z.number().check(z.refine((value) => value >= 0, 'negative')) })]));
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
  resolveIdle: z.enum(['keep', 'discard', 'stop']),
} satisfies { [K in keyof ProtocolMap]: z.ZodMiniType<Parameters<ProtocolMap[K]>[0] | null | undefined> };
