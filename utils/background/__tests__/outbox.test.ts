import { fakeBrowser } from 'wxt/testing';
import { outboxItem } from '../../storage';
import { storeVerifiedKey } from '../key-store';
import { createOutbox } from '../outbox';
import { FakeClockMe, KEY_A } from './fake-clockme';

describe('outbox retries', () => {
  let clock: number;
  let clockMe: FakeClockMe;

  beforeEach(async () => {
    fakeBrowser.reset();
    clock = Date.UTC(2026, 10, 29, 12);
    clockMe = new FakeClockMe(() => clock);
    await storeVerifiedKey(KEY_A, { timer: null, othersRunning: 0, syncedAt: clock });
  });

  it('backs off further with every failed attempt during an outage, the checks before a replay included', async () => {
    const outbox = createOutbox({ client: clockMe, now: () => clock, random: () => 0.999, wakeAt: () => undefined });
    clockMe.reachable = false;
    await outbox.enqueue({ kind: 'start', at: clock, projectId: 'prj_app', projectName: 'Mobile app', description: '' });

    const waits: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      await outbox.drain();
      const { retryAt, ops } = await outboxItem.getValue();
      waits.push(retryAt - clock);
      expect(ops[0]).toMatchObject({ attempts: attempt + 1 });
      clock = retryAt;
    }

    expect(waits.slice(0, 4)).toEqual([999, 1_998, 3_996, 7_992]);
    expect(waits.at(-1)).toBeGreaterThan(60_000);
    // Requests: one start, then a check (GET) per retry; never more than one per wait.
    expect(clockMe.calls).toHaveLength(8);
  });
});
