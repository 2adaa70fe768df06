import { useEffect, useState } from 'react';

/** The current time (epoch ms), re-read every `periodMs` (default 1 s) while the component is mounted. */
export function useNow(periodMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    // A re-render trigger only: the shown time is always now − startedAt, never a count of ticks.
    const id = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(id);
  }, [periodMs]);
  return now;
}
