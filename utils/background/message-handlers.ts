import { onMessage } from '../messaging';
import type { BackgroundActions } from './actions';

/** Answers the pages' messages with the background's actions. Call synchronously at service-worker start. */
export function registerMessageHandlers(actions: BackgroundActions): void {
  onMessage('saveKey', ({ data }) => actions.saveKey(data));
  onMessage('removeKey', () => actions.removeKey());
  onMessage('undoRemoveKey', () => actions.undoRemoveKey());
  onMessage('finishRemoveKey', () => actions.finishRemoveKey());
  onMessage('resumePaused', () => actions.resumePaused());
  onMessage('discardPaused', () => actions.discardPaused());
  onMessage('refreshTimer', ({ data }) => actions.refreshTimer(data ?? undefined));
  onMessage('listProjects', ({ data }) => actions.listProjects(data ?? undefined));
  onMessage('startTimer', ({ data }) => actions.startTimer(data));
  onMessage('stopTimer', () => actions.stopTimer());
  onMessage('switchTimer', ({ data }) => actions.switchTimer(data));
  onMessage('logTime', ({ data }) => actions.logTime(data));
  onMessage('createProject', ({ data }) => actions.createProject(data));
  onMessage('resolveIdle', ({ data }) => actions.resolveIdle(data));
}
