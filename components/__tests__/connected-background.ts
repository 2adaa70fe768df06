import { fakeBrowser } from 'wxt/testing';
import { createBackgroundActions } from '@/utils/background/actions';
import { storeVerifiedKey } from '@/utils/background/key-store';
import { registerMessageHandlers } from '@/utils/background/message-handlers';
import { FakeClockMe, KEY_A } from '@/utils/background/__tests__/fake-clockme';
import { resetBridge } from './message-bridge';

/**
 * A fresh fake browser and the real background answering the page's messages over a fake
 * ClockMe, with key A saved and no timer running. For component tests (`beforeEach`).
 * @returns the fake ClockMe, to arrange and inspect.
 */
export async function startConnectedBackground(): Promise<FakeClockMe> {
  fakeBrowser.reset();
  resetBridge();
  const clockMe = new FakeClockMe();
  registerMessageHandlers(createBackgroundActions(clockMe));
  await storeVerifiedKey(KEY_A, { timer: null, othersRunning: 0, syncedAt: 0 });
  return clockMe;
}
