import { fakeBrowser } from 'wxt/testing';
import { clockSkewItem, connectionItem, timerItem } from '../../storage';
import { createServerClock } from '../server-clock';
import { refreshBadge } from '../toolbar';

const LOCAL = Date.UTC(2026, 10, 29, 10, 0, 0);
/** An HTTP-date `seconds` after LOCAL. */
const httpDate = (seconds: number) => new Date(LOCAL + seconds * 1000).toUTCString();

beforeEach(() => {
  fakeBrowser.reset();
});

describe('createServerClock', () => {
  it('times clicks on ClockMe’s clock once an answer showed this computer is 5 minutes ahead, and keeps the estimate', async () => {
    const clock = createServerClock(() => LOCAL);
    expect(await clock.now()).toBe(LOCAL);

    clock.record({ sentAt: LOCAL - 100, at: LOCAL + 100, serverDate: httpDate(-300) });

    expect(await clock.now()).toBe(LOCAL - 300_000 + 500);
    expect(await clockSkewItem.getValue()).toEqual({ offsetMs: -299_500, measuredAt: LOCAL + 100 });
    // A new service worker starts from the stored estimate.
    expect(await createServerClock(() => LOCAL).now()).toBe(LOCAL - 299_500);
  });

  it('ignores a missing or malformed Date header and a skew within the answer’s uncertainty', async () => {
    const clock = createServerClock(() => LOCAL);
    clock.record({ sentAt: LOCAL, at: LOCAL + 200, serverDate: null });
    clock.record({ sentAt: LOCAL, at: LOCAL + 200, serverDate: 'yesterday' });
    clock.record({ sentAt: LOCAL, at: LOCAL + 200, serverDate: httpDate(0) });
    expect(await clock.now()).toBe(LOCAL);
    expect(await clockSkewItem.getValue()).toBeNull();
  });
});

describe('refreshBadge with a skewed clock', () => {
  it('shows ClockMe’s elapsed time, never a negative one, when this computer runs 5 minutes behind', async () => {
    await connectionItem.setValue({ state: 'connected', maskedKey: 'ck_live_…a1a1', savedAt: LOCAL, scope: null, account: null });
    // ClockMe started the timer "in the future" by this computer's clock.
    await timerItem.setValue({ timer: { id: 't', projectId: 'p', projectName: 'Website', description: null, startedAt: new Date(LOCAL + 120_000).toISOString() }, othersRunning: 0, syncedAt: LOCAL });
    await clockSkewItem.setValue({ offsetMs: 300_000, measuredAt: LOCAL });

    await refreshBadge(() => LOCAL);

    expect(await fakeBrowser.action.getBadgeText({})).toBe('0:03');
    const alarm = await fakeBrowser.alarms.get('badge-tick');
    // The next whole minute of ClockMe's elapsed time, on this computer's clock.
    expect(alarm?.scheduledTime).toBe(LOCAL + 60_000);
  });
});
