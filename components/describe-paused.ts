import { t } from '@/utils/i18n';
import { formatTime } from '@/utils/i18n/format';
import type { PausedAction } from '@/utils/storage';

/** "you stopped the timer at 10:32" (English) or "Timer um 10:32 gestoppt" (German), in the person's time zone. */
export function describePaused(action: PausedAction): string {
  const at = formatTime(action.at);
  switch (action.kind) {
    case 'start':
      return t('paused.started', [at]);
    case 'stop':
      return t('paused.stopped', [at]);
    case 'toggle':
      return t('paused.toggled', [at]);
    case 'log':
      return t('paused.logged', [at]);
    case 'edit':
      return t('paused.edited', [at]);
  }
}

/** Paused work in the order it happened: "you started the timer at 10:02, then you stopped the timer at 10:32". */
export function describePausedList(actions: readonly PausedAction[]): string {
  return actions.map(describePaused).reduce((earlier, next) => t('paused.sequence', [earlier, next]));
}
