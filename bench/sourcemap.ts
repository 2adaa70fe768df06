import path from 'node:path';
import type { Row } from './rows';

/**
 * Attributes a built script's bytes to the source modules and packages they came from, through
 * its source map (pure). Rough by design: each mapping segment is credited with the generated
 * characters up to the next segment on its line (minified output is ASCII, so characters ≈
 * bytes). Written here rather than taken from a library because the only source-map readers in
 * node_modules are transitive dependencies (source-map-js), and this needs ~30 lines.
 */

/** The fields of a source map (v3) this needs. */
export interface RawSourceMap {
  sources: string[];
  sourceRoot?: string;
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one mapping segment (base64 VLQ) into its signed fields. @throws Error on a character outside base64. */
export function decodeVlq(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    let digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`Not a base64 VLQ character: "${char}" in "${segment}".`);
    const more = digit & 32;
    digit &= 31;
    value += digit * 2 ** shift;
    if (more) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/** Generated characters per source (as named in `map.sources`); unmapped ones under `(unmapped)`. */
export function bytesBySource(code: string, map: RawSourceMap): Map<string, number> {
  const lines = code.split('\n');
  const sizes = new Map<string, number>();
  const add = (name: string, size: number) => sizes.set(name, (sizes.get(name) ?? 0) + size);
  let sourceIndex = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    const lineLength = lines[lineIndex]?.length ?? 0;
    let column = 0;
    const points: Array<{ column: number; source: number | null }> = [];
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      if (fields.length > 1) sourceIndex += fields[1]!;
      points.push({ column, source: fields.length > 1 ? sourceIndex : null });
    }
    if (points.length === 0 || points[0]!.column > 0) add('(unmapped)', points[0]?.column ?? lineLength);
    points.forEach((point, i) => {
      const end = points[i + 1]?.column ?? lineLength;
      add(point.source === null ? '(unmapped)' : (map.sources[point.source] ?? '(unknown)'), Math.max(0, end - point.column));
    });
  });
  return sizes;
}

/**
 * The package a source belongs to: `react-dom`, `@wxt-dev/i18n` for anything under
 * `node_modules/`, else the project folder two levels deep (`utils/clockme`, `components/timer`,
 * `entrypoints/popup`), or the name itself for virtual modules (`\0vite/preload-helper`).
 * @param source the source's path relative to the project root (or absolute outside it).
 */
export function packageOf(source: string): string {
  const inModules = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (inModules) return inModules[inModules.length - 1]!.slice('node_modules/'.length);
  const parts = source.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length <= 1 || source.startsWith('\0')) return source;
  return parts.slice(0, Math.min(2, parts.length - 1)).join('/');
}

/** A source map source resolved to a path relative to `projectRoot` (`utils/storage.ts`). */
export function projectPath(mapFile: string, map: RawSourceMap, source: string, projectRoot: string): string {
  if (source.startsWith('\0') || /^[a-z]+:/i.test(source)) return source;
  const absolute = path.resolve(path.dirname(mapFile), map.sourceRoot ?? '', source);
  return path.relative(projectRoot, absolute).split(path.sep).join('/');
}

/** Sums sizes per package. */
export function bytesByPackage(bySource: ReadonlyMap<string, number>): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const [source, size] of bySource) sizes.set(packageOf(source), (sizes.get(packageOf(source)) ?? 0) + size);
  return sizes;
}

/** A built script, the bundle it belongs to (`pages`, `background`: separate Vite builds) and its source modules. */
export interface ScriptSources {
  file: string;
  group: string;
  sources: readonly string[];
}

/** A source module that ended up in more than one script. */
export interface DuplicatedModule {
  source: string;
  files: string[];
}

/**
 * Source modules bundled into two or more scripts of the same group: a chunk duplicated between
 * entries instead of being shared. Scripts of different groups (the service worker and the
 * pages are built separately, so cannot share a chunk) are compared by {@link modulesInGroups}.
 */
export function findDuplicatedModules(scripts: readonly ScriptSources[]): DuplicatedModule[] {
  const seen = new Map<string, string[]>();
  for (const script of scripts) {
    for (const source of new Set(script.sources)) {
      if (source === '(unmapped)' || source === '(unknown)') continue;
      const key = `${script.group}\n${source}`;
      seen.set(key, [...(seen.get(key) ?? []), script.file]);
    }
  }
  return [...seen]
    .filter(([, files]) => files.length > 1)
    .map(([key, files]) => ({ source: key.split('\n')[1]!, files }))
    .sort((a, b) => a.source.localeCompare(b.source));
}

/** Source modules found in more than one group (e.g. both in `background.js` and in the pages' chunks). */
export function modulesInGroups(scripts: readonly ScriptSources[]): Array<{ source: string; groups: string[] }> {
  const groups = new Map<string, Set<string>>();
  for (const script of scripts) {
    for (const source of script.sources) {
      if (source === '(unmapped)' || source === '(unknown)') continue;
      groups.set(source, (groups.get(source) ?? new Set()).add(script.group));
    }
  }
  return [...groups]
    .filter(([, found]) => found.size > 1)
    .map(([source, found]) => ({ source, groups: [...found].sort() }))
    .sort((a, b) => a.source.localeCompare(b.source));
}

/** The table row of the duplication check: how many modules sit in two chunks of one build (budget: none). */
export function duplicatedRow(duplicated: readonly DuplicatedModule[]): Row {
  return { id: 'bundle-duplicated-modules', label: 'Modules duplicated between chunks (not shared)', unit: 'modules', value: duplicated.length };
}
