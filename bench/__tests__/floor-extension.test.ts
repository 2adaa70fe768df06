import { Script } from 'node:vm';
import { floorPageHtml, shortcutFloorWorker, unpackedExtensionId } from '../floor-extension';

const words = { start: 'Start timer', keyLabel: 'API key' };

describe('floorPageHtml', () => {
  it('is exactly as many bytes as the page it stands for, with no script', () => {
    for (const page of ['idle', 'running', 'options'] as const) {
      const html = floorPageHtml(page, words, 590);
      expect(Buffer.byteLength(html)).toBe(590);
      expect(html).not.toMatch(/<script|<link/i);
    }
  });
  it('holds the element of its ready condition', () => {
    expect(floorPageHtml('idle', words, 0)).toContain('<button type="button">Start timer</button>');
    expect(floorPageHtml('running', words, 0)).toContain('<span role="timer">0:00:00</span>');
    expect(floorPageHtml('options', words, 0)).toContain('<label for="key">API key</label><input id="key" type="password">');
  });
  it('is left unpadded when the target is smaller than its content', () => {
    const html = floorPageHtml('idle', words, 10);
    expect(html).not.toContain('<!--');
  });
});

describe('unpackedExtensionId', () => {
  it('is 32 letters a–p derived from the folder path', () => {
    const id = unpackedExtensionId('/tmp/clockme-bench-floor-pages-abc');
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(unpackedExtensionId('/tmp/clockme-bench-floor-pages-abd')).not.toBe(id);
  });
});

describe('shortcutFloorWorker', () => {
  const code = shortcutFloorWorker({ origin: 'http://127.0.0.1:4010', key: 'ck_live_abc', projectId: 'prj_1' });
  it('is one line of valid JavaScript', () => {
    expect(code.trimEnd().split('\n')).toHaveLength(1);
    expect(() => new Script(code)).not.toThrow();
  });
  it('sends the start request with the key, the project and an idempotency key on any command', () => {
    expect(code).toContain('chrome.commands.onCommand.addListener(');
    expect(code).toContain('"http://127.0.0.1:4010/api/timer/start"');
    expect(code).toContain('"Bearer ck_live_abc"');
    expect(code).toContain(JSON.stringify(JSON.stringify({ projectId: 'prj_1' })));
    expect(code).toContain("'Idempotency-Key': crypto.randomUUID()");
  });
});
