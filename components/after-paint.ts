/**
 * Runs `callback` right after the next frame is painted: in a task posted from a
 * `requestAnimationFrame` callback, i.e. once the frame's style, layout and paint are done.
 * For work a page's first screen does not need before it shows (issue 7): the popup asking the
 * service worker to refresh from ClockMe.
 * @returns a function that cancels the call if it has not run yet.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timeout = setTimeout(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timeout);
  };
}
