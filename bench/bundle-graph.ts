import path from 'node:path';

/**
 * Which built files an entry loads (pure): from its HTML (`<script type="module" src>`,
 * `<link rel="modulepreload">`, `<link rel="stylesheet">`) and, transitively, the `import`s of
 * those scripts. Paths are relative to the extension's output folder, with `/` separators.
 */

/** The assets an HTML page names, as written (`/chunks/popup-abc.js`). */
export interface HtmlAssets {
  scripts: string[];
  modulepreloads: string[];
  stylesheets: string[];
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) found.set(match[1]!.toLowerCase(), match[3] ?? match[4] ?? match[5] ?? '');
  return found;
}

/** The scripts, module preloads and stylesheets an HTML page loads (inline scripts have no `src` and are skipped). */
export function parseHtmlAssets(html: string): HtmlAssets {
  const assets: HtmlAssets = { scripts: [], modulepreloads: [], stylesheets: [] };
  for (const match of html.matchAll(TAG)) {
    const tag = match[1]!.toLowerCase();
    const attrs = attributes(match[2]!);
    if (tag === 'script' && attrs.get('src')) assets.scripts.push(attrs.get('src')!);
    if (tag === 'link' && attrs.get('href')) {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('modulepreload')) assets.modulepreloads.push(attrs.get('href')!);
      else if (rel.includes('stylesheet')) assets.stylesheets.push(attrs.get('href')!);
    }
  }
  return assets;
}

/** What a built script imports: static `import … from "./x.js"`, dynamic `import("./x.js")`, and Vite's preload list of a lazy chunk. */
export interface ScriptImports {
  static: string[];
  dynamic: string[];
  /** Files Vite preloads with a lazy chunk (`__vite__mapDeps`' list: `chunks/x.js`, `assets/y.css`, relative to the root). */
  preload: string[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']\s*\)/g;
const PRELOAD_LIST = /__vite__mapDeps\s*=[\s\S]*?\[([^\]]*)\]/g;

/** The imports of a built (minified) script. */
export function scriptImports(code: string): ScriptImports {
  const preload = [...code.matchAll(PRELOAD_LIST)].flatMap((match) => [...match[1]!.matchAll(/["']([^"']+)["']/g)].map((item) => item[1]!));
  return {
    static: [...code.matchAll(STATIC_IMPORT)].map((match) => match[1]!),
    dynamic: [...code.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]!),
    preload,
  };
}

/**
 * A reference resolved to a path relative to the output folder: `/x` from the root, `./x` and
 * `../x` from the referring file's folder, anything else (Vite's preload list) from the root.
 */
export function resolveAsset(fromFile: string, reference: string): string {
  const clean = reference.split(/[?#]/)[0]!;
  if (clean.startsWith('/')) return path.posix.normalize(clean.slice(1));
  if (clean.startsWith('./') || clean.startsWith('../')) return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), clean));
  return path.posix.normalize(clean);
}

/** The files an entry loads: at once (`onOpen`), and only through a dynamic `import()` (`lazy`, not also loaded at once). */
export interface EntryFiles {
  onOpen: string[];
  lazy: string[];
}

/**
 * The files an entry loads, from its first files (an HTML page's assets, or a service worker's
 * script) and the imports of every script reached. `read` returns a built script's text.
 */
export function entryFiles(first: readonly string[], read: (file: string) => string): EntryFiles {
  const onOpen = new Set<string>();
  const lazyRoots: string[] = [];
  const visit = (file: string, into: Set<string>, lazy: string[]) => {
    if (into.has(file)) return;
    into.add(file);
    if (!file.endsWith('.js')) return;
    const imports = scriptImports(read(file));
    for (const ref of imports.static) visit(resolveAsset(file, ref), into, lazy);
    lazy.push(...imports.dynamic.map((ref) => resolveAsset(file, ref)), ...imports.preload.map((ref) => resolveAsset(file, ref)));
  };
  for (const file of first) visit(file, onOpen, lazyRoots);
  const lazy = new Set<string>();
  const moreLazy: string[] = [];
  for (let queue = lazyRoots; queue.length > 0; queue = moreLazy.splice(0)) {
    for (const file of queue) if (!onOpen.has(file)) visit(file, lazy, moreLazy);
  }
  return { onOpen: [...onOpen], lazy: [...lazy].filter((file) => !onOpen.has(file)) };
}

/** An HTML page's first files, resolved from the page's own location. */
export function htmlEntryFiles(htmlFile: string, html: string): string[] {
  const assets = parseHtmlAssets(html);
  return [...assets.scripts, ...assets.modulepreloads, ...assets.stylesheets].map((ref) => resolveAsset(htmlFile, ref));
}
