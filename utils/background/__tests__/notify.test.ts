import { fakeBrowser } from 'wxt/testing';
import { showNotification } from '../notify';
import { showNotice } from '../shortcut-notice';

type Created = { id: string; options: { title: string; message: string; buttons?: { title: string }[]; iconUrl: string } };
let created: Created[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  created = [];
  // WXT's fake browser has no notifications; this records what Chrome would be asked to show.
  Object.assign(fakeBrowser, { notifications: { create: async (id: string, options: Created['options']) => void created.push({ id, options }) } });
});

const KEY = 'ck_live_SECRETbodySECRETbody1234';

describe('showNotification', () => {
  it('shows the extension icon and the words, with anything key-shaped masked', async () => {
    await showNotification('n1', { title: `Key ${KEY}`, message: `Bearer ${KEY} refused`, buttons: [{ title: KEY }], priority: 1 });
    expect(created).toEqual([
      { id: 'n1', options: expect.objectContaining({ type: 'basic', iconUrl: 'chrome-extension://test-extension-id/icon/128.png', title: 'Key ck_live_…', message: 'Bearer ck_live_… refused', buttons: [{ title: 'ck_live_…' }], priority: 1 }) },
    ]);
    expect(JSON.stringify(created)).not.toContain('SECRETbody');
  });

  it('is what the shortcut notices go through', async () => {
    await showNotice({ id: 'clockme-shortcut-problem', title: 'Shortcut', message: `ClockMe refused ${KEY} today.` });
    expect(created[0]?.options.message).toBe('ClockMe refused ck_live_… today.');
  });
});
