import '@testing-library/jest-dom/vitest';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT's fake browser has no i18n; tests read the English messages the way Chrome does:
// `$name$` placeholders first, then `$1`…`$9` from the substitutions.
const english = generateChromeMessages(await parseMessagesFile(`${process.cwd()}/locales/en.yml`));

function getMessage(name: string, substitutions?: string | string[]): string {
  const message = english[name];
  if (!message) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const withPlaceholders = Object.entries(message.placeholders ?? {}).reduce((text, [placeholder, { content }]) => text.replaceAll(new RegExp(`\\$${placeholder}\\$`, 'gi'), content), message.message);
  return withPlaceholders.replace(/\$(\d)/g, (_, index: string) => subs[Number(index) - 1] ?? '').replaceAll('$$', '$');
}

function installI18n() {
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en-US' });
}

installI18n();
beforeEach(installI18n);
