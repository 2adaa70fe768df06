import type { ClockMeClient } from '../clockme/client';
import type { UserError } from '../messaging';
import type { Outbox, OutboxOp } from '../outbox/ops';
import type { OpResult } from './outbox-attempt';

/** What became of an operation, as far as whoever is waiting for it is concerned. */
export type OpOutcome =
  | { kind: 'done'; result: OpResult }
  | { kind: 'queued' } // not sent yet, or failed in a way that is retried: it stays in the outbox
  | { kind: 'paused' } // the key was revoked: kept as paused work
  | { kind: 'refused'; error: UserError };

/** What the outbox needs; injected for tests. */
export interface OutboxDeps {
  client: ClockMeClient;
  now(): number;
  random(): number;
  /** Asks for `drain()` to run again at `at` (ms), also after the service worker was stopped. */
  wakeAt(at: number): void;
}

/** An operation to add; `id`, `attempts` and `sent` are filled in. */
export type NewOp = OutboxOp extends infer O ? (O extends OutboxOp ? Omit<O, 'id' | 'attempts' | 'sent'> : never) : never;

/** The outbox runner: see {@link createOutbox}. */
export interface OutboxRunner {
  /**
   * Adds an operation (with a fresh UUID) and returns it: in memory at once, in storage no later
   * than the request that sends it (same step; see `stageItems`) or the end of the run.
   */
  enqueue(op: NewOp): Promise<OutboxOp>;
  /**
   * Adds several operations in one storage write (a switch's stop and start, the idle
   * answer's stop and start): all or none are kept, and they are sent in this order.
   */
  enqueueAll(ops: NewOp[]): Promise<OutboxOp[]>;
  /** Sends what waits, in order, until the outbox is empty or must wait. One run at a time. */
  drain(): Promise<void>;
  /** Resolves with what became of operation `id` by the end of the next drain. */
  outcomeOf(id: string): Promise<OpOutcome>;
  /** Changes the stored outbox under its lock. */
  update(change: (outbox: Outbox) => Outbox): Promise<Outbox>;
}

