import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskApiKey } from '../../api-key/mask';
import { API_KEY_PREFIX, KEY_BODY_MAX, KEY_BODY_MIN } from '../../api-key/normalize';
import { findKeyShaped, REDACTED_KEY, redactKeys } from '../redact';

const visibleAscii = fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code));
const keyBody = fc.string({ unit: visibleAscii, minLength: KEY_BODY_MIN, maxLength: KEY_BODY_MAX });
const prefix = fc.constantFrom(API_KEY_PREFIX, 'CK_LIVE_', 'Ck_Live_');
const key = fc.tuple(prefix, keyBody).map(([start, body]) => `${start}${body}`);
// Any text around the key: words, punctuation, JSON, line breaks, non-ASCII and other keys' parts.
const around = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('', ' ', '"', 'Bearer ', 'key=', '{"key":"', '\n', '…', API_KEY_PREFIX));

describe('redactKeys', () => {
  it('leaves no key-shaped substring, and not the key, wherever keys sit in any text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(around, key), { minLength: 1, maxLength: 4 }), around, (parts, tail) => {
        const text = parts.map(([before, k]) => `${before}${k}`).join('') + tail;
        const redacted = redactKeys(text);
        expect(findKeyShaped(redacted)).toEqual([]);
        for (const [, k] of parts) expect(redacted).not.toContain(k.slice(API_KEY_PREFIX.length));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent and never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(redactKeys(redactKeys(text))).toBe(redactKeys(text));
      }),
    );
  });

  it('changes nothing in text without a key-shaped substring', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        fc.pre(findKeyShaped(text).length === 0);
        expect(redactKeys(text)).toBe(text);
      }),
    );
  });

  it.each([
    ['Authorization: Bearer ck_live_AbCdEf123456 was refused', 'Authorization: Bearer ck_live_… was refused'],
    ['{"key":"ck_live_AbCdEf123456"}', '{"key":"ck_live_…'],
    ['Keys start with ck_live_ and are on ClockMe.', 'Keys start with ck_live_ and are on ClockMe.'],
    ['ck_live_short', 'ck_live_short'],
  ])('%s → %s', (text, expected) => {
    expect(redactKeys(text)).toBe(expected);
  });

  it('passes the masked form of a saved key unchanged', () => {
    const masked = maskApiKey(`${API_KEY_PREFIX}AbCdEf123456wxyz`);
    expect(redactKeys(`Saved: ${masked}`)).toBe(`Saved: ${masked}`);
    expect(REDACTED_KEY).not.toMatch(/^ck_live_[\x21-\x7E]/);
  });
});
