import { API_KEY_PREFIX, KEY_BODY_MIN } from '../api-key/normalize';

/**
 * Key-shaped: `ck_live_` (any case) followed by at least {@link KEY_BODY_MIN} characters a key
 * can hold (visible ASCII, the same set `normalizeApiKey` accepts). The whole run of such
 * characters is taken, so a key glued to punctuation is still caught whole.
 */
const KEY_SHAPED = new RegExp(`${API_KEY_PREFIX}[\\x21-\\x7E]{${KEY_BODY_MIN},}`, 'gi');

/** What a key-shaped substring becomes: the prefix and an ellipsis (not ASCII, so never key-shaped itself). */
export const REDACTED_KEY = `${API_KEY_PREFIX}…`;

/**
 * `text` with every key-shaped substring replaced by {@link REDACTED_KEY}, e.g.
 * `"Bearer ck_live_AbC123xyz789 refused"` → `"Bearer ck_live_… refused"`. Idempotent; never
 * throws. The one place anything that may reach a console, a notification or the UI is
 * cleaned (see docs/security.md); the masked form of a saved key (`ck_live_…ab12`) passes unchanged.
 */
export function redactKeys(text: string): string {
  return text.replace(KEY_SHAPED, REDACTED_KEY);
}

/** Every key-shaped substring of `text` (empty when there is none); for checks and tests. */
export function findKeyShaped(text: string): string[] {
  return text.match(KEY_SHAPED) ?? [];
}
