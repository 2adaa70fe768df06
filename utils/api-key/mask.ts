import { API_KEY_PREFIX } from './normalize';

/**
 * The only form of a key ever shown after it is saved: `ck_live_…` plus its last 4 characters,
 * e.g. `ck_live_…ab12`. Safe to render, store and log.
 */
export function maskApiKey(key: string): string {
  return `${API_KEY_PREFIX}…${key.slice(-4)}`;
}
