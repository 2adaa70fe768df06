import { t } from '@/utils/i18n';
import { formatTime } from '@/utils/i18n/format';
import type { OutboxOp } from '@/utils/outbox/ops';

/** One waiting change in words, in the person's language and time zone: "Start on Website at 10:02 AM", "Stop at 10:30 AM". */
export function describeChange(op: OutboxOp): string {
  switch (op.kind) {
    case 'start':
      return op.projectName ? t('outbox.startOn', [op.projectName, formatTime(op.at)]) : t('outbox.start', [formatTime(op.at)]);
    case 'stop':
      return t('outbox.stop', [formatTime(op.at)]);
    case 'log':
      return op.projectName ? t('outbox.logOn', [op.projectName, formatTime(op.startedAt), formatTime(op.endedAt)]) : t('outbox.log', [formatTime(op.startedAt), formatTime(op.endedAt)]);
    case 'edit':
      return t('outbox.edit');
  }
}
