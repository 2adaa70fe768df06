import { onMessage, type ProtocolMap, type Reply } from '../messaging';
import type { BackgroundActions } from './actions';
import { acceptMessage, redactReply, rethrowRedacted, type IncomingMessage } from './message-guard';

type Data<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];

/**
 * Answers message `type` with `act`, only for messages from the extension's own pages with data
 * of the declared shape (anything else gets an empty answer and changes nothing), and with every
 * error sentence redacted.
 */
function answer<K extends keyof ProtocolMap>(type: K, act: (data: Data<K>) => Promise<Reply>): void {
  // The library's handler type cannot be written for a generic K; this is the handler it expects.
  const listen = onMessage as (type: K, handler: (message: IncomingMessage<K>) => Promise<Reply | undefined> | undefined) => void;
  listen(type, (message) => {
    const verdict = acceptMessage(message);
    return verdict.accepted ? act(verdict.data).then(redactReply, rethrowRedacted) : undefined;
  });
}

/** Answers the pages' messages with the background's actions. Call synchronously at service-worker start. */
export function registerMessageHandlers(actions: BackgroundActions): void {
  answer('saveKey', (key) => actions.saveKey(key));
  answer('removeKey', () => actions.removeKey());
  answer('undoRemoveKey', () => actions.undoRemoveKey());
  answer('finishRemoveKey', () => actions.finishRemoveKey());
  answer('resumePaused', () => actions.resumePaused());
  answer('discardPaused', () => actions.discardPaused());
  answer('refreshTimer', (freshness) => actions.refreshTimer(freshness));
  answer('listProjects', (freshness) => actions.listProjects(freshness));
  answer('startTimer', (request) => actions.startTimer(request));
  answer('stopTimer', () => actions.stopTimer());
  answer('switchTimer', (request) => actions.switchTimer(request));
  answer('logTime', (request) => actions.logTime(request));
  answer('createProject', (name) => actions.createProject(name));
  answer('resolveIdle', (choice) => actions.resolveIdle(choice));
}
