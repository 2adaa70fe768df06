import { i18n } from '#i18n';
import { browser } from 'wxt/browser';

/**
 * Every user-facing word, from `locales/<lang>.yml` through `browser.i18n` (WXT's i18n module,
 * which also builds `_locales/<lang>/messages.json`). Keys are typed: a key missing from
 * `locales/en.yml` fails the typecheck, one missing from another language fails
 * `utils/i18n/__tests__/locales.test.ts`.
 *
 * `t('outbox.waiting', n)` picks the plural form `one | other` by `n` and substitutes `$1`;
 * `t('key', ['a', 'b'])` substitutes `$1`, `$2`. The language is the browser's (Chrome has no
 * per-extension language choice).
 */
export const t = i18n.t;

/**
 * The browser's UI language as a BCP 47 tag (`en-US`, `de`), for `Intl` formatting of dates,
 * times and durations, so they match the language of the words around them.
 */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}
