import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { entryFiles, htmlEntryFiles } from './bundle-graph';
import { formatValue, type Row } from './rows';

/**
 * Sizes of the built extension (the plain production build): per entry, the JavaScript and CSS
 * it loads at once and lazily, each file gzipped on its own with zlib level 9 (bytes), and the
 * packed `.zip`'s size.
 */

/** A built file: its size and its gzip size (zlib level 9), in bytes. */
export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

/** What one entry (`popup`, `options`, `background`) loads. */
export interface EntryBundle {
  entry: string;
  onOpen: SizedFile[];
  lazy: SizedFile[];
}

/** The sizes of one build: per entry, the shared files, the packed zip and the folder (bytes). */
export interface BundleReport {
  entries: EntryBundle[];
  /** Files loaded by more than one page entry (counted in each entry's total, shown once as shared). */
  shared: string[];
  /** The packed extension (`wxt zip`), bytes. */
  zipBytes: number;
  /** Every file of the output folder, bytes uncompressed. */
  folderBytes: number;
}

interface Manifest {
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  background?: { service_worker?: string };
}

/** The entries of the built manifest: name → first files (relative to the output folder). */
export async function manifestEntries(dir: string): Promise<Array<{ entry: string; first: string[] }>> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const pages: Array<[string, string | undefined]> = [
    ['popup', manifest.action?.default_popup],
    ['options', manifest.options_ui?.page ?? manifest.options_page],
  ];
  const entries = await Promise.all(
    pages.filter((page): page is [string, string] => Boolean(page[1])).map(async ([entry, html]) => ({ entry, first: htmlEntryFiles(html, await readFile(path.join(dir, html), 'utf8')) })),
  );
  const worker = manifest.background?.service_worker;
  return worker ? [...entries, { entry: 'background', first: [worker] }] : entries;
}

/** Resolves every entry's files (at once and lazily) in a build folder. */
export async function resolveEntries(dir: string): Promise<Array<{ entry: string; onOpen: string[]; lazy: string[] }>> {
  const texts = new Map<string, string>();
  for (const file of await listFiles(dir)) if (file.endsWith('.js')) texts.set(file, await readFile(path.join(dir, file), 'utf8'));
  const read = (file: string) => {
    const text = texts.get(file);
    if (text === undefined) throw new Error(`The build imports ${file}, which is not in ${dir}.`);
    return text;
  };
  return (await manifestEntries(dir)).map(({ entry, first }) => ({ entry, ...entryFiles(first, read) }));
}

/** Every file under `dir`, relative, with `/` separators. */
export async function listFiles(dir: string, under = ''): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(path.join(dir, under), { withFileTypes: true })) {
    const relative = under ? `${under}/${item.name}` : item.name;
    if (item.isDirectory()) found.push(...(await listFiles(dir, relative)));
    else found.push(relative);
  }
  return found;
}

async function sized(dir: string, file: string): Promise<SizedFile> {
  const content = await readFile(path.join(dir, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** Measures the extension in `dir` (its `chrome-mv3` folder) and the packed `zipFile`. */
export async function measureBundle(dir: string, zipFile: string): Promise<BundleReport> {
  const resolved = await resolveEntries(dir);
  const entries = await Promise.all(
    resolved.map(async ({ entry, onOpen, lazy }) => ({
      entry,
      onOpen: await Promise.all(onOpen.map((file) => sized(dir, file))),
      lazy: await Promise.all(lazy.map((file) => sized(dir, file))),
    })),
  );
  const pageFiles = resolved.filter((e) => e.entry !== 'background').map((e) => new Set([...e.onOpen, ...e.lazy]));
  const shared = [...new Set(pageFiles.flatMap((files) => [...files]))].filter((file) => pageFiles.filter((files) => files.has(file)).length > 1).sort();
  let folderBytes = 0;
  for (const file of await listFiles(dir)) folderBytes += (await stat(path.join(dir, file))).size;
  return { entries, shared, zipBytes: (await stat(zipFile)).size, folderBytes };
}

const gzipOf = (files: readonly SizedFile[], ext: string, keep: (file: string) => boolean = () => true) =>
  files.filter((f) => f.file.endsWith(ext) && keep(f.file)).reduce((sum, f) => sum + f.gzip, 0);

/** The table rows of a bundle report (gzip level 9 bytes; the zip as packed). */
export function bundleRows(report: BundleReport): Row[] {
  const rows: Row[] = [];
  const isShared = (file: string) => report.shared.includes(file);
  for (const { entry, onOpen, lazy } of report.entries) {
    const name = entry[0]!.toUpperCase() + entry.slice(1);
    const js = gzipOf(onOpen, '.js');
    const sharedJs = gzipOf(onOpen, '.js', isShared);
    const split = sharedJs > 0 ? ` (own ${formatValue('bytes', js - sharedJs)} + shared ${formatValue('bytes', sharedJs)})` : '';
    rows.push({ id: `bundle-${entry}-js${entry === 'background' ? '' : '-open'}`, label: `${name} JS${entry === 'background' ? '' : ' loaded on open'}, gzip${split}`, unit: 'bytes', value: js });
    if (lazy.length > 0) rows.push({ id: `bundle-${entry}-js-total`, label: `${name} JS incl. lazy chunks, gzip`, unit: 'bytes', value: js + gzipOf(lazy, '.js') });
    const css = gzipOf(onOpen, '.css');
    if (css > 0) rows.push({ id: `bundle-${entry}-css`, label: `${name} CSS, gzip`, unit: 'bytes', value: css });
  }
  rows.push({ id: 'bundle-zip', label: `Packed .zip (folder ${formatValue('bytes', report.folderBytes)} unpacked)`, unit: 'bytes', value: report.zipBytes });
  return rows;
}
