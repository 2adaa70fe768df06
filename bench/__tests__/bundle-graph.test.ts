import { entryFiles, htmlEntryFiles, parseHtmlAssets, resolveAsset, scriptImports } from '../bundle-graph';

// The shape of WXT's built popup.html (Vite output).
const popupHtml = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <title>ClockMe</title>
    <script type="module" crossorigin src="/chunks/popup-tjRa0bfx.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/theme-BNuDLEkm.js">
    <link rel="stylesheet" crossorigin href="/assets/theme-CoD4dcoX.css">
    <link rel=stylesheet href='/assets/popup-Cpuq-MsM.css'>
    <link rel="icon" href="/icon/16.png">
  </head>
  <body><div id="root"></div><script>console.log('inline')</script></body>
</html>`;

describe('parseHtmlAssets', () => {
  it('finds the module script, its preloads and stylesheets, whatever the quoting and attribute order', () => {
    expect(parseHtmlAssets(popupHtml)).toEqual({
      scripts: ['/chunks/popup-tjRa0bfx.js'],
      modulepreloads: ['/chunks/theme-BNuDLEkm.js'],
      stylesheets: ['/assets/theme-CoD4dcoX.css', '/assets/popup-Cpuq-MsM.css'],
    });
  });
});

describe('resolveAsset', () => {
  it('resolves root, relative and preload-list references to paths from the output folder', () => {
    expect(resolveAsset('popup.html', '/chunks/a.js')).toBe('chunks/a.js');
    expect(resolveAsset('chunks/popup.js', './theme.js')).toBe('chunks/theme.js');
    expect(resolveAsset('chunks/popup.js', '../assets/x.css?inline')).toBe('assets/x.css');
    expect(resolveAsset('chunks/popup.js', 'assets/lazy.css')).toBe('assets/lazy.css');
  });
});

describe('scriptImports', () => {
  it('reads minified static imports, dynamic imports and the preload list of a lazy chunk', () => {
    const code = `import{A as e}from"./theme-B.js";import"./side.js";const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["chunks/LogTime-x.js","assets/LogTime-y.css"])))=>i.map(i=>d[i]);const L=()=>import("./LogTime-x.js");`;
    expect(scriptImports(code)).toEqual({
      static: ['./theme-B.js', './side.js'],
      dynamic: ['./LogTime-x.js'],
      preload: ['chunks/LogTime-x.js', 'assets/LogTime-y.css'],
    });
  });
});

describe('entryFiles', () => {
  const files: Record<string, string> = {
    'chunks/popup.js': 'import{a}from"./theme.js";const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["chunks/lazy.js","assets/lazy.css"])))=>i;()=>import("./lazy.js")',
    'chunks/theme.js': 'export const a=1',
    'chunks/lazy.js': 'import{a}from"./theme.js";import{b}from"./lazy-dep.js";',
    'chunks/lazy-dep.js': 'export const b=2',
  };
  const read = (file: string) => {
    const code = files[file];
    if (code === undefined) throw new Error(`no ${file}`);
    return code;
  };

  it('loads the HTML assets and their static imports at once, and dynamic imports (with their own imports) lazily', () => {
    const first = htmlEntryFiles('popup.html', '<script type="module" src="/chunks/popup.js"></script><link rel="stylesheet" href="/assets/popup.css">');
    const result = entryFiles(first, read);
    expect(result.onOpen.sort()).toEqual(['assets/popup.css', 'chunks/popup.js', 'chunks/theme.js']);
    // theme.js is loaded at once already, so it is not lazy.
    expect(result.lazy.sort()).toEqual(['assets/lazy.css', 'chunks/lazy-dep.js', 'chunks/lazy.js']);
  });

  it('has no lazy files when nothing is imported dynamically', () => {
    expect(entryFiles(['chunks/theme.js'], read)).toEqual({ onOpen: ['chunks/theme.js'], lazy: [] });
  });
});
