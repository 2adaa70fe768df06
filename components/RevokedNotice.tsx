import type { Connection } from '@/utils/storage';
import { Alert } from './Alert';

/** Says that ClockMe refused the stored key and what to do, when the connection state is `revoked`. */
export function RevokedNotice({ connection }: { connection: Connection | undefined }) {
  if (connection?.state !== 'revoked') return <Alert message={null} />;
  const at = new Date(connection.revokedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Alert
      message={`Your ClockMe key ending in …${connection.maskedKey.slice(-4)} was revoked or is no longer valid (ClockMe said so on ${at}), so the extension removed it. Create a new key in ClockMe under Settings → API Keys (Write scope) and paste it below.`}
    />
  );
}
