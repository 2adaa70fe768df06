import { render, screen } from '@testing-library/react';
import { EMPTY_OUTBOX, type Outbox, type OutboxOp } from '@/utils/outbox/ops';
import { OutboxStatus } from '../OutboxStatus';

const AT = Date.UTC(2026, 10, 29, 10, 2);
const start: OutboxOp = { id: 'a', at: AT, attempts: 1, sent: true, kind: 'start', projectId: 'p', projectName: 'Website', description: '' };
const stop: OutboxOp = { id: 'b', at: AT + 60_000, attempts: 0, sent: false, kind: 'stop', timerId: null };
const edit: OutboxOp = { id: 'c', at: AT, attempts: 0, sent: false, kind: 'edit', entryId: 'e', endedAt: AT };

const region = () => screen.getByRole('region', { name: 'Changes waiting to reach ClockMe' });

describe('OutboxStatus', () => {
  it('says "Offline — N changes waiting", lists them and says why, after a failed attempt', () => {
    const outbox: Outbox = { ...EMPTY_OUTBOX, ops: [start, stop, edit], offline: { message: "Can't reach ClockMe. There is no connection to ClockMe.", at: AT, reason: 'unreachable' } };
    render(<OutboxStatus outbox={outbox} />);
    expect(region()).toHaveTextContent('Offline — 2 changes waiting');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([expect.stringMatching(/^Start on Website at /), expect.stringMatching(/^Stop at /)]);
    expect(region()).toHaveTextContent("Can't reach ClockMe. There is no connection to ClockMe.");
    expect(region()).toHaveTextContent('sent automatically, with the times you clicked');
  });

  it('does not call a request to slow down "offline"', () => {
    render(<OutboxStatus outbox={{ ...EMPTY_OUTBOX, ops: [start], offline: { message: 'ClockMe asked the extension to wait 3 seconds before sending more.', at: AT, reason: 'rate_limited' } }} />);
    expect(region()).toHaveTextContent('ClockMe asked to slow down — 1 change waiting');
    expect(region()).not.toHaveTextContent('Offline');
  });

  it('says "Sending…" during a first attempt, and nothing once all is sent', () => {
    const { rerender } = render(<OutboxStatus outbox={{ ...EMPTY_OUTBOX, ops: [start] }} />);
    expect(region()).toHaveTextContent('Sending 1 change to ClockMe…');
    rerender(<OutboxStatus outbox={EMPTY_OUTBOX} />);
    expect(region()).toHaveTextContent(/^$/);
  });
});
