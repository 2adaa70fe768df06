import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/storage';
import { THEME_CACHE_KEY, applyTheme } from '../theme';

let unwatch: () => void = () => {};

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
afterEach(() => unwatch());

const shown = () => document.documentElement.dataset.theme;

describe('applyTheme', () => {
  it('follows the computer ("system") when nothing is chosen', async () => {
    unwatch = applyTheme();

    expect(shown()).toBe('system');
    await vi.waitFor(() => expect(localStorage.getItem(THEME_CACHE_KEY)).toBe('system'));
    expect(shown()).toBe('system');
  });

  it('shows the cached choice before storage answers, so the page never flashes the other theme', async () => {
    localStorage.setItem(THEME_CACHE_KEY, 'dark');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'dark' });

    unwatch = applyTheme();

    // Synchronously, before any storage read could have answered.
    expect(shown()).toBe('dark');
  });

  it('corrects a stale cache from the stored setting, and remembers it', async () => {
    localStorage.setItem(THEME_CACHE_KEY, 'dark');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'light' });

    unwatch = applyTheme();

    await vi.waitFor(() => expect(shown()).toBe('light'));
    expect(localStorage.getItem(THEME_CACHE_KEY)).toBe('light');
  });

  it('follows a change made on the options page while the page is open', async () => {
    unwatch = applyTheme();
    await vi.waitFor(() => expect(localStorage.getItem(THEME_CACHE_KEY)).toBe('system'));

    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'dark' });

    await vi.waitFor(() => expect(shown()).toBe('dark'));
    expect(localStorage.getItem(THEME_CACHE_KEY)).toBe('dark');
  });

  it('ignores a cached value that is no theme', () => {
    localStorage.setItem(THEME_CACHE_KEY, 'purple');

    unwatch = applyTheme();

    expect(shown()).toBe('system');
  });
});
