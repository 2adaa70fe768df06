import { lazyPart } from '../lazy-part';

/**
 * The popup's parts that most opens do not show, each in a chunk of its own (issue 7: the
 * JavaScript the popup loads to paint its timer stays under 80 KB gzip). {@link preparePopup}
 * preloads the ones the first screen shows. (The idle question and the "Log time" form are split
 * where they are used: `timer/IdlePrompt.tsx`, `timer/LogTime.tsx`.)
 */

/** Without a connected key: the key form, its help and the revoked notice. */
export const KeySetupPart = lazyPart(() => import('./KeySetup').then((module) => module.KeySetup));

/** The question about starts and stops kept from a revoked key (shown once a new key is saved). */
export const PausedWorkPart = lazyPart(() => import('../PausedWorkPrompt').then((module) => module.PausedWorkPrompt));
