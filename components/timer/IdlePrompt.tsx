import { useState } from 'react';
import { idlePromptItem } from '@/utils/storage';
import { Alert, useAlertMessage } from '../Alert';
import { lazyPart } from '../lazy-part';
import { useStorageItem } from '../use-storage-item';

/** The question's own chunk: most opens of the popup have none. Preloaded by the popup when one waits as it opens. */
export const IdleQuestionPart = lazyPart(() => import('./IdleQuestion').then((module) => module.IdleQuestion));

/**
 * The idle question (idle detection, options page): "You were away from 10:02 to 10:44 (42 min).
 * What should happen to that time?" with **Keep**, **Discard idle time** and **Stop at idle
 * start**, answered by the service worker (`resolveIdle`; see `IdleQuestion`). It is announced
 * when it appears (a polite live region, always in the page), puts the keyboard on Keep (the
 * answer that changes nothing), says what was done once answered, and shows a failure in an alert.
 * @param timeZone for tests; the person's own by default.
 */
export function IdlePrompt({ timeZone }: { timeZone?: string }) {
  const prompt = useStorageItem(idlePromptItem);
  const [done, setDone] = useState('');
  const [error, setError] = useAlertMessage();
  return (
    <>
      {/* Always in the page, so the question is announced when it appears. */}
      <div aria-live="polite">{prompt ? <IdleQuestionPart.Part prompt={prompt} timeZone={timeZone} onDone={setDone} onError={setError} /> : done && <p className="status">{done}</p>}</div>
      <Alert message={error} />
    </>
  );
}
