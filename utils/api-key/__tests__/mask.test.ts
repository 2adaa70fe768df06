import { maskApiKey } from '../mask';

describe('maskApiKey', () => {
  it.each([
    ['ck_live_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wab12', 'ck_live_…ab12'],
    ['ck_live_abcdefgh', 'ck_live_…efgh'],
    [`ck_live_${'x'.repeat(500)}Z-_9`, 'ck_live_…Z-_9'],
  ])('shows %s as the prefix, an ellipsis and its last 4 characters', (key, masked) => {
    expect(maskApiKey(key)).toBe(masked);
  });

  it('never contains more of the key body than its last 4 characters', () => {
    const key = 'ck_live_SECRETbodySECRETbody1234';
    const masked = maskApiKey(key);
    expect(masked).not.toContain('SECRET');
    expect(masked.replace('ck_live_…', '')).toHaveLength(4);
  });
});
