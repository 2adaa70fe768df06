import type { Connection } from '@/utils/storage';
import { Alert } from './Alert';

/** Says that ClockMe revoked the stored key, when, and how to add a new one, when the connection state is `revoked`. */
export function RevokedNotice({ connection }: { connection: Connection | undefined }) {
  if (connection?.state !== 'revoked') return <Alert message={null} />;
  const at = new Date(connection.revokedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Alert
      message={`Your ClockMe key ending in …${connection.maskedKey.slice(-4)} was revoked (ClockMe said so on ${at}), so the extension stopped using it. In ClockMe, open Settings → API Keys, create a new key with the Write scope (one key per tool, named "Chrome extension") and paste it below.`}
    />
  );
}
