/**
 * The one place a page shows a failure: a `role="alert"` region, always in the DOM so screen
 * readers announce new text, empty when there is nothing to say.
 */
export function Alert({ message }: { message: string | null | undefined }) {
  return (
    <div role="alert" className="alert" hidden={!message}>
      {message}
    </div>
  );
}
