/**
 * Text folded for matching what a person types against names: Unicode-normalised (NFD) with
 * combining marks removed and lower-cased, so "cafe" finds "Café" and "ACME" finds "Acme".
 * Written here because it is two standard calls (`String.prototype.normalize`, a `\p{M}` regex);
 * no library is needed.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when `typed` (folded, trimmed) occurs anywhere in `text` (folded); an empty `typed` matches everything. */
export function containsFolded(text: string, typed: string): boolean {
  return foldForSearch(text).includes(foldForSearch(typed.trim()));
}

/** True when `a` and `b` are the same words apart from case, accents and surrounding spaces. */
export function sameFolded(a: string, b: string): boolean {
  return foldForSearch(a.trim()) === foldForSearch(b.trim());
}
