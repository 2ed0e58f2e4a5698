/**
 * useLiveQuery (dexie-react-hooks) without Dexie in the first load. The module with the
 * database and Dexie (src/db/live.ts) is imported on first use, after the first render, and
 * from then on the query is a Dexie live query like any other: it runs again whenever a write
 * (in this tab or another) touches what it read. `initial` until its first result; after a
 * change of `deps` the previous result stays until the new one arrives, as with useLiveQuery.
 * A failing query throws in render, to the screen's error boundary, as useLiveQuery does.
 */
import { useEffect, useState, type DependencyList } from 'react';
import { afterNextPaint } from '../../app/idle';

export type LiveDb = typeof import('../../db/live');

let loading: Promise<LiveDb> | undefined;
let loaded: LiveDb | undefined;

/** The live database module (loaded once; a failed load, say a chunk gone after an update, is tried again next time). */
export function loadLiveDb(): Promise<LiveDb> {
  loading ??= import('../../db/live').then(
    (live) => (loaded = live),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export function useLiveDb<T>(querier: (live: LiveDb) => Promise<T> | T, deps: DependencyList): T | undefined;
export function useLiveDb<T, D>(querier: (live: LiveDb) => Promise<T> | T, deps: DependencyList, initial: D): T | D;
export function useLiveDb<T, D>(querier: (live: LiveDb) => Promise<T> | T, deps: DependencyList, initial?: D): T | D | undefined {
  const [state, setState] = useState<{ value: T | D | undefined; error?: unknown }>({ value: initial });
  useEffect(() => {
    let active = true;
    let subscription: { unsubscribe(): void } | undefined;
    // Not in the effects of the first screen's commit: the database module (Dexie and its
    // chunks) first loads after that screen has been drawn; its queries fill in a frame later.
    (loaded ? Promise.resolve(loaded) : afterNextPaint().then(loadLiveDb)).then(
      (live) => {
        if (!active) return;
        subscription = live.liveQuery(() => querier(live)).subscribe({
          next: (value) => setState({ value }),
          error: (error: unknown) => setState((current) => ({ value: current.value, error })),
        });
      },
      (error: unknown) => {
        if (active) setState((current) => ({ value: current.value, error }));
      },
    );
    return () => {
      active = false;
      subscription?.unsubscribe();
    };
    // The querier is a new function on every render; `deps` says when it means something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  if (state.error !== undefined) throw state.error;
  return state.value;
}
