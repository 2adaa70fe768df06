import { fakeBrowser } from 'wxt/testing';
import { EMPTY_OUTBOX, type Outbox } from '../../outbox/ops';
import { outboxItem, requestBudgetItem } from '../../storage';
import { flushItems, knownValue, readItem, stageItems, writeItems } from '../mirror';
import { watchStorageCalls } from './storage-calls';

const AT = Date.UTC(2026, 10, 29, 10, 0, 0);
/** Outboxes that differ (a stop at `n` s past AT). */
const outbox = (n: number): Outbox => ({ ...EMPTY_OUTBOX, ops: [{ id: `op-${n}`, at: AT + n * 1000, attempts: 0, sent: false, kind: 'stop', timerId: null }] });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the service worker’s copy of storage items', () => {
  it('reads an item from storage once, then from memory', async () => {
    await outboxItem.setValue(outbox(1));
    const calls = watchStorageCalls();

    expect(await readItem(outboxItem)).toEqual(outbox(1));
    expect(await readItem(outboxItem)).toEqual(outbox(1));
    expect(await Promise.all([readItem(outboxItem), readItem(outboxItem)])).toEqual([outbox(1), outbox(1)]);

    expect(calls.gets).toEqual(['outbox']);
  });

  it('reads the fallback when storage has nothing', async () => {
    expect(await readItem(outboxItem)).toEqual(EMPTY_OUTBOX);
  });

  it('takes in another context’s write from its change event, without reading storage again', async () => {
    await readItem(outboxItem);
    const calls = watchStorageCalls();

    await calls.external({ outbox: outbox(2) });

    expect(await readItem(outboxItem)).toEqual(outbox(2));
    expect(calls.gets).toEqual([]);
  });

  it('changes memory at once on a write, and the write reaches storage', async () => {
    const calls = watchStorageCalls();
    calls.holdWrites();

    const written = writeItems([{ item: outboxItem, value: outbox(3) }]);

    expect(knownValue(outboxItem)).toEqual(outbox(3));
    expect(await readItem(outboxItem)).toEqual(outbox(3));
    calls.release();
    await written;
    expect(await calls.stored('outbox')).toEqual(outbox(3));
    expect(calls.gets).toEqual([]);
  });

  it('is not rolled back by the late change events of its own earlier writes', async () => {
    await readItem(outboxItem);
    const calls = watchStorageCalls();
    calls.holdWrites();

    const first = writeItems([{ item: outboxItem, value: outbox(4) }]);
    const second = writeItems([{ item: outboxItem, value: outbox(5) }]);
    calls.release();
    await first; // its change event has come back; the second write is still on its way

    expect(await readItem(outboxItem)).toEqual(outbox(5));
    calls.release();
    await second;
    expect(await readItem(outboxItem)).toEqual(outbox(5));
    expect(await calls.stored('outbox')).toEqual(outbox(5));
  });

  it('reads storage again when another context writes while its own write is on its way (the order is unknown)', async () => {
    await readItem(outboxItem);
    const calls = watchStorageCalls();
    calls.holdWrites();

    const ours = writeItems([{ item: outboxItem, value: outbox(6) }]);
    await calls.external({ outbox: outbox(7) }); // lands first; ours lands after it and wins
    const read = readItem(outboxItem);
    calls.release();
    await ours;

    expect(await read).toEqual(outbox(6));
    expect(await calls.stored('outbox')).toEqual(outbox(6));
    expect(calls.gets).toEqual(['outbox']);
  });

  it('takes another context’s write that lands after its own as the newest', async () => {
    await readItem(outboxItem);
    const calls = watchStorageCalls();

    await writeItems([{ item: outboxItem, value: outbox(8) }]);
    await calls.external({ outbox: outbox(9) });

    expect(await readItem(outboxItem)).toEqual(outbox(9));
    expect(calls.gets).toEqual([]);
  });

  it('recognises its own write in the change event whatever the key order and `undefined` fields', async () => {
    await readItem(outboxItem);
    const calls = watchStorageCalls();
    calls.holdWrites();
    const ours = { refused: null, retryAt: 0, lateStarts: {}, offline: null, ops: [{ timerId: null, kind: 'stop', sent: false, attempts: 0, at: AT, id: 'x', checkFirst: undefined }] } as unknown as Outbox;

    const first = writeItems([{ item: outboxItem, value: ours }]);
    const second = writeItems([{ item: outboxItem, value: outbox(10) }]);
    calls.release();
    await first;

    expect(await readItem(outboxItem)).toEqual(outbox(10));
    expect(calls.gets).toEqual([]); // recognised as ours: nothing read again
    calls.release();
    await second;
  });

  it('forgets memory when a write fails, and the next read goes to storage', async () => {
    await outboxItem.setValue(outbox(11));
    await readItem(outboxItem);
    const calls = watchStorageCalls();
    vi.mocked(fakeBrowser.storage.local.set).mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));

    await expect(writeItems([{ item: outboxItem, value: outbox(12) }])).rejects.toThrow('QUOTA_BYTES');

    expect(await readItem(outboxItem)).toEqual(outbox(11));
    expect(calls.gets).toEqual(['outbox']);
  });

  it('starts afresh when its change listener is gone (as after fakeBrowser.reset(): nothing in memory is trusted)', async () => {
    await writeItems([{ item: outboxItem, value: outbox(13) }]);
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ outbox: outbox(14) });

    expect(await readItem(outboxItem)).toEqual(outbox(14));
  });

  it('hands staged writes to storage in one call with the next write, the later value of an item winning', async () => {
    await readItem(outboxItem);
    const calls = watchStorageCalls();

    stageItems([{ item: outboxItem, value: outbox(15) }]);
    stageItems([{ item: outboxItem, value: outbox(16) }]);
    expect(knownValue(outboxItem)).toEqual(outbox(16));
    expect(calls.sets).toEqual([]);
    await writeItems([{ item: requestBudgetItem, value: { maskedKey: null, sent: [AT], holdUntil: 0 } }]);

    expect(calls.sets).toEqual([{ outbox: outbox(16), requestBudget: { maskedKey: null, sent: [AT], holdUntil: 0 } }]);
    expect(await readItem(outboxItem)).toEqual(outbox(16));
    expect(calls.gets).toEqual([]);
    await flushItems();
    expect(calls.sets).toHaveLength(1); // nothing left to write: no empty call
  });

  it('writes what was staged in the next task at the latest', async () => {
    const calls = watchStorageCalls();

    stageItems([{ item: outboxItem, value: outbox(17) }]);
    await new Promise((resolve) => setTimeout(resolve));

    expect(await calls.stored('outbox')).toEqual(outbox(17));
  });
});
