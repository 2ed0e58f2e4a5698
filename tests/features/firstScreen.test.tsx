// @vitest-environment jsdom
/**
 * Deferred start-up work (sync engine, service worker, prefetches) waits for the screen a
 * person opened, and never longer than the time limit when a screen does not say it is up.
 */
import { cleanup, render } from '@testing-library/react';
import { Suspense, lazy, type ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type FirstScreen = typeof import('../../src/app/firstScreen');
let firstScreen: FirstScreen;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.resetModules();
  firstScreen = await import('../../src/app/firstScreen');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('work after the first screen', () => {
  it('starts once the screen inside a Suspense boundary is there, not when its fallback shows', async () => {
    const task = vi.fn();
    firstScreen.afterFirstScreen(task);
    let release: () => void = () => {};
    const Screen = lazy(
      () =>
        new Promise<{ default: () => ReactElement }>((resolve) => {
          release = () => resolve({ default: () => <p>registration form</p> });
        }),
    );
    const { ScreenShown } = firstScreen;
    const view = render(
      <Suspense fallback={<p>…</p>}>
        <Screen />
        <ScreenShown />
      </Suspense>,
    );
    await flush();
    expect(view.container.textContent).toBe('…');
    expect(task).not.toHaveBeenCalled();

    release();
    await vi.waitFor(() => expect(view.container.textContent).toBe('registration form'));
    await vi.advanceTimersByTimeAsync(600); // jsdom has no requestIdleCallback: the fallback timer
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('starts at the latest after the time limit when no screen says it is up', async () => {
    const task = vi.fn();
    firstScreen.afterFirstScreen(task);
    await vi.advanceTimersByTimeAsync(2900);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(700);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('shows the parts that can wait (the operator button) once the page is idle after the screen, not at its commit', async () => {
    const { ScreenShown, useAfterFirstScreen } = firstScreen;
    function Later() {
      return useAfterFirstScreen() ? <p>operator</p> : null;
    }
    const view = render(
      <>
        <p>registration form</p>
        <ScreenShown />
        <Later />
      </>,
    );
    await flush();
    expect(view.container.textContent).toBe('registration form');
    await vi.advanceTimersByTimeAsync(600); // jsdom has no requestIdleCallback: the fallback timer
    expect(view.container.textContent).toBe('registration formoperator');
  });

  it('asks the browser to keep the data once the first screen is up, not before the first render', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persist } });
    try {
      const { beforeFirstRender } = await import('../../src/app/boot');
      beforeFirstRender();
      await flush();
      expect(persist).not.toHaveBeenCalled();
      render(<firstScreen.ScreenShown />);
      await vi.advanceTimersByTimeAsync(600); // jsdom has no requestIdleCallback: the fallback timer
      expect(persist).toHaveBeenCalledTimes(1);
    } finally {
      delete (navigator as { storage?: unknown }).storage;
    }
  });
});
