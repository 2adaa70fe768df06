import type { BrowserContext, ConsoleMessage, Page, Request, Worker } from '@playwright/test';
import type { CanarySearch } from './canary';

/**
 * Feeds a {@link CanarySearch} with what a browser shows and sends: every console message and
 * uncaught error of every page and service worker, every request (pages' and service workers'),
 * the pages' DOM and text, and every storage area an extension page can read.
 */

/** Where a console message came from: the page's or worker's file, e.g. `popup.html`, `background.js`. */
function source(message: ConsoleMessage): string {
  const url = message.page()?.url() ?? message.worker()?.url() ?? message.location().url;
  return url.replace(/^chrome-extension:\/\/[a-p]{32}\//, '') || 'unknown';
}

/**
 * Watches `context` from now on: console messages (text and every argument's value), uncaught
 * errors of pages (`weberror`) and requests of pages and service workers (URL, body, every
 * header). A request may carry the key only as `Authorization: Bearer <key>` to `apiOrigin`:
 * those headers are counted in `allowed`, not searched.
 */
export function watchBrowser(context: BrowserContext, search: CanarySearch, apiOrigin: string): { allowed: { authorization: number } } {
  const allowed = { authorization: 0 };
  context.on('console', (message) => {
    const where = `console.${message.type()} (${source(message)})`;
    search.add(where, message.text());
    search.later(Promise.all(message.args().map((arg) => arg.jsonValue().then((value: unknown) => search.add(`${where} argument`, JSON.stringify(value))))));
  });
  // Service workers' console messages reach the context's 'console' too; their own event is watched as well.
  const watchWorker = (worker: Worker) => worker.on('console', (message) => search.add(`worker console.${message.type()} (${source(message)})`, message.text()));
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  context.on('weberror', (webError) => search.add(`uncaught error (${webError.page()?.url() ?? 'unknown page'})`, `${webError.error().message}\n${webError.error().stack ?? ''}`));
  context.on('request', (request: Request) => {
    const where = `request ${request.method()} ${request.url().slice(0, 80)}`;
    search.add(`${where} URL`, request.url());
    search.add(`${where} body`, request.postData());
    search.later(
      request.allHeaders().then((headers) => {
        for (const [name, value] of Object.entries(headers)) {
          if (name === 'authorization' && value === `Bearer ${search.key}` && new URL(request.url()).origin === apiOrigin) allowed.authorization += 1;
          else search.add(`${where} header ${name}`, value);
        }
      }),
    );
  });
  return { allowed };
}

/** What {@link instrumentWorker} recorded in the service worker. */
export interface WorkerRecords {
  notifications: Array<{ method: string; args: unknown[] }>;
  errors: string[];
}

/**
 * Installs recorders in the service worker behind `worker`: every `chrome.notifications.create`
 * and `update` call (their text can't be read back through Chrome's API) and every uncaught error
 * and unhandled rejection (Playwright reports neither for service workers). Read them with
 * {@link readWorkerRecords} before the worker is stopped: a restarted worker has none.
 */
export async function instrumentWorker(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __canaryWatch?: WorkerRecords; browser?: { notifications?: object } };
    if (scope.__canaryWatch) return;
    const records: WorkerRecords = { notifications: [], errors: [] };
    scope.__canaryWatch = records;
    const apis = new Set([chrome.notifications, scope.browser?.notifications].filter(Boolean) as Array<Record<string, unknown>>);
    for (const api of apis) {
      for (const method of ['create', 'update']) {
        const original = api[method] as (...args: unknown[]) => unknown;
        api[method] = (...args: unknown[]) => {
          records.notifications.push({ method, args: JSON.parse(JSON.stringify(args.filter((arg) => typeof arg !== 'function'))) as unknown[] });
          return original.apply(api, args);
        };
      }
    }
    self.addEventListener('error', (event) => records.errors.push(`${event.message}\n${(event.error as Error | undefined)?.stack ?? ''}`));
    self.addEventListener('unhandledrejection', (event) => records.errors.push(`unhandled rejection: ${String((event.reason as Error | undefined)?.stack ?? event.reason)}`));
  });
}

/** The records {@link instrumentWorker} installed, or `null` when this worker has none (it was restarted). */
export async function readWorkerRecords(worker: Worker): Promise<WorkerRecords | null> {
  const read = worker.evaluate(() => (globalThis as unknown as { __canaryWatch?: WorkerRecords }).__canaryWatch ?? null);
  // The handle of a stopped worker never answers.
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000));
  return Promise.race([read, timeout]);
}

/** Every storage area, read through an extension page. */
export interface AllStorage {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  session: Record<string, unknown>;
  /** The page's origin's `localStorage` and this tab's `sessionStorage`. */
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  /** Every IndexedDB database with every record of every object store. */
  indexedDB: Array<{ name: string; stores: Record<string, unknown[]> }>;
  /** The names of the origin's Cache Storage caches. */
  caches: string[];
  cookie: string;
}

/** Reads every storage area `page` (an extension page) can see. */
export async function readAllStorage(page: Page): Promise<AllStorage> {
  return page.evaluate(async () => {
    const indexed: AllStorage['indexedDB'] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const store of Array.from(db.objectStoreNames)) {
        stores[store] = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        });
      }
      db.close();
      indexed.push({ name, stores });
    }
    return {
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
      localStorage: { ...localStorage },
      sessionStorage: { ...sessionStorage },
      indexedDB: indexed,
      caches: await caches.keys(),
      cookie: document.cookie,
    };
  });
}

/**
 * Adds every storage item to the search except `storage.local` `apiKey` (the one place the key
 * belongs), which is returned for the test to check.
 */
export function searchStorage(search: CanarySearch, label: string, storage: AllStorage): unknown {
  for (const area of ['local', 'sync', 'session', 'localStorage', 'sessionStorage'] as const) {
    for (const [item, value] of Object.entries(storage[area])) {
      if (area !== 'local' || item !== 'apiKey') search.add(`${label}: ${area} "${item}"`, JSON.stringify(value));
    }
  }
  search.add(`${label}: IndexedDB`, JSON.stringify(storage.indexedDB));
  search.add(`${label}: Cache Storage`, JSON.stringify(storage.caches));
  search.add(`${label}: cookies`, storage.cookie);
  return storage.local.apiKey;
}

/**
 * Adds what every open page shows to the search: its title, visible text, whole DOM
 * (`page.content()`) and the value of every form field.
 */
export async function searchPages(search: CanarySearch, label: string, context: BrowserContext): Promise<void> {
  for (const page of context.pages()) {
    if (page.isClosed()) continue;
    const where = `${label}: ${page.url().replace(/^chrome-extension:\/\/[a-p]{32}\//, '')}`;
    search.add(`${where} title`, await page.title());
    search.add(`${where} visible text`, await page.evaluate(() => document.body?.innerText ?? ''));
    search.add(`${where} DOM`, await page.content());
    search.add(`${where} form fields`, JSON.stringify(await page.evaluate(() => Array.from(document.querySelectorAll('input, textarea, select'), (field) => (field as HTMLInputElement).value))));
  }
}
