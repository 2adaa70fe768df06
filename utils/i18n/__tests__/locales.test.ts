import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const LANGUAGES = ['en', 'de'] as const;

async function messages(language: string): Promise<Map<string, ParsedMessage>> {
  const parsed = await parseMessagesFile(`${process.cwd()}/locales/${language}.yml`);
  return new Map(parsed.map((message) => [message.key.join('.'), message]));
}

/** The words of a message as people read them: what must never be empty. */
function text(message: ParsedMessage): string[] {
  return message.type === 'plural' ? Object.values(message.plurals) : [message.message];
}

describe('locales', () => {
  it.each(LANGUAGES)('%s has every key the other languages have, and no more', async (language) => {
    const own = await messages(language);
    for (const other of LANGUAGES.filter((name) => name !== language)) {
      const theirs = await messages(other);
      expect([...theirs.keys()].filter((key) => !own.has(key)), `keys in ${other}.yml missing from ${language}.yml`).toEqual([]);
    }
  });

  it.each(LANGUAGES)('%s: no empty message, and the same substitutions and plural forms as English', async (language) => {
    const english = await messages('en');
    for (const [key, message] of await messages(language)) {
      expect(text(message).every((words) => words.trim().length > 0), `${language}.yml ${key} is empty`).toBe(true);
      const source = english.get(key);
      if (!source) continue;
      expect({ key, type: message.type, substitutions: message.substitutions, named: [...message.namedSubstitutions].sort() }).toEqual({
        key,
        type: source.type,
        substitutions: source.substitutions,
        named: [...source.namedSubstitutions].sort(),
      });
    }
  });
});
