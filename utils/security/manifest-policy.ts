/**
 * The security-relevant parts of the manifest, in one place so `wxt.config.ts` and the
 * manifest snapshot test (`e2e`-free, `utils/security/__tests__/production-build.test.ts`) agree.
 * See docs/security.md.
 */

/** Where WXT's dev server runs during `npm start` (any port): its scripts and its reload socket. */
const DEV_SERVER_SOURCES = ['http://localhost:*', 'ws://localhost:*'];

/**
 * The content security policy of the extension's pages and its service worker: scripts only from
 * the extension itself, no plugins, and network connections only to the ClockMe API origin
 * (`apiOrigin`, e.g. `https://clockme.co`). `devServer` (WXT's `serve` command only) also lets the
 * dev build reach WXT's dev server, which WXT adds to `script-src` itself.
 */
export function extensionPagesCsp(apiOrigin: string, devServer = false): string {
  const connect = [apiOrigin, ...(devServer ? DEV_SERVER_SOURCES : [])];
  return `script-src 'self'; object-src 'self'; connect-src ${connect.join(' ')}`;
}

/**
 * `externally_connectable` with no extension ids and no web pages: no other extension and no web
 * site can send this extension a message or open a port to it (without the key, Chrome lets
 * every other extension connect).
 */
export const NOBODY_EXTERNAL = { ids: [] as string[], matches: [] as string[] };
