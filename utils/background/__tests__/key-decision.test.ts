import { fakeBrowser } from 'wxt/testing';
import { createClockMeClient } from '../../clockme/client';
import { apiKeyItem, connectionItem } from '../../storage';
import { createBackgroundActions } from '../actions';
import { storeVerifiedKey } from '../key-store';
import { KEY_A, KEY_B } from './fake-clockme';

const ORIGIN = 'https://clockme.test';
const idle = { timer: null, othersRunning: 0, syncedAt: 0 };
const JSON_401 = { error: 'key_revoked', message: 'This API key was revoked.' };
const JSON_403 = { error: 'insufficient_scope', message: 'Needs write.', requiredScope: 'write' };

type Outcome = 'clear' | 'keep' | 'keep, mark read-only' | 'keep the newer key';

/** One answer ClockMe (or something in between) gives to a request made with KEY_A. */
interface Row {
  status: number;
  body: 'api json' | 'html';
  json?: object;
  from: 'api origin' | 'other origin';
  keyReplacedMeanwhile: boolean;
  outcome: Outcome;
  code: string;
}

const rows: Row[] = [
  { status: 401, body: 'api json', json: JSON_401, from: 'api origin', keyReplacedMeanwhile: false, outcome: 'clear', code: 'key_revoked' },
  { status: 401, body: 'api json', json: JSON_401, from: 'api origin', keyReplacedMeanwhile: true, outcome: 'keep the newer key', code: 'key_replaced' },
  { status: 401, body: 'html', from: 'api origin', keyReplacedMeanwhile: false, outcome: 'keep', code: 'unreachable' },
  { status: 401, body: 'api json', json: JSON_401, from: 'other origin', keyReplacedMeanwhile: false, outcome: 'keep', code: 'unreachable' },
  { status: 407, body: 'html', from: 'api origin', keyReplacedMeanwhile: false, outcome: 'keep', code: 'unreachable' },
  { status: 403, body: 'api json', json: JSON_403, from: 'api origin', keyReplacedMeanwhile: false, outcome: 'keep, mark read-only', code: 'not_allowed' },
  { status: 403, body: 'html', from: 'api origin', keyReplacedMeanwhile: false, outcome: 'keep', code: 'unreachable' },
  { status: 500, body: 'api json', json: { error: 'internal_error' }, from: 'api origin', keyReplacedMeanwhile: false, outcome: 'keep', code: 'unreachable' },
  { status: 404, body: 'api json', json: { error: 'not_found' }, from: 'api origin', keyReplacedMeanwhile: false, outcome: 'keep', code: 'rejected' },
];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('what an answer to a request with the stored key does to that key', () => {
  it.each(rows)('$status with $body from the $from (key replaced meanwhile: $keyReplacedMeanwhile) → $outcome', async (row) => {
    const fetch = async (url: string | URL | Request) => {
      if (row.keyReplacedMeanwhile) await storeVerifiedKey(KEY_B, idle, 2);
      const response = row.body === 'html'
        ? new Response('<html><body>Sign in to the Wi-Fi</body></html>', { status: row.status, headers: { 'Content-Type': 'text/html' } })
        : Response.json(row.json, { status: row.status });
      const answeredFrom = row.from === 'api origin' ? String(url) : 'https://portal.example/login';
      Object.defineProperty(response, 'url', { value: answeredFrom });
      return response;
    };
    const actions = createBackgroundActions(createClockMeClient({ origin: ORIGIN, fetch: fetch as typeof globalThis.fetch }), { now: () => 1_000 });
    await storeVerifiedKey(KEY_A, idle, 1);

    const reply = await actions.refreshTimer();

    expect(reply).toMatchObject({ ok: false, error: { code: row.code } });
    const [key, connection] = [await apiKeyItem.getValue(), await connectionItem.getValue()];
    switch (row.outcome) {
      case 'clear':
        expect(key).toBeNull();
        expect(connection).toMatchObject({ state: 'revoked', maskedKey: 'ck_live_…a1a1', revokedAt: 1_000 });
        break;
      case 'keep the newer key':
        expect(key).toBe(KEY_B);
        expect(connection).toMatchObject({ state: 'connected', maskedKey: 'ck_live_…b2b2' });
        break;
      case 'keep, mark read-only':
        expect(key).toBe(KEY_A);
        expect(connection).toMatchObject({ state: 'connected', scope: { scope: 'read', source: 'observed' } });
        break;
      case 'keep':
        expect(key).toBe(KEY_A);
        expect(connection).toMatchObject({ state: 'connected', scope: null });
        break;
    }
  });
});
