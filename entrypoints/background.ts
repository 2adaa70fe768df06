import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundActions } from '@/utils/background/actions';
import { budgetedClient } from '@/utils/background/budgeted-client';
import { keepStorageInExtension, openOptionsOnFirstInstall } from '@/utils/background/install';
import { registerHeartbeat } from '@/utils/background/heartbeat';
import { registerIdleDetection } from '@/utils/background/idle';
import { registerKeyLifecycle } from '@/utils/background/key-lifecycle';
import { registerMessageHandlers } from '@/utils/background/message-handlers';
import { createWakeAt, registerOutbox } from '@/utils/background/outbox-wake';
import { registerPolling } from '@/utils/background/poll';
import { createServerClock } from '@/utils/background/server-clock';
import { registerShortcuts } from '@/utils/background/shortcuts';
import { registerToolbar } from '@/utils/background/toolbar';
import { createClockMeClient, type ServerAnswer } from '@/utils/clockme/client';
import { API_ORIGIN } from '@/utils/clockme/config';
import { lastContactItem } from '@/utils/storage';

// Composition root: every listener is registered synchronously, before any await, so Chrome can
// wake this service worker for a message, a shortcut, an alarm or an install event.
export default defineBackground(() => {
  const clock = createServerClock();
  const onAnswer = (answer: ServerAnswer) => {
    void lastContactItem.setValue(answer.at);
    clock.record(answer);
  };
  const client = budgetedClient(createClockMeClient({ origin: API_ORIGIN, onAnswer }));
  const actions = createBackgroundActions(client, { wakeAt: createWakeAt(() => actions.drainOutbox()), clickNow: clock.now });
  registerMessageHandlers(actions);
  registerKeyLifecycle();
  registerToolbar();
  registerPolling(() => actions.refreshTimer());
  registerShortcuts(actions);
  registerOutbox(() => actions.drainOutbox());
  registerHeartbeat(() => actions.heartbeat());
  registerIdleDetection((choice) => actions.resolveIdle(choice));
  browser.runtime.onInstalled.addListener((details) => {
    void keepStorageInExtension();
    void openOptionsOnFirstInstall(details);
  });
});
