import { DEFAULT_API_ORIGIN } from './origin';

const configured = (import.meta.env.WXT_CLOCKME_API_URL as string | undefined)?.trim();

/**
 * The API origin of this build, e.g. `https://clockme.co` or `http://127.0.0.1:4010`.
 * Every API request goes here and nowhere else; the manifest's only host permission matches it.
 * `wxt.config.ts` validates `WXT_CLOCKME_API_URL` at build time (see `resolveApiOrigin`), so
 * the bundle only turns the value into an origin and carries no validation code.
 */
export const API_ORIGIN: string = configured ? new URL(configured).origin : DEFAULT_API_ORIGIN;

/** Where a person creates and revokes keys: Settings → API Keys. [assumed] path on ClockMe's site. */
export const API_KEY_SETTINGS_URL = `${API_ORIGIN}/settings/api-keys`;

/** ClockMe's privacy policy, on its own site whatever API origin this build uses. [published] */
export const PRIVACY_URL = `${DEFAULT_API_ORIGIN}/privacy`;

/** ClockMe's API documentation for developers. [published] */
export const DEVELOPERS_URL = `${DEFAULT_API_ORIGIN}/developers`;
