import { describe, expect, it } from 'vitest';
import { t } from '../index';

// vitest.setup.ts serves locales/en.yml through the fake browser, as Chrome serves _locales/en.
describe('t', () => {
  it('substitutes $1, $2… in order', () => {
    expect(t('key.saved', ['ck_live_…ab12'])).toBe('Connected. Saved key ck_live_…ab12.');
    expect(t('outbox.logOn', ['Website', '10:02 AM', '11:30 AM'])).toBe('Time on Website from 10:02 AM to 11:30 AM');
  });

  it('picks the plural form by the count and substitutes the count as $1', () => {
    expect(t('outbox.offline', 1)).toBe('Offline — 1 change waiting');
    expect(t('outbox.offline', 0)).toBe('Offline — 0 changes waiting');
    expect(t('outbox.offline', 3)).toBe('Offline — 3 changes waiting');
  });

  it('picks the plural form by the count and takes the substitutions from the list', () => {
    expect(t('badge.runningWithOthers', 2, [2, 'Website', '7 min'])).toBe('ClockMe: Website, running for 7 min (2 more running).');
  });
});
