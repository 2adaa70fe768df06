import fc from 'fast-check';
import { API_KEY_PREFIX, KEY_BODY_MAX, KEY_BODY_MIN, normalizeApiKey } from '../normalize';

const BODY_32 = 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z';
const KEY = `${API_KEY_PREFIX}${BODY_32}`;
const body = (length: number, char = 'a') => char.repeat(length);

function accepted(raw: string): string {
  const result = normalizeApiKey(raw);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be accepted, got: ${result.reason}`);
  return result.key;
}

function rejected(raw: string): string {
  const result = normalizeApiKey(raw);
  if (result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected, got key ${result.key}`);
  return result.reason;
}

describe('normalizeApiKey accepts a ClockMe key and cleans what was pasted around it', () => {
  it.each([
    ['a plain key', KEY, KEY],
    ['a 40-character key', `${API_KEY_PREFIX}${'x9'.repeat(16)}`, `${API_KEY_PREFIX}${'x9'.repeat(16)}`],
    ['a 300-character key', `${API_KEY_PREFIX}${'Q'.repeat(292)}`, `${API_KEY_PREFIX}${'Q'.repeat(292)}`],
    ['mixed case, `_` and `-` in the body', `${API_KEY_PREFIX}AbC_dEf-123_XyZ-`, `${API_KEY_PREFIX}AbC_dEf-123_XyZ-`],
    ['a body of exactly 8 characters', `${API_KEY_PREFIX}${body(KEY_BODY_MIN)}`, `${API_KEY_PREFIX}${body(KEY_BODY_MIN)}`],
    ['a body of exactly 512 characters', `${API_KEY_PREFIX}${body(KEY_BODY_MAX)}`, `${API_KEY_PREFIX}${body(KEY_BODY_MAX)}`],
    ['spaces at both ends', `   ${KEY}   `, KEY],
    ['tabs and line breaks at both ends', `\t\r\n${KEY}\n\r\t`, KEY],
    ['a zero-width space (U+200B) at both ends', `\u200B${KEY}\u200B`, KEY],
    ['a byte-order mark (U+FEFF) at both ends', `\uFEFF${KEY}\uFEFF`, KEY],
    ['zero-width joiner and word joiner at the ends', `\u200D\u2060${KEY}\u200C`, KEY],
    ['no-break spaces (U+00A0) at both ends', `\u00A0${KEY}\u00A0`, KEY],
    ['straight double quotes', `"${KEY}"`, KEY],
    ['straight single quotes', `'${KEY}'`, KEY],
    ['backticks', `\`${KEY}\``, KEY],
    ['curly double quotes', `\u201C${KEY}\u201D`, KEY],
    ['curly single quotes', `\u2018${KEY}\u2019`, KEY],
    ['whitespace inside the quotes', `" ${KEY}\n"`, KEY],
    ['a leading `Bearer `', `Bearer ${KEY}`, KEY],
    ['a lower-case `bearer` with a tab', `bearer\t${KEY}`, KEY],
    ['a leading `Authorization: Bearer `', `Authorization: Bearer ${KEY}`, KEY],
    ['`Authorization: Bearer "ck_live_…"` (quotes after the header name)', `Authorization: Bearer "${KEY}"`, KEY],
    ['`"Bearer ck_live_…"` (quotes around the whole header value)', `"Bearer ${KEY}"`, KEY],
    ['a header copied with curly quotes and edge junk', `\u200B Authorization:Bearer \u201C${KEY}\u201D \n`, KEY],
  ])('accepts %s', (_name, raw, expected) => {
    expect(accepted(raw)).toBe(expected);
  });
});

