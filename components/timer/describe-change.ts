import { t } from '@/utils/i18n';
import { formatTimeOfDay } from '@/utils/timer/format-time';
import type { OutboxOp } from '@/utils/outbox/ops';

/** One waiting change in words, in the person's language and time zone: "Start on Website at 10:02 AM", "Stop at 10:30 AM". */
export function describeChange(op: OutboxOp): string {
  switch (op.kind) {
    case 'start':
      return op.projectName ? t('outbox.startOn', [op.projectName, formatTimeOfDay(op.at)]) : t('outbox.start', [formatTimeOfDay(op.at)]);
    case 'stop':
      return t('outbox.stop', [formatTimeOfDay(op.at)]);
    case 'log':
      return op.projectName ? t('outbox.logOn', [op.projectName, formatTimeOfDay(op.startedAt), formatTimeOfDay(op.endedAt)]) : t('outbox.log', [formatTimeOfDay(op.startedAt), formatTimeOfDay(op.endedAt)]);
    case 'edit':
      return t('outbox.edit');
  }
}
