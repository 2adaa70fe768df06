import { FIGURES, parseArgs } from '../cli';

describe('parseArgs', () => {
  it('runs every figure, 30 runs after 5 warm-up ones, failing on a missed budget, by default', () => {
    const options = parseArgs([]);
    expect([...options.only]).toEqual([...FIGURES]);
    expect(options).toMatchObject({ complete: true, fail: true, runs: 30, warmup: 5, note: null });
  });
  it('takes a subset, which is not a complete run', () => {
    const options = parseArgs(['--only=sizes,popup', '--no-fail']);
    expect([...options.only]).toEqual(['sizes', 'popup']);
    expect(options).toMatchObject({ complete: false, fail: false });
  });
  it('treats fewer runs as an incomplete run and keeps a note', () => {
    expect(parseArgs(['--runs=5', '--warmup=1', '--note=busy machine'])).toMatchObject({ runs: 5, warmup: 1, complete: false, note: 'busy machine' });
  });
  it('refuses unknown figures, bad counts and unknown arguments, saying how to call it', () => {
    expect(() => parseArgs(['--only=sizes,speed'])).toThrow(/--only takes some of sizes, popup/);
    expect(() => parseArgs(['--runs=0'])).toThrow(/--runs must be a whole number/);
    expect(() => parseArgs(['--fast'])).toThrow(/Unknown argument "--fast"[\s\S]*Usage: npm run bench/);
  });
});
