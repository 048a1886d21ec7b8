import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`, so "waiting for 3 hours" keeps counting while the page is open. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}
