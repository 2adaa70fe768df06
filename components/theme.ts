import { settingsItem, type Theme } from '@/utils/storage';

/**
 * The Appearance setting on the page: `<html data-theme="system|light|dark">`. The palettes live
 * in `components/theme.css` (`light-dark()` by `color-scheme`), so `system` needs no script at
 * all and follows `prefers-color-scheme` live; `light` and `dark` pin `color-scheme`.
 *
 * The choice is also kept in the page's `localStorage` (shared by the popup and the options
 * page, which have the extension's origin), so a page opens in the right theme before the
 * asynchronous `chrome.storage` read answers: no flash of the wrong theme.
 */

/** The `localStorage` key of the cached choice. */
export const THEME_CACHE_KEY = 'clockme.theme';

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

function isTheme(value: unknown): value is Theme {
  return THEMES.includes(value as Theme);
}

/** Puts `theme` on `root` (`data-theme`) and remembers it for the next page that opens. */
export function showTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
  localStorage.setItem(THEME_CACHE_KEY, theme);
}

/**
 * Applies the cached choice at once, then the stored setting (`settingsItem.theme`), and keeps
 * following it while the page is open. Call before the first render. Returns the unwatch function.
 */
export function applyTheme(root: HTMLElement = document.documentElement): () => void {
  const cached = localStorage.getItem(THEME_CACHE_KEY);
  root.dataset.theme = isTheme(cached) ? cached : 'system';
  let watched = false;
  const unwatch = settingsItem.watch((settings) => {
    watched = true;
    showTheme(settings.theme, root);
  });
  void settingsItem.getValue().then((settings) => {
    // A change seen by watch() is newer than this first read.
    if (!watched) showTheme(settings.theme, root);
  });
  return unwatch;
}
