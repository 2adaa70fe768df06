import { median, percentile, ratio, summarize } from '../stats';

describe('median', () => {
  it('is the middle sample for an odd count and the mean of the middle two for an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('refuses an empty figure', () => {
    expect(() => median([])).toThrow(/No samples/);
  });
});

describe('percentile (nearest rank)', () => {
  const thirty = Array.from({ length: 30 }, (_, i) => 30 - i); // 30 … 1, unsorted on purpose
  it('p95 of 30 samples is the 29th smallest', () => {
    expect(percentile(thirty, 95)).toBe(29);
  });
  it('p100 is the maximum and p50 the lower middle', () => {
    expect(percentile(thirty, 100)).toBe(30);
    expect(percentile(thirty, 50)).toBe(15);
  });
  it('refuses a percentile out of range and non-finite samples', () => {
    expect(() => percentile(thirty, 0)).toThrow(/Percentile/);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(/finite/);
  });
});

describe('summarize', () => {
  it('gives n, median, p95, min and max', () => {
    expect(summarize([10, 30, 20, 40])).toEqual({ n: 4, median: 25, p95: 40, min: 10, max: 40 });
  });
});

describe('ratio', () => {
  it('divides by the floor, or is null without a positive floor', () => {
    expect(ratio(30, 20)).toBe(1.5);
    expect(ratio(30, 0)).toBeNull();
    expect(ratio(Number.NaN, 20)).toBeNull();
  });
});
