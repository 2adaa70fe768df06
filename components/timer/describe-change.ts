import type { OutboxOp } from '@/utils/outbox/ops';

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** One waiting change in words, in the person's time zone: "Start on Website at 10:02", "Stop at 10:30". */
export function describeChange(op: OutboxOp): string {
  switch (op.kind) {
    case 'start':
      return `Start${op.projectName ? ` on ${op.projectName}` : ''} at ${time(op.at)}`;
    case 'stop':
      return `Stop at ${time(op.at)}`;
    case 'log':
      return `Time${op.projectName ? ` on ${op.projectName}` : ''} from ${time(op.startedAt)} to ${time(op.endedAt)}`;
    case 'edit':
      return `Correct an entry's times to your clicks`;
  }
}
