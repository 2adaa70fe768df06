import { useCallback, useState } from 'react';

/** A message for an {@link Alert}; `seq` changes on every show, so an identical text is announced again. */
export interface AlertMessage {
  text: string;
  seq: number;
}

/** State for one {@link Alert}: the message and `show(text | null)` to set or clear it. */
export function useAlertMessage(): [AlertMessage | null, (text: string | null) => void] {
  const [message, setMessage] = useState<AlertMessage | null>(null);
  const show = useCallback((text: string | null) => setMessage((previous) => (text === null ? null : { text, seq: (previous?.seq ?? 0) + 1 })), []);
  return [message, show];
}

/**
 * The one place a page shows a failure: a `role="alert"` region that stays in the DOM and in the
 * accessibility tree (empty when there is nothing to say, and then not drawn), so screen readers
 * announce each new message; a repeated message is re-inserted so it is announced again.
 */
export function Alert({ message, id }: { message: AlertMessage | string | null | undefined; id?: string }) {
  const text = typeof message === 'string' ? message : message?.text;
  const seq = typeof message === 'string' ? 0 : message?.seq;
  return (
    <div role="alert" id={id} className="alert">
      {text && <span key={seq}>{text}</span>}
    </div>
  );
}
