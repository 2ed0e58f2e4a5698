/**
 * A screen in its own chunk that can be loaded before it is rendered. React.lazy alone always
 * suspends on its first render, even when the chunk is already there; once a Suspense fallback
 * has been shown, React holds the content back until 300 ms after it (its fallback throttle).
 * On a cold start that was most of the wait for the desk's form. The entry preloads the screen
 * of the route being opened (`preloadFirstScreen` in src/app/App.tsx) and renders once it is there, so the
 * first screen mounts without a fallback; a later navigation still loads through React.lazy.
 */
import { createElement, lazy, type ComponentProps, type ComponentType, type ReactElement } from 'react';

export interface LazyScreen<P> {
  (props: P): ReactElement;
  /** Loads the chunk; afterwards the screen renders without suspending. */
  preload(): Promise<void>;
}

// Typed as React.lazy is: any component, its props taken from it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyScreen<C extends ComponentType<any>>(load: () => Promise<{ default: C }>): LazyScreen<ComponentProps<C>> {
  type P = ComponentProps<C>;
  let loaded: C | undefined;
  let loading: Promise<{ default: C }> | undefined;
  const loadOnce = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        loading = undefined; // a failed chunk may load on the next try
        throw error;
      },
    ));
  const Lazy = lazy(loadOnce);
  const Screen = (props: P) => createElement((loaded ?? Lazy) as ComponentType<P>, props);
  Screen.preload = () => loadOnce().then(() => undefined);
  return Screen;
}

/** A screen in the first load, with the same face as a lazy one. */
export function eagerScreen<P extends object>(Component: ComponentType<P>): LazyScreen<P> {
  const Screen = (props: P) => createElement(Component, props);
  Screen.preload = () => Promise.resolve();
  return Screen;
}
