import { t } from '@/utils/i18n';
import { applyTheme } from './theme';

/**
 * What the popup and the options page do before their first render: mark the document with the
 * language its words are in (Chrome picks the `_locales` folder, so this follows the words, not
 * the browser's UI language) and apply the Appearance setting (see `./theme.ts`).
 */
export function preparePage(): void {
  document.documentElement.lang = t('options.documentLanguage');
  applyTheme();
}
