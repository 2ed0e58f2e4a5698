/**
 * A server resource on screen: fetched on mount, again whenever the pulse cursor moves (the
 * server has news) and on an optional timer. The last good data stays on screen when a
 * refetch fails; the error says why.
 */
import { useCallback, useEffect, useState } from 'react';
import { apiGet, type DashboardApiError } from './api';
import { useDashboard } from './store';

export interface Resource<T> {
  data: T | undefined;
  error: DashboardApiError | undefined;
  reload: () => void;
}

export function useResource<T>(path: string | null, intervalMs?: number): Resource<T> {
  const cursor = useDashboard((state) => state.cursor);
  const [reloads, setReloads] = useState(0);
  const [result, setResult] = useState<{ path: string | null; data?: T; error?: DashboardApiError }>({ path });

  useEffect(() => {
    if (!path) return;
    let cancelled = false;
    apiGet<T>(path).then(
      (data) => {
        if (!cancelled) setResult({ path, data });
      },
      (error: DashboardApiError) => {
        if (!cancelled) setResult((previous) => ({ path, data: previous.data, error }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [path, cursor, reloads]);

  useEffect(() => {
    if (!intervalMs) return;
    const timer = setInterval(() => setReloads((count) => count + 1), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);

  const reload = useCallback(() => setReloads((count) => count + 1), []);
  return { data: result.data, error: result.error, reload };
}
