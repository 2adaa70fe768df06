import { clockSkewItem, connectionItem, draftItem, idlePromptItem, lastProjectIdItem, outboxItem, pausedActionsItem, projectsItem, recentEntriesItem, settingsItem, timerItem } from '@/utils/storage';
import { preloadedValue, preloadItems } from '../preloaded-items';
import { IdleQuestionPart } from '../timer/IdlePrompt';
import { KeySetupPart, PausedWorkPart } from './parts';

/** Every storage item the popup's first screen shows (timer, choice, recent entries, questions, key state). */
export const POPUP_FIRST_SCREEN = [connectionItem, timerItem, outboxItem, projectsItem, settingsItem, lastProjectIdItem, recentEntriesItem, draftItem, clockSkewItem, idlePromptItem, pausedActionsItem];

/**
 * What the popup does before its first render: ONE storage read of {@link POPUP_FIRST_SCREEN},
 * then loading the chunks of the lazy parts that this screen shows (the key form without a key,
 * a waiting idle or paused-work question), so the first paint is the whole screen. Never waits
 * on the network: refreshing from ClockMe starts after the paint.
 */
export async function preparePopup(): Promise<void> {
  await preloadItems(POPUP_FIRST_SCREEN);
  const connected = preloadedValue(connectionItem)?.value.state === 'connected';
  const idle = connected && Boolean(preloadedValue(idlePromptItem)?.value);
  // Paused work is asked about once a key is connected, which may be saved in this popup.
  const paused = Boolean(preloadedValue(pausedActionsItem)?.value.length);
  const parts = [!connected && KeySetupPart, idle && IdleQuestionPart, paused && PausedWorkPart];
  await Promise.all(parts.map((part) => part && part.preload()));
}
