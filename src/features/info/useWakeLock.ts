import { useEffect } from 'react';

/**
 * Keeps the screen on while the component is shown (Screen Wake Lock API, where the browser
 * has it). The browser drops the lock whenever the page is hidden, so it is asked for again
 * each time the page becomes visible.
 */
export function useWakeLock(): void {
  useEffect(() => {
    const wakeLock = typeof navigator !== 'undefined' ? navigator.wakeLock : undefined;
    if (!wakeLock) return;
    let sentinel: WakeLockSentinel | undefined;
    let active = true;

    async function acquire() {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const lock = await wakeLock!.request('screen');
        if (active) sentinel = lock;
        else void lock.release();
      } catch (error) {
        // Refused (battery saver, no user gesture yet): the screen may dim; nothing else breaks.
        console.warn('Screen wake lock refused', error);
      }
    }

    const onVisibilityChange = () => void acquire();
    document.addEventListener('visibilitychange', onVisibilityChange);
    void acquire();
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onVisibilityChange);
      void sentinel?.release();
    };
  }, []);
}
