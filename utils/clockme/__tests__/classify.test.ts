import { classifyFailure, type FailedAnswer } from '../classify';
import { ApiError, KeyRejectedError, UnreachableError } from '../errors';

const API = 'https://clockme.co';

function answer(overrides: Partial<FailedAnswer>): FailedAnswer {
  return { status: 500, origin: API, apiOrigin: API, json: undefined, retryAfter: null, ...overrides };
}

describe('classifyFailure: what a 401 means', () => {
  it.each(['invalid_key', 'key_revoked', 'missing_key'])('treats a 401 with ClockMe\'s JSON error %s from the API origin as a rejected key', (code) => {
    const error = classifyFailure(answer({ status: 401, json: { error: code, message: 'The API key was revoked.' } }));
    expect(error).toBeInstanceOf(KeyRejectedError);
    expect(error).toMatchObject({ code, serverMessage: 'The API key was revoked.' });
  });

  it('treats a 401 JSON error without a message as a rejected key', () => {
    const error = classifyFailure(answer({ status: 401, json: { error: 'invalid_key' } }));
    expect(error).toBeInstanceOf(KeyRejectedError);
    expect(error).toMatchObject({ code: 'invalid_key', serverMessage: undefined });
  });

  it.each<[string, Partial<FailedAnswer>]>([
    ['an HTML page (no JSON)', { status: 401, json: undefined }],
    ['JSON that is not ClockMe\'s error shape', { status: 401, json: { detail: 'Unauthorized' } }],
    ['a JSON array', { status: 401, json: [{ error: 'invalid_key' }] }],
    ['a JSON string', { status: 401, json: 'invalid_key' }],
    ['ClockMe\'s JSON shape but from another origin', { status: 401, origin: 'https://portal.hotel-wifi.example', json: { error: 'invalid_key', message: 'no' } }],
    ['ClockMe\'s JSON shape from a sibling subdomain', { status: 401, origin: 'https://api.clockme.co', json: { error: 'invalid_key' } }],
  ])('treats a 401 with %s as a proxy problem, not a verdict on the key', (_name, overrides) => {
    const error = classifyFailure(answer(overrides));
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error).toMatchObject({ cause: 'proxy', status: 401 });
  });

  it.each([undefined, { error: 'proxy_auth_required' }])('treats a 407 as a proxy problem whatever its body (%#)', (json) => {
    const error = classifyFailure(answer({ status: 407, json }));
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error).toMatchObject({ cause: 'proxy', status: 407 });
  });
});

describe('classifyFailure: other statuses', () => {
  it.each<[string, Partial<FailedAnswer>]>([
    ['500 with ClockMe\'s JSON', { status: 500, json: { error: 'internal_error', message: 'Oops' } }],
    ['502 HTML', { status: 502, json: undefined }],
    ['503 JSON', { status: 503, json: { error: 'unavailable' } }],
    ['404 HTML', { status: 404, json: undefined }],
    ['400 without JSON', { status: 400, json: undefined }],
    ['409 JSON from another origin', { status: 409, origin: 'https://evil.example', json: { error: 'timer_already_running' } }],
  ])('treats %s as a server problem', (_name, overrides) => {
    const error = classifyFailure(answer(overrides));
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error).toMatchObject({ cause: 'server', status: overrides.status });
  });

  it.each([
    [409, 'timer_already_running', { timer: { id: 't1' } }],
    [409, 'no_running_timer', {}],
    [403, 'insufficient_scope', { requiredScope: 'write' }],
    [429, 'rate_limited', {}],
    [404, 'project_not_found', {}],
    [400, 'invalid_request', { issues: ['projectId is required'] }],
  ])('turns %i %s with ClockMe\'s JSON into an ApiError carrying the code and body', (status, code, extra) => {
    const json = { error: code, message: 'Human sentence.', ...extra };
    const error = classifyFailure(answer({ status, json }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, code, serverMessage: 'Human sentence.', body: json });
  });

  it('carries the Retry-After wait of a 429, in ms', () => {
    const error = classifyFailure(answer({ status: 429, json: { error: 'rate_limited' }, retryAfter: '30' }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).retryAfterMs).toBe(30_000);
  });

  it("still waits on a 429 from ClockMe's origin without ClockMe's JSON (e.g. a CDN page)", () => {
    const error = classifyFailure(answer({ status: 429, json: undefined, retryAfter: '7' }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfterMs: 7_000 });
  });

  it('does not take a 429 from another origin (a proxy) as ClockMe asking to slow down', () => {
    expect(classifyFailure(answer({ status: 429, origin: 'https://proxy.example', retryAfter: '7' }))).toBeInstanceOf(UnreachableError);
  });
});
