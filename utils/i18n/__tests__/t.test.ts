import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../index';

describe('t', () => {
  it('substitutes and picks plural forms', () => {
    fakeBrowser.reset();
    expect(t('common.probe', ['a', 'b'])).toBe('Key a saved (b).');
    expect(t('common.probeCount', 1)).toBe('1 change');
    expect(t('common.probeCount', 3)).toBe('3 changes');
  });
});
