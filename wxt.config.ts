import { defineConfig } from 'wxt';
import { resolveApiOrigin } from './utils/clockme/origin';
import { extensionPagesCsp, NOBODY_EXTERNAL } from './utils/security/manifest-policy';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  // The e2e tests build a production bundle for the sandbox's port into a folder of their own.
  // (Not a custom --mode: WXT sets NODE_ENV to the mode, which would ship React's development build.)
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // Source maps only when asked for (`WXT_SOURCEMAP=1`, used by `npm run bench` to attribute bundle
  // bytes to packages); release builds ship none. No modulepreload polyfill: Chrome has had
  // `<link rel="modulepreload">` since 66 (we need 123), so it only cost every page 0.2 KB gzip.
  vite: () => ({ build: { sourcemap: process.env.WXT_SOURCEMAP === '1', modulePreload: { polyfill: false } } }),
  // `npm start` (WXT's dev mode) opens Debian's Chromium with the extension loaded, where there is a display.
  webExt: {
    disabled: process.env.WXT_OPEN_BROWSER === '0',
    binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    // Chromium refuses to run as root without --no-sandbox (CI machines and containers run as root).
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-sync', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  },
  // A function, so it runs after WXT has loaded `.env` files. It fails the build with a plain
  // message when WXT_CLOCKME_API_URL is not an allowed origin.
  manifest: ({ command }) => {
    const apiOrigin = resolveApiOrigin(process.env.WXT_CLOCKME_API_URL);
    return {
      // Every user-facing word comes from `locales/<lang>.yml` (English is the fallback).
      default_locale: 'en',
      // The theme's colours use CSS light-dark() (Chrome 123); an older Chrome would show no colours at all.
      minimum_chrome_version: '123',
      name: '__MSG_manifest_name__',
      description: '__MSG_manifest_description__',
      permissions: ['storage', 'alarms', 'notifications', 'idle'],
      // Exactly one host: the API origin. Pages and the service worker may connect nowhere else, and
      // no other extension or web page may message us (docs/security.md).
      host_permissions: [`${apiOrigin}/*`],
      content_security_policy: { extension_pages: extensionPagesCsp(apiOrigin, command === 'serve') },
      externally_connectable: NOBODY_EXTERNAL,
      action: { default_title: '__MSG_manifest_actionTitle__' },
      // Three suggested keys (Chrome allows four; WXT's dev build adds its own reload key). Alt+Shift
      // on Linux, Windows and ChromeOS, where Chrome binds none of these; Control+Shift on macOS,
      // where Option+Shift types characters (, Ø, Ô) and Command+Shift+O/J are Chrome's own.
      commands: {
        _execute_action: {
          suggested_key: { default: 'Alt+Shift+O', mac: 'MacCtrl+Shift+O' },
          description: '__MSG_manifest_commandOpen__',
        },
        'toggle-timer': {
          suggested_key: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' },
          description: '__MSG_manifest_commandToggle__',
        },
        'stop-timer': {
          suggested_key: { default: 'Alt+Shift+J', mac: 'MacCtrl+Shift+J' },
          description: '__MSG_manifest_commandStop__',
        },
      },
    };
  },
});
