/**
 * A server resource on screen: fetched on mount, again whenever the pulse cursor moves (the
 * server has news) and on an optional timer. The last good data stays on screen when a
 * refetch fails; the error says why.
 */
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod/mini';
import { apiGet, type DashboardApiError } from './api';
import { useDashboard } from './store';

export interface Resource<T> {
  data: T | undefined;
  error: DashboardApiError | undefined;
  reload: () => void;
}

export function useResource<S extends z.ZodMiniType>(path: string | null, schema: S, intervalMs?: number): Resource<z.infer<S>> {
  const cursor = useDashboard((state) => state.cursor);
  const [reloads, setReloads] = useState(0);
  const [result, setResult] = useState<{ path: string | null; data?: z.infer<S>; error?: DashboardApiError }>({ path });

  useEffect(() => {
    if (!path) return;
    let cancelled = false;
    apiGet(path, schema).then(
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
  }, [path, schema, cursor, reloads]);

  useEffect(() => {
    if (!intervalMs) return;
    const timer = setInterval(() => setReloads((count) => count + 1), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);

  const reload = useCallback(() => setReloads((count) => count + 1), []);
  return { data: result.data, error: result.error, reload };
}
