import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveEntries } from './bundle';
import { bytesByPackage, bytesBySource, findDuplicatedModules, modulesInGroups, projectPath, type DuplicatedModule, type RawSourceMap, type ScriptSources } from './sourcemap';

/**
 * Bytes by package per entry, and the chunk-duplication check, from the source-map build
 * (`WXT_SOURCEMAP=1`; its sizes are not the ones reported, which come from the plain build).
 */

/** One package's part of an entry's JavaScript: minified bytes, their share, and the gzip bytes (level 9) in proportion. */
export interface PackageShare {
  name: string;
  bytes: number;
  share: number;
  gzipEstimate: number;
}

/** One entry's JavaScript loaded at once, by package. */
export interface EntryAttribution {
  entry: string;
  /** Minified JavaScript bytes the entry loads at once. */
  bytes: number;
  /** The ten largest packages. */
  top: PackageShare[];
}

/** Bytes by package per entry, and the duplication check. */
export interface AttributionReport {
  entries: EntryAttribution[];
  /** Modules found in two chunks of the same build (should be none: shared code belongs in a shared chunk). */
  duplicated: DuplicatedModule[];
  /** Modules bundled both into the service worker and into the pages (separate builds; for information). */
  inWorkerAndPages: string[];
}

interface ScriptInfo {
  file: string;
  bytes: number;
  gzip: number;
  bySource: Map<string, number>;
}

async function readScript(dir: string, file: string, projectRoot: string): Promise<ScriptInfo> {
  // The map comment is no part of the shipped size (release builds have none).
  const code = (await readFile(path.join(dir, file), 'utf8')).replace(/\n?\/\/# sourceMappingURL=.*\s*$/, '');
  const mapFile = path.join(dir, `${file}.map`);
  const map = JSON.parse(await readFile(mapFile, 'utf8').catch(() => {
    throw new Error(`${file} has no source map: build with WXT_SOURCEMAP=1.`);
  })) as RawSourceMap;
  const bySource = new Map<string, number>();
  for (const [source, size] of bytesBySource(code, map)) {
    const name = source.startsWith('(') ? source : projectPath(mapFile, map, source, projectRoot);
    bySource.set(name, (bySource.get(name) ?? 0) + size);
  }
  return { file, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, bySource };
}

/** Attributes each entry's at-once JavaScript to packages, and checks that no module sits in two chunks. */
export async function attributeBundle(dir: string, projectRoot: string): Promise<AttributionReport> {
  const entries = await resolveEntries(dir);
  const scripts = new Map<string, ScriptInfo>();
  const groups = new Map<string, string>();
  for (const { entry, onOpen, lazy } of entries) {
    for (const file of [...onOpen, ...lazy].filter((f) => f.endsWith('.js'))) {
      if (!scripts.has(file)) scripts.set(file, await readScript(dir, file, projectRoot));
      groups.set(file, entry === 'background' ? 'background' : 'pages');
    }
  }
  const attributions = entries.map(({ entry, onOpen }) => {
    const packages = new Map<string, { bytes: number; gzip: number }>();
    let bytes = 0;
    for (const script of onOpen.filter((f) => f.endsWith('.js')).map((f) => scripts.get(f)!)) {
      const total = [...script.bySource.values()].reduce((a, b) => a + b, 0) || 1;
      for (const [name, size] of bytesByPackage(script.bySource)) {
        const sum = packages.get(name) ?? { bytes: 0, gzip: 0 };
        packages.set(name, { bytes: sum.bytes + size, gzip: sum.gzip + (size / total) * script.gzip });
        bytes += size;
      }
    }
    const top = [...packages]
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .slice(0, 10)
      .map(([name, size]) => ({ name, bytes: size.bytes, share: size.bytes / (bytes || 1), gzipEstimate: Math.round(size.gzip) }));
    return { entry, bytes, top };
  });
  const sources: ScriptSources[] = [...scripts.values()].map((script) => ({ file: script.file, group: groups.get(script.file)!, sources: [...script.bySource.keys()] }));
  return { entries: attributions, duplicated: findDuplicatedModules(sources), inWorkerAndPages: modulesInGroups(sources).map((m) => m.source) };
}
