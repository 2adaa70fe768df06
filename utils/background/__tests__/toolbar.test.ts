import { fakeBrowser } from 'wxt/testing';
import { connectionItem, pausedActionsItem, timerItem, type ConnectedKey } from '../../storage';
import { BADGE_TICK_ALARM, refreshBadge } from '../toolbar';

const connected: ConnectedKey = { state: 'connected', maskedKey: 'ck_live_…ab12', savedAt: 1, scope: null, account: null };
const START = Date.parse('2026-11-29T10:00:40Z');
const running = { timer: { id: 't', projectId: 'p', projectName: 'Website', description: 'Fix login', startedAt: new Date(START).toISOString() }, othersRunning: 0, syncedAt: START };

describe('refreshBadge', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await connectionItem.setValue(connected);
  });

  it('draws the running time from storage and plans the next redraw at the next whole minute of it', async () => {
    await timerItem.setValue(running);
    await refreshBadge(() => START + 7 * 60_000 + 5_000);

    expect(await fakeBrowser.action.getBadgeText({})).toBe('0:07');
    expect(await fakeBrowser.action.getTitle({})).toBe('ClockMe: Website — Fix login, running for 7 min.');
    expect(await fakeBrowser.alarms.get(BADGE_TICK_ALARM)).toMatchObject({ scheduledTime: START + 8 * 60_000 });
  });

  it('clears the text and the redraw alarm when the timer stops', async () => {
    await timerItem.setValue(running);
    await refreshBadge(() => START);
    await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: START });
    await refreshBadge(() => START);

    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.get(BADGE_TICK_ALARM)).toBeUndefined();
  });

  it('shows "!" and plans no redraw when the key was revoked, even with a timer stored', async () => {
    await timerItem.setValue(running);
    await connectionItem.setValue({ state: 'revoked', maskedKey: 'ck_live_…ab12', revokedAt: START, account: null });
    await refreshBadge(() => START);

    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.alarms.get(BADGE_TICK_ALARM)).toBeUndefined();
  });

  it('counts work waiting to reach ClockMe', async () => {
    await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: START });
    await pausedActionsItem.setValue([{ id: 'a', at: START, kind: 'stop' }]);
    await refreshBadge(() => START);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
