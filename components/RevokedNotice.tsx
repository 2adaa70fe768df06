import { pausedActionsItem, type Connection } from '@/utils/storage';
import { Alert } from './Alert';
import { describePaused } from './describe-paused';
import { useStorageItem } from './use-storage-item';

/**
 * Says that ClockMe revoked the stored key, when, and how to add a new one, when the connection
 * state is `revoked`; and that the starts and stops that met the revocation are kept.
 */
export function RevokedNotice({ connection }: { connection: Connection | undefined }) {
  const paused = useStorageItem(pausedActionsItem);
  if (connection?.state !== 'revoked') return <Alert message={null} />;
  const at = new Date(connection.revokedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  const kept = paused?.length ? ` Kept, not sent: ${paused.map(describePaused).join(', then ')}. You can send it with the new key.` : '';
  return (
    <Alert
      message={`Your ClockMe key ending in …${connection.maskedKey.slice(-4)} was revoked (ClockMe said so on ${at}), so the extension stopped using it.${kept} In ClockMe, open Settings → API Keys, create a new key with the Write scope (one key per tool, named "Chrome extension") and paste it below.`}
    />
  );
}
