import { DEFAULT_API_ORIGIN, resolveApiOrigin } from '../origin';

describe('resolveApiOrigin (WXT_CLOCKME_API_URL at build time)', () => {
  it.each([
    [undefined, DEFAULT_API_ORIGIN],
    ['', DEFAULT_API_ORIGIN],
    ['   ', DEFAULT_API_ORIGIN],
    ['https://clockme.co', 'https://clockme.co'],
    ['https://clockme.co/', 'https://clockme.co'],
    ['https://staging.clockme.co:8443', 'https://staging.clockme.co:8443'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://localhost:4010/', 'http://localhost:4010'],
    ['  http://127.0.0.1:4010  ', 'http://127.0.0.1:4010'],
  ])('accepts %j as %s', (raw, origin) => {
    expect(resolveApiOrigin(raw)).toBe(origin);
  });

  it.each([
    ['http://example.com', /only for 127\.0\.0\.1 or localhost/],
    ['http://192.168.1.10:4010', /only for 127\.0\.0\.1 or localhost/],
    ['http://127.0.0.2:4010', /only for 127\.0\.0\.1 or localhost/],
    ['ftp://clockme.co', /must start with https:\/\//],
    ['clockme.co', /must be a URL/],
    ['https://clockme.co/api', /origin only/],
    ['https://user:pass@clockme.co', /origin only/],
    ['https://clockme.co/?x=1', /origin only/],
  ])('refuses %j with a message naming the variable', (raw, why) => {
    expect(() => resolveApiOrigin(raw)).toThrow(why);
    expect(() => resolveApiOrigin(raw)).toThrow(/WXT_CLOCKME_API_URL/);
  });
});
