import { resolveApiOrigin } from './origin';

/**
 * The API origin of this build, e.g. `https://clockme.co` or `http://127.0.0.1:4010`.
 * Every API request goes here and nowhere else; the manifest's only host permission matches it.
 * Validated at build time by `wxt.config.ts`, so this never throws in a built extension.
 */
export const API_ORIGIN: string = resolveApiOrigin(import.meta.env.WXT_CLOCKME_API_URL as string | undefined);

/** Where a person creates and revokes keys: Settings → API Keys. [assumed] path on ClockMe's site. */
export const API_KEY_SETTINGS_URL = `${API_ORIGIN}/settings/api-keys`;
