import { t } from '../i18n';
import { recogniseOtherVendor } from './vendors';

/** Every ClockMe API key starts with this. [published] clockme.co/developers */
export const API_KEY_PREFIX = 'ck_live_';

/** Shortest and longest key body (after the prefix) we accept. [assumed] permissive; the server decides. */
export const KEY_BODY_MIN = 8;
export const KEY_BODY_MAX = 512;

/** The outcome of {@link normalizeApiKey}: the cleaned key, or a reason for people that never repeats the input. */
export type NormalizedKey = { ok: true; key: string } | { ok: false; reason: string };

// Spaces, tabs, line breaks, no-break spaces and the zero-width characters a copy from a web page
// or a chat message can carry at either end.
const EDGE_JUNK = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201C', '\u201D'],
  ['\u2018', '\u2019'],
];
const HEADER_PREFIX = /^(authorization\s*:\s*)?bearer\s+/i;
// What may stand in a key we will put in an HTTP header: visible ASCII only.
const HEADER_SAFE = /^[\x21-\x7E]*$/;

const trimEdges = (value: string) => value.replace(EDGE_JUNK, '');

function unquoteOnce(value: string): { value: string; unquoted: boolean } {
  for (const [open, close] of QUOTE_PAIRS) {
    if (value.length >= 2 && value.startsWith(open) && value.endsWith(close)) {
      return { value: trimEdges(value.slice(open.length, -close.length)), unquoted: true };
    }
  }
  return { value, unquoted: false };
}

/**
 * Cleans what a person pasted into the "API key" field and checks that it can be a ClockMe key.
 *
 * Cleaning: trims spaces, tabs, line breaks and zero-width characters at both ends; drops one
 * pair of wrapping quotes; drops a leading `Bearer ` or `Authorization: Bearer `.
 * Rejects (with a sentence that never contains the input): empty; another vendor's key; not
 * starting with `ck_live_`; a space or line break inside; characters that cannot go in an HTTP
 * header; a body (after `ck_live_`) shorter than 8 or longer than 512 characters.
 * Never throws; the reason is in the browser's language (from the locales).
 */
export function normalizeApiKey(raw: string): NormalizedKey {
  let value = trimEdges(raw);
  let quotes = unquoteOnce(value);
  value = trimEdges(quotes.value.replace(HEADER_PREFIX, ''));
  if (!quotes.unquoted) {
    quotes = unquoteOnce(value);
    value = quotes.value;
  }

  if (value === '') return { ok: false, reason: t('key.empty') };
  if (!value.startsWith(API_KEY_PREFIX)) {
    const other = recogniseOtherVendor(value);
    if (other?.kind === 'jwt') return { ok: false, reason: t('key.jwt', [API_KEY_PREFIX]) };
    if (other) return { ok: false, reason: t('key.otherVendor', [other.vendor, API_KEY_PREFIX]) };
    return { ok: false, reason: t('key.noPrefix', [API_KEY_PREFIX]) };
  }
  if (/[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/.test(value)) return { ok: false, reason: t('key.invisibleCharacter') };
  if (/\s/.test(value)) return { ok: false, reason: t('key.spaceInside') };
  if (!HEADER_SAFE.test(value)) return { ok: false, reason: t('key.badCharacters') };
  const bodyLength = value.length - API_KEY_PREFIX.length;
  if (bodyLength < KEY_BODY_MIN) return { ok: false, reason: t('key.tooShort') };
  if (bodyLength > KEY_BODY_MAX) return { ok: false, reason: t('key.tooLong') };
  return { ok: true, key: value };
}
