import path from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';

/** A language the extension ships (`locales/<language>.yml`). */
export type Language = 'en' | 'de';

/**
 * The words of `locales/<language>.yml` by dotted key (`options.appearance.dark`), for tests
 * that run the extension in that language. Plural messages give their `n` (other) form.
 * @throws Error naming the key when it is not in the file.
 */
export async function readMessages(language: Language): Promise<(key: string) => string> {
  const parsed = await parseMessagesFile(path.resolve('locales', `${language}.yml`));
  const words = new Map(parsed.map((message) => [message.key.join('.'), message.type === 'plural' ? (message.plurals.n ?? Object.values(message.plurals)[0]!) : message.message]));
  return (key) => {
    const text = words.get(key);
    if (text === undefined) throw new Error(`locales/${language}.yml has no message "${key}".`);
    return text;
  };
}
