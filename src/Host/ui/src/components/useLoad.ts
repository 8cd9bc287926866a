import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Loads data for a page and reloads it on demand; the error is kept for the page to show, never swallowed. Only the
 * latest load's answer is kept: a slower earlier one (the unfiltered list, before a search) must not overwrite it.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  // The caller names in deps what the loader reads, as with useEffect.
  const run = useCallback(load, deps);

  const reload = useCallback(async () => {
    const call = ++latest.current;
    setLoading(true);
    try {
      const answer = await run();
      if (call !== latest.current) return;
      setData(answer);
      setError(null);
    } catch (e) {
      if (call === latest.current) setError(e);
    } finally {
      if (call === latest.current) setLoading(false);
    }
  }, [run]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, setData, error, loading, reload };
}
