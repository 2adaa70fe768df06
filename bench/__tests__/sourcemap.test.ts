import { bytesByPackage, bytesBySource, decodeVlq, findDuplicatedModules, modulesInGroups, packageOf, projectPath } from '../sourcemap';

describe('decodeVlq', () => {
  it('decodes base64 VLQ fields, signs and continuation bits included', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('CAAD')).toEqual([1, 0, 0, -1]);
    expect(decodeVlq('gBAAA')).toEqual([16, 0, 0, 0]);
    expect(() => decodeVlq('A!')).toThrow(/base64/);
  });
});

describe('bytesBySource', () => {
  it('credits each segment with the characters up to the next one, across lines and source switches', () => {
    // line 0: "aaaabbb" — col 0 → source 0, col 4 → source 1; line 1: "cc" — col 0 → source 1 again (relative index 0).
    const map = { sources: ['a.ts', 'b.ts'], mappings: 'AAAA,ICAA;AAAA' };
    expect(Object.fromEntries(bytesBySource('aaaabbb\ncc', map))).toEqual({ 'a.ts': 4, 'b.ts': 5 });
  });
  it('counts characters before the first segment and single-field segments as unmapped', () => {
    const map = { sources: ['a.ts'], mappings: 'EAAA,E' };
    expect(Object.fromEntries(bytesBySource('xxaayy', map))).toEqual({ '(unmapped)': 6 - 2, 'a.ts': 2 });
  });
});

describe('packageOf', () => {
  it('names npm packages (scoped too, the innermost node_modules) and project folders', () => {
    expect(packageOf('node_modules/react-dom/cjs/react-dom.production.js')).toBe('react-dom');
    expect(packageOf('node_modules/@wxt-dev/i18n/dist/index.mjs')).toBe('@wxt-dev/i18n');
    expect(packageOf('node_modules/a/node_modules/zod/v4/core.js')).toBe('zod');
    expect(packageOf('utils/clockme/client.ts')).toBe('utils/clockme');
    expect(packageOf('utils/storage.ts')).toBe('utils');
    expect(packageOf('\0vite/preload-helper.js')).toBe('\0vite/preload-helper.js');
  });
  it('sums sources per package', () => {
    const sizes = bytesByPackage(new Map([['node_modules/zod/a.js', 3], ['node_modules/zod/b.js', 4], ['utils/x.ts', 1]]));
    expect(Object.fromEntries(sizes)).toEqual({ zod: 7, utils: 1 });
  });
});

describe('projectPath', () => {
  it('resolves a source against the map file and makes it project-relative', () => {
    expect(projectPath('/tmp/out/chrome-mv3/chunks/popup.js.map', { sources: [], mappings: '' }, '../../../../work/repo/utils/x.ts', '/work/repo')).toBe('utils/x.ts');
  });
});

describe('duplicated modules', () => {
  const scripts = [
    { file: 'chunks/popup.js', group: 'pages', sources: ['entrypoints/popup/App.tsx', 'utils/storage.ts'] },
    { file: 'chunks/options.js', group: 'pages', sources: ['entrypoints/options/App.tsx', 'utils/storage.ts'] },
    { file: 'chunks/theme.js', group: 'pages', sources: ['node_modules/react/index.js', '(unmapped)'] },
    { file: 'background.js', group: 'background', sources: ['utils/storage.ts', '(unmapped)'] },
  ];
  it('finds a module bundled into two chunks of the same build', () => {
    expect(findDuplicatedModules(scripts)).toEqual([{ source: 'utils/storage.ts', files: ['chunks/popup.js', 'chunks/options.js'] }]);
  });
  it('finds none when shared code sits in one shared chunk', () => {
    expect(findDuplicatedModules(scripts.filter((s) => s.file !== 'chunks/options.js'))).toEqual([]);
  });
  it('lists modules found in both the service worker and the pages separately', () => {
    expect(modulesInGroups(scripts)).toEqual([{ source: 'utils/storage.ts', groups: ['background', 'pages'] }]);
  });
});
