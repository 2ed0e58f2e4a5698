import { useEffect } from 'react';

/**
 * The public must not leave the kiosk without the PIN. The back gesture or button (a popstate)
 * is undone before the router sees it: this listener runs in the capture phase, before the
 * router's, and puts the kiosk back. The first tap also asks for full screen, which hides the
 * browser's address bar (a tablet's own lock, Guided Access or screen pinning, does the rest).
 */
export function useKioskLock(path: string): void {
  useEffect(() => {
    const guard = (event: PopStateEvent) => {
      if (window.location.pathname === path) return;
      event.stopImmediatePropagation();
      window.history.pushState(null, '', path);
    };
    const goFullscreen = () => {
      if (document.fullscreenEnabled && !document.fullscreenElement) {
        document.documentElement.requestFullscreen().catch(() => undefined);
      }
    };
    window.addEventListener('popstate', guard, { capture: true });
    window.addEventListener('pointerdown', goFullscreen, { once: true });
    return () => {
      window.removeEventListener('popstate', guard, { capture: true });
      window.removeEventListener('pointerdown', goFullscreen);
    };
  }, [path]);
}
