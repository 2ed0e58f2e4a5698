// @vitest-environment jsdom
/**
 * useLiveDb: a Dexie live query whose database module loads after the first render. It starts
 * with its initial value, then follows every write; a change of its inputs queries again and
 * keeps the previous answer until the new one is there; a failing query reaches the screen's
 * error boundary, as with dexie-react-hooks.
 */
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db';
import { useLiveDb } from '../../src/features/common/useLiveDb';

beforeEach(async () => {
  await db.settings.clear();
});
afterEach(() => cleanup());

describe('useLiveDb', () => {
  it('first loads the database after the first screen has been drawn, and later without waiting for a frame', async () => {
    vi.resetModules(); // a page where the database module has not been loaded yet
    const fresh = await import('../../src/features/common/useLiveDb');
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    try {
      const querier = vi.fn(() => 7);
      const first = renderHook(() => fresh.useLiveDb(querier, [], -1));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(querier).not.toHaveBeenCalled();
      expect(first.result.current).toBe(-1);

      for (const frame of frames.splice(0)) frame(performance.now()); // the frame is drawn
      await waitFor(() => expect(first.result.current).toBe(7));

      const again = vi.fn(() => 8);
      const second = renderHook(() => fresh.useLiveDb(again, [], -1));
      await waitFor(() => expect(second.result.current).toBe(8));
      expect(frames).toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });

  it('gives the initial value first, then the answer, then every change', async () => {
    const { result } = renderHook(() => useLiveDb(({ db }) => db.settings.count(), [], -1));
    expect(result.current).toBe(-1); // the first render does not wait for the database
    await waitFor(() => expect(result.current).toBe(0));
    await act(() => db.settings.put({ key: 'collectNames', value: true, updatedAt: 'x' }));
    await waitFor(() => expect(result.current).toBe(1));
  });

  it('asks again when its inputs change, keeping the last answer meanwhile', async () => {
    await db.settings.bulkPut([
      { key: 'collectNames', value: true, updatedAt: 'x' },
      { key: 'lockAfterMinutes', value: 10, updatedAt: 'x' },
    ]);
    const { result, rerender } = renderHook(({ key }) => useLiveDb(async ({ db }) => (await db.settings.get(key))?.value, [key]), {
      initialProps: { key: 'collectNames' as 'collectNames' | 'lockAfterMinutes' },
    });
    await waitFor(() => expect(result.current).toBe(true));
    rerender({ key: 'lockAfterMinutes' });
    expect(result.current).toBe(true);
    await waitFor(() => expect(result.current).toBe(10));
  });

  it('sends a failing query to the error boundary', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
      state: { error?: Error } = {};
      static getDerivedStateFromError(error: Error) {
        return { error };
      }
      render() {
        return this.state.error ? <p data-testid="caught">{this.state.error.message}</p> : this.props.children;
      }
    }
    function Broken() {
      const value = useLiveDb(async () => {
        throw new Error('kapot');
      }, []);
      return <p>{String(value)}</p>;
    }
    render(
      <Boundary>
        <Broken />
      </Boundary>,
    );
    expect((await screen.findByTestId('caught')).textContent).toBe('kapot');
    errors.mockRestore();
  });
});
