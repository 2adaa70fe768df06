import { fakeBrowser } from 'wxt/testing';
import { keepStorageInExtension } from '../install';

type Level = { accessLevel: string };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('keepStorageInExtension', () => {
  it('asks Chrome to keep storage.local to the extension itself (TRUSTED_CONTEXTS)', async () => {
    const levels: Level[] = [];
    Object.assign(fakeBrowser.storage.local, { setAccessLevel: async (level: Level) => void levels.push(level) });
    await keepStorageInExtension();
    expect(levels).toEqual([{ accessLevel: 'TRUSTED_CONTEXTS' }]);
  });

  it('carries on when this Chrome supports access levels only for storage.session', async () => {
    Object.assign(fakeBrowser.storage.local, { setAccessLevel: async () => Promise.reject(new Error('This StorageArea does not support access levels.')) });
    await expect(keepStorageInExtension()).resolves.toBeUndefined();
  });
});
