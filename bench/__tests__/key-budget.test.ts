import { maxInWindow } from '../key-budget';

describe('maxInWindow', () => {
  it('counts the most arrivals within any window ending at an arrival', () => {
    expect(maxInWindow([0, 10, 20, 100, 105], 50)).toBe(3);
    expect(maxInWindow([100, 105, 0, 10, 20], 10)).toBe(2);
  });
  it('excludes an arrival exactly one window earlier (the window is open at its start)', () => {
    expect(maxInWindow([0, 61_000])).toBe(1);
    expect(maxInWindow([1, 61_000])).toBe(2);
  });
  it('is 0 without arrivals', () => {
    expect(maxInWindow([])).toBe(0);
  });
});
