import { fakeBrowser } from 'wxt/testing';
import { apiKeyItem, connectionItem, lastProjectIdItem, projectsItem, timerItem, type TimerSnapshot } from '../../storage';
import { beginRemoval, clearKeyIfCurrent, finishRemoval, NoKeyError, recordScope, requireKey, storeVerifiedKey, undoRemoval, UNDO_REMOVAL_MS } from '../key-store';
import { KEY_A, KEY_B, PROJECTS } from './fake-clockme';

const SAVED_AT = Date.UTC(2026, 10, 29, 9, 0, 0);
const LATER = SAVED_AT + 60_000;
const idle: TimerSnapshot = { timer: null, othersRunning: 0, syncedAt: SAVED_AT };
const running: TimerSnapshot = {
  timer: { id: 't1', projectId: 'prj_website', projectName: 'Website', description: null, startedAt: '2026-11-29T08:00:00.000Z' },
  othersRunning: 0,
  syncedAt: SAVED_AT,
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('requireKey', () => {
  it('throws NoKeyError when no key is stored', async () => {
    await expect(requireKey()).rejects.toBeInstanceOf(NoKeyError);
  });

  it('returns the stored key', async () => {
    await storeVerifiedKey(KEY_A, idle, SAVED_AT);
    await expect(requireKey()).resolves.toBe(KEY_A);
  });
});

describe('storeVerifiedKey', () => {
  it('stores the key, a connected state with only the masked key, and the timer read while verifying', async () => {
    await storeVerifiedKey(KEY_A, running, SAVED_AT);
    expect(await apiKeyItem.getValue()).toBe(KEY_A);
    expect(await connectionItem.getValue()).toEqual({ state: 'connected', maskedKey: 'ck_live_…a1a1', savedAt: SAVED_AT, scope: null, account: null });
    expect(await timerItem.getValue()).toEqual(running);
  });

  it('forgets projects and the last project when a different key is saved (it may be another account)', async () => {
    await storeVerifiedKey(KEY_A, idle, SAVED_AT);
    await projectsItem.setValue({ projects: PROJECTS, syncedAt: SAVED_AT });
    await lastProjectIdItem.setValue('prj_app');

    await storeVerifiedKey(KEY_B, idle, LATER);

    expect(await apiKeyItem.getValue()).toBe(KEY_B);
    expect(await projectsItem.getValue()).toBeNull();
    expect(await lastProjectIdItem.getValue()).toBeNull();
  });

  it('keeps projects and the last project when the same key is saved again', async () => {
    await storeVerifiedKey(KEY_A, idle, SAVED_AT);
    await projectsItem.setValue({ projects: PROJECTS, syncedAt: SAVED_AT });
    await lastProjectIdItem.setValue('prj_app');

    await storeVerifiedKey(KEY_A, running, LATER);

    expect(await projectsItem.getValue()).toEqual({ projects: PROJECTS, syncedAt: SAVED_AT });
    expect(await lastProjectIdItem.getValue()).toBe('prj_app');
    expect(await timerItem.getValue()).toEqual(running);
  });
});

describe('clearKeyIfCurrent (compare-and-clear)', () => {
  it('clears the key it was given when that key is still stored, and records the revocation', async () => {
    await storeVerifiedKey(KEY_A, running, SAVED_AT);
    await projectsItem.setValue({ projects: PROJECTS, syncedAt: SAVED_AT });

    await expect(clearKeyIfCurrent(KEY_A, LATER)).resolves.toBe(true);

    expect(await apiKeyItem.getValue()).toBeNull();
    expect(await connectionItem.getValue()).toEqual({ state: 'revoked', maskedKey: 'ck_live_…a1a1', revokedAt: LATER, account: null });
    expect(await timerItem.getValue()).toBeNull();
    expect(await projectsItem.getValue()).toBeNull();
  });

  it('leaves a key saved meanwhile alone', async () => {
    await storeVerifiedKey(KEY_B, running, SAVED_AT);
    await projectsItem.setValue({ projects: PROJECTS, syncedAt: SAVED_AT });

    await expect(clearKeyIfCurrent(KEY_A, LATER)).resolves.toBe(false);

    expect(await apiKeyItem.getValue()).toBe(KEY_B);
    expect(await connectionItem.getValue()).toEqual({ state: 'connected', maskedKey: 'ck_live_…b2b2', savedAt: SAVED_AT, scope: null, account: null });
    expect(await timerItem.getValue()).toEqual(running);
    expect(await projectsItem.getValue()).toEqual({ projects: PROJECTS, syncedAt: SAVED_AT });
  });

  it('does nothing when no key is stored', async () => {
    await expect(clearKeyIfCurrent(KEY_A, LATER)).resolves.toBe(false);
    expect(await connectionItem.getValue()).toEqual({ state: 'none' });
  });

  it('never stores more of the key than its masked form once cleared', async () => {
    await storeVerifiedKey(KEY_A, running, SAVED_AT);
    await clearKeyIfCurrent(KEY_A, LATER);
    const everything = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(everything).not.toContain(KEY_A);
    expect(everything).not.toContain(KEY_A.slice(8, 20));
  });
});

describe('Remove key, with undo', () => {
  beforeEach(async () => {
    await storeVerifiedKey(KEY_A, running, SAVED_AT, { scope: { scope: 'write', source: 'verified' }, account: { workspaces: [{ id: 'ws', name: 'Acme' }] } });
    await projectsItem.setValue({ projects: PROJECTS, syncedAt: SAVED_AT });
    await lastProjectIdItem.setValue('prj_app');
  });

  it('stops using the key at once', async () => {
    const until = await beginRemoval(LATER);

    expect(until).toBe(LATER + UNDO_REMOVAL_MS);
    await expect(requireKey(LATER + 1)).rejects.toBeInstanceOf(NoKeyError);
    expect(await connectionItem.getValue()).toMatchObject({ state: 'removing', maskedKey: 'ck_live_…a1a1', until });
  });

  it('puts everything back on undo within the window', async () => {
    const before = await connectionItem.getValue();
    await beginRemoval(LATER);

    expect(await undoRemoval()).toBe(true);

    expect(await connectionItem.getValue()).toEqual(before);
    expect(await requireKey(LATER + 1)).toBe(KEY_A);
  });

  it('forgets the key and everything read with it once the window has passed', async () => {
    await beginRemoval(LATER);
    await finishRemoval(LATER + UNDO_REMOVAL_MS - 1);
    expect(await apiKeyItem.getValue()).toBe(KEY_A); // still undoable

    await expect(requireKey(LATER + UNDO_REMOVAL_MS)).rejects.toBeInstanceOf(NoKeyError);

    expect(await apiKeyItem.getValue()).toBeNull();
    expect(await connectionItem.getValue()).toEqual({ state: 'none' });
    expect(await timerItem.getValue()).toBeNull();
    expect(await projectsItem.getValue()).toBeNull();
    expect(await lastProjectIdItem.getValue()).toBeNull();
    expect(await undoRemoval()).toBe(false);
  });
});

describe('recordScope', () => {
  it("records what ClockMe said the key may do, for the key that is still stored", async () => {
    await storeVerifiedKey(KEY_A, running, SAVED_AT);
    await recordScope(KEY_A, { scope: 'read', source: 'observed' });
    expect(await connectionItem.getValue()).toMatchObject({ state: 'connected', scope: { scope: 'read', source: 'observed' } });
  });

  it('ignores a 403 that a replaced key met', async () => {
    await storeVerifiedKey(KEY_B, running, SAVED_AT);
    await recordScope(KEY_A, { scope: 'read', source: 'observed' });
    expect(await connectionItem.getValue()).toMatchObject({ state: 'connected', scope: null });
  });
});