describe('normalizeApiKey rejects what cannot be a ClockMe key, saying why', () => {
  it.each([
    ['an empty field', '', /paste your clockme api key/i],
    ['only whitespace and zero-width characters', ' \t\n\u200B\uFEFF ', /paste your clockme api key/i],
    ['only a pair of quotes', '""', /paste your clockme api key/i],
    ['a key without the ck_live_ prefix', 'abcdefghijklmnop', /clockme keys start with ck_live_/i],
    ['a test-mode looking ClockMe key', 'ck_test_abcdefghijkl', /clockme keys start with ck_live_/i],
    ['an upper-case prefix', 'CK_LIVE_abcdefghijkl', /clockme keys start with ck_live_/i],
    ['a space inside', `${API_KEY_PREFIX}abcd efghijkl`, /space or line break inside/i],
    ['a line break inside', `${API_KEY_PREFIX}abcdefgh\nijkl`, /space or line break inside/i],
    ['a tab inside', `${API_KEY_PREFIX}abcdefgh\tijkl`, /space or line break inside/i],
    ['a no-break space inside', `${API_KEY_PREFIX}abcdefgh\u00A0ijkl`, /space or line break inside/i],
    ['a zero-width space inside', `${API_KEY_PREFIX}abcdefgh\u200Bijkl`, /invisible character inside/i],
    ['an accented letter', `${API_KEY_PREFIX}abcdéfghijkl`, /cannot be part of a clockme key/i],
    ['an emoji', `${API_KEY_PREFIX}abcdefgh🔑ijkl`, /cannot be part of a clockme key/i],
    ['a control character', `${API_KEY_PREFIX}abcdefgh\u0007ijkl`, /cannot be part of a clockme key/i],
    ['curly quotes that do not pair up', `\u201C${KEY}\u201C`, /clockme keys start with ck_live_/i],
    ['a body of 7 characters', `${API_KEY_PREFIX}${body(KEY_BODY_MIN - 1)}`, /too short/i],
    ['the prefix alone', API_KEY_PREFIX, /too short/i],
    ['a body of 513 characters', `${API_KEY_PREFIX}${body(KEY_BODY_MAX + 1)}`, /too long/i],
  ])('rejects %s', (_name, raw, reason) => {
    expect(rejected(raw)).toMatch(reason);
  });

  it.each([
    ['a Stripe key', 'sk_live_51HxYzAbCdEfGhIjKlMn'],
    ['a Stripe key', 'pk_test_51HxYzAbCdEfGhIjKlMn'],
    ['a GitHub key', 'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789'],
    ['a GitHub key', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnop'],
    ['a GitLab key', 'glpat-abcdefghij1234567890'],
    ['a Slack key', 'xoxb-1234567890-abcdefghij'],
    ['a Anthropic key', 'sk-ant-api03-abcdefghijklmnop'],
    ['a OpenAI key', 'sk-proj-abcdefghijklmnop1234'],
    ['a AWS key', 'AKIAIOSFODNN7EXAMPLE'],
    ['a Google key', 'AIzaSyA1234567890abcdefghijklmnop'],
    ['a JSON Web Token (JWT)', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
    ['a Stripe key', 'Bearer "sk_live_51HxYzAbCdEfGhIjKlMn"'],
  ])('says a pasted %s is not a ClockMe key, naming what it looks like', (what, raw) => {
    const reason = rejected(raw);
    expect(reason.toLowerCase()).toContain(`this looks like ${what.toLowerCase()}, not a clockme key`);
  });

  it.each([
    ['a zero-width space', '\u200B'],
    ['a soft hyphen', '\u00AD'],
    ['a byte-order mark', '\uFEFF'],
  ])('says a key with %s inside has an invisible character, not a space', (_name, char) => {
    expect(rejected(`${KEY.slice(0, 20)}${char}${KEY.slice(20)}`)).toMatch(/invisible character inside/);
  });

  it.each([
    KEY.slice(0, -30), // too short
    `${KEY} ${BODY_32}`, // space inside
    `${KEY}é`, // not header-safe
    `${KEY}${body(600)}`, // too long
    BODY_32, // no prefix
    `sk_live_${BODY_32}`, // another vendor
  ])('never repeats the pasted key in the reason (%#)', (raw) => {
    const reason = rejected(raw);
    expect(reason).not.toContain(BODY_32);
    expect(reason).not.toContain(BODY_32.slice(0, 8));
  });
});

describe('normalizeApiKey properties', () => {
  const bodyChars = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split(''));
  const validBody = fc.string({ unit: bodyChars, minLength: KEY_BODY_MIN, maxLength: KEY_BODY_MAX });
  const edgeJunk = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00A0', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'), maxLength: 6 });
  const quotes = fc.constantFrom<readonly [string, string]>(['', ''], ['"', '"'], ["'", "'"], ['`', '`'], ['\u201C', '\u201D'], ['\u2018', '\u2019']);
  const bearer = fc.constantFrom('', 'Bearer ', 'bearer ', 'BEARER\t', 'Authorization: Bearer ', 'authorization:bearer  ', 'Authorization :  Bearer ');

  it('returns exactly ck_live_ + body for any valid body wrapped in edge whitespace, quotes and Bearer', () => {
    fc.assert(
      fc.property(validBody, edgeJunk, edgeJunk, edgeJunk, edgeJunk, quotes, bearer, fc.boolean(), (keyBody, outerStart, outerEnd, innerStart, innerEnd, [open, close], header, quoteOutside) => {
        const key = `${API_KEY_PREFIX}${keyBody}`;
        const raw = quoteOutside
          ? `${outerStart}${open}${innerStart}${header}${key}${innerEnd}${close}${outerEnd}`
          : `${outerStart}${header}${open}${innerStart}${key}${innerEnd}${close}${outerEnd}`;
        expect(normalizeApiKey(raw)).toEqual({ ok: true, key });
      }),
    );
  });

  // A body that contains a digit cannot be a substring of any reason (the reasons contain no digits),
  // so finding it in a reason can only mean the input was echoed.
  const secretBody = fc
    .tuple(fc.integer({ min: 0, max: 9 }), fc.string({ minLength: 5, maxLength: 40 }), fc.nat())
    .map(([digit, rest, at]) => {
      const position = at % (rest.length + 1);
      return `${rest.slice(0, position)}${digit}${rest.slice(position)}`;
    });
  const prefixOrNot = fc.constantFrom('', API_KEY_PREFIX, 'sk_live_', 'ghp_', 'github_pat_', 'eyJ', 'Bearer ', `${API_KEY_PREFIX} `);

  it('never puts the pasted body (6+ characters) into a rejection reason', () => {
    fc.assert(
      fc.property(prefixOrNot, secretBody, edgeJunk, edgeJunk, (prefix, secret, start, end) => {
        const result = normalizeApiKey(`${start}${prefix}${secret}${end}`);
        if (!result.ok) expect(result.reason).not.toContain(secret);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: a cleaned key cleans to itself, whatever was pasted', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), validBody.map((b) => ` "Bearer ${API_KEY_PREFIX}${b}" `)), (raw) => {
        const first = normalizeApiKey(raw);
        if (first.ok) expect(normalizeApiKey(first.key)).toEqual(first);
      }),
    );
  });

  // Interior: anything but the two ends. Whitespace of every kind and every control character.
  const interiorBad = fc.oneof(
    fc.constantFrom(' ', '\t', '\n', '\r', '\u00A0', '\u2028', '\u3000', '\u200B', '\uFEFF', '\u00AD'),
    fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
    fc.constant(String.fromCharCode(0x7f)),
    fc.integer({ min: 0x80, max: 0x9f }).map((code) => String.fromCharCode(code)),
  );

  it('rejects every key with whitespace or a control character inside, without echoing it', () => {
    fc.assert(
      fc.property(validBody, interiorBad, fc.nat(), (keyBody, bad, at) => {
        const position = 1 + (at % (keyBody.length - 1));
        const raw = `${API_KEY_PREFIX}${keyBody.slice(0, position)}${bad}${keyBody.slice(position)}`;
        const result = normalizeApiKey(raw);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).not.toContain(keyBody.slice(0, 8));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and always gives a non-empty reason or a ck_live_ key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const result = normalizeApiKey(raw);
        if (result.ok) expect(result.key.startsWith(API_KEY_PREFIX)).toBe(true);
        else expect(result.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});
