import type { BrowserContext } from '@playwright/test';
import { within } from './wait';

/**
 * When an extension page is ready, measured the same way for our pages and the floors: an init
 * script watches the DOM (a MutationObserver, and a check at start) for a ready condition, and
 * once it holds records `performance.now()` (ms since navigation start) after the next frame is
 * produced: a `requestAnimationFrame` callback, then a `MessageChannel` message, which runs once
 * that frame has been painted. Playwright's init scripts do reach `chrome-extension://` pages.
 */

/** `idle`: an enabled "Start timer" button. `running`: a `role="timer"` showing `H:MM:SS`. `options`: an enabled input labelled "API key". */
export type ReadyCondition = 'idle' | 'running' | 'options';

/** The words the conditions look for (from `locales/en.yml`). */
export interface ReadyWords {
  start: string;
  keyLabel: string;
}

/**
 * The init script (JavaScript source, not a function: tsx would add helpers to a serialised
 * function). It installs `window.__clockmeBench` on extension pages only.
 */
export function readyProbeSource(words: ReadyWords): string {
  return `(() => {
  if (location.protocol !== 'chrome-extension:' || window.__clockmeBench) return;
  const words = ${JSON.stringify(words)};
  const text = (el) => (el.textContent || '').trim();
  const some = (list, test) => Array.prototype.some.call(list, test);
  const conditions = {
    idle: () => some(document.getElementsByTagName('button'), (b) => text(b) === words.start && !b.disabled),
    running: () => some(document.querySelectorAll('[role="timer"]'), (el) => /\\d:\\d\\d/.test(text(el))),
    options: () => some(document.getElementsByTagName('label'), (l) => text(l) === words.keyLabel && l.control instanceof HTMLInputElement && !l.control.disabled && !l.control.readOnly),
  };
  const found = {};
  const waiting = {};
  const afterNextFrame = (name) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      found[name].painted = performance.now();
      for (const resolve of waiting[name] || []) resolve(found[name]);
    };
    channel.port2.postMessage(null);
  });
  const check = () => {
    for (const name of Object.keys(conditions)) {
      if (!found[name] && conditions[name]()) {
        found[name] = { detected: performance.now(), painted: null };
        afterNextFrame(name);
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  check();
  const paintOf = (entry) => entry ? { startTime: entry.startTime, paintTime: typeof entry.paintTime === 'number' ? entry.paintTime : null } : null;
  Object.defineProperty(window, '__clockmeBench', { value: {
    ready: (name) => new Promise((resolve) => {
      if (found[name] && found[name].painted !== null) resolve(found[name]);
      else (waiting[name] = waiting[name] || []).push(resolve);
    }),
    firstContentfulPaint: (timeoutMs) => new Promise((resolve) => {
      const entry = () => performance.getEntriesByName('first-contentful-paint')[0];
      if (entry()) return resolve(paintOf(entry()));
      const observer = new PerformanceObserver(() => { if (entry()) { observer.disconnect(); resolve(paintOf(entry())); } });
      observer.observe({ type: 'paint', buffered: true });
      setTimeout(() => { observer.disconnect(); resolve(paintOf(entry())); }, timeoutMs);
    }),
  } });
})();`;
}

/** Installs the ready probe in every page `context` opens from now on. */
export async function installReadyProbe(context: BrowserContext, words: ReadyWords): Promise<void> {
  await context.addInitScript({ content: readyProbeSource(words) });
}

/** One page open, in ms since its navigation start. */
export interface OpenTiming {
  /** The ready condition painted (the figure). */
  readyMs: number;
  /** The condition first held (before the frame showing it). */
  detectedMs: number;
  /** Chrome's first-contentful-paint `startTime` (presentation), if it came within 1 s. */
  fcpMs: number | null;
  /** Its `paintTime` (the rendering update), where Chromium reports it. */
  fcpPaintMs: number | null;
}

interface Probe {
  ready(name: ReadyCondition): Promise<{ detected: number; painted: number }>;
  firstContentfulPaint(timeoutMs: number): Promise<{ startTime: number; paintTime: number | null } | null>;
}

/**
 * Opens `url` in a new tab, waits until `condition` is painted, reads first-contentful-paint,
 * and closes the tab.
 * @throws Error when the page is not ready within `timeoutMs` (ms).
 */
export async function timeOpen(context: BrowserContext, url: string, condition: ReadyCondition, timeoutMs = 15_000): Promise<OpenTiming> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const ready = await within(
      page.evaluate((name) => (window as unknown as { __clockmeBench: Probe }).__clockmeBench.ready(name), condition),
      timeoutMs,
      `${url} to show its ready condition "${condition}"`,
    );
    const fcp = await page.evaluate(() => (window as unknown as { __clockmeBench: Probe }).__clockmeBench.firstContentfulPaint(1000));
    return { readyMs: ready.painted, detectedMs: ready.detected, fcpMs: fcp?.startTime ?? null, fcpPaintMs: fcp?.paintTime ?? null };
  } finally {
    await page.close();
  }
}
