import { Fragment, type ReactNode } from 'react';

/**
 * A place for the `index`-th element inside a translated sentence: pass it to `t()` as a
 * substitution, then hand the result to {@link withElements}. (Private-use characters, which no
 * message contains.)
 */
export function slot(index: number): string {
  return `\uE000${index}\uE001`;
}

/**
 * Puts React elements (a link, `<code>`, `<strong>`) where their {@link slot}s are in `text`, so
 * a whole sentence comes from the locales in the word order of its language, e.g.
 * `withElements(t('key.help', [slot(0), slot(1)]), [<a …>…</a>, <strong>Write</strong>])`.
 */
export function withElements(text: string, elements: readonly ReactNode[]): ReactNode[] {
  // split() with a capture group alternates: text, slot index, text, slot index, …, text.
  return text.split(/\uE000(\d)\uE001/).map((part, position) => <Fragment key={position}>{position % 2 === 1 ? elements[Number(part)] : part}</Fragment>);
}
