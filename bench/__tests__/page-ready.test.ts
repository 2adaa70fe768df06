import { Script } from 'node:vm';
import { readyProbeSource } from '../page-ready';

describe('readyProbeSource', () => {
  const source = readyProbeSource({ start: 'Start "timer"', keyLabel: 'API key' });

  it('is valid JavaScript with the words embedded as string literals', () => {
    expect(() => new Script(source)).not.toThrow();
    expect(source).toContain(JSON.stringify({ start: 'Start "timer"', keyLabel: 'API key' }));
  });
});
