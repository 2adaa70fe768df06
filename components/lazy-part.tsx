import { lazy, Suspense, useState, type ComponentType } from 'react';

/** A part of a page in a chunk of its own; see {@link lazyPart}. */
export interface LazyPart<P extends object> {
  /** Renders the part; until its chunk has loaded, nothing (a Suspense fallback of `null`). */
  Part: ComponentType<P>;
  /** Loads the chunk (once); a part rendered after this resolves shows at once, in the same paint. */
  preload: () => Promise<unknown>;
}

/**
 * A part of a page that is not needed on most opens (the popup's "Log time" form, idle question,
 * key form), loaded on demand so the JavaScript a page loads to paint stays small (issue 7:
 * popup ≤ 80 KB gzip). `load` is `() => import('./X').then((module) => module.X)`.
 *
 * Unlike a bare `React.lazy`, a part whose chunk was preloaded renders synchronously: a page that
 * knows it will show the part (e.g. an idle question waiting when the popup opens) preloads it
 * before its first render, so nothing appears a frame later.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));

  function Part(props: P) {
    // Chosen once per mount: switching from `Lazy` to the loaded component would remount it and lose its state.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return (
      <Suspense fallback={null}>
        <Shown {...props} />
      </Suspense>
    );
  }
  return { Part, preload };
}
