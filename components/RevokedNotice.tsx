import { t } from '@/utils/i18n';
import { formatDateTime } from '@/utils/i18n/format';
import { pausedActionsItem, type Connection } from '@/utils/storage';
import { Alert } from './Alert';
import { describePausedList } from './describe-paused';
import { useStorageItem } from './use-storage-item';

/**
 * Says that ClockMe revoked the stored key, when, and how to add a new one, when the connection
 * state is `revoked`; and that the starts and stops that met the revocation are kept.
 */
export function RevokedNotice({ connection }: { connection: Connection | undefined }) {
  const paused = useStorageItem(pausedActionsItem);
  if (connection?.state !== 'revoked') return <Alert message={null} />;
  const sentences = [
    t('revoked.notice', [connection.maskedKey.slice(-4), formatDateTime(connection.revokedAt)]),
    ...(paused?.length ? [t('revoked.kept', [describePausedList(paused)])] : []),
    t('revoked.addKeyBelow'),
  ];
  return <Alert message={sentences.join(' ')} />;
}
