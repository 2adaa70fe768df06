/**
 * Which ClockMe API origin this build talks to.
 *
 * The origin is fixed at build time by `WXT_CLOCKME_API_URL` (default `https://clockme.co`,
 * [published] on clockme.co/developers). Loopback `http:` origins are allowed so the extension can
 * run against the local sandbox; any other `http:` origin is refused, because the API key would
 * travel in clear text.
 */

/** ClockMe's production origin. [published] clockme.co/developers */
export const DEFAULT_API_ORIGIN = 'https://clockme.co';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

/**
 * Turns the raw `WXT_CLOCKME_API_URL` value into an origin such as `https://clockme.co` or
 * `http://127.0.0.1:4010` (no trailing slash, no path).
 *
 * @param raw the environment value; `undefined` or blank selects {@link DEFAULT_API_ORIGIN}.
 * @throws Error with a message naming the variable when the value is not a URL, has a path,
 *   credentials, query or fragment, or is `http:` on a host other than 127.0.0.1 / localhost.
 */
export function resolveApiOrigin(raw: string | undefined): string {
  const value = raw?.trim();
  if (!value) return DEFAULT_API_ORIGIN;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`WXT_CLOCKME_API_URL must be a URL such as https://clockme.co or http://127.0.0.1:4010; got "${value}".`);
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new Error(`WXT_CLOCKME_API_URL must be an origin only (scheme, host and port), without a path, query or credentials; got "${value}".`);
  }
  if (url.protocol === 'https:') return url.origin;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url.origin;
  if (url.protocol === 'http:') {
    throw new Error(`WXT_CLOCKME_API_URL may use http: only for 127.0.0.1 or localhost (the local sandbox); "${url.origin}" would send the API key unencrypted. Use https:.`);
  }
  throw new Error(`WXT_CLOCKME_API_URL must start with https:// (or http:// for 127.0.0.1 / localhost); got "${value}".`);
}
