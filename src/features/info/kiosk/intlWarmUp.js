/*
 * Warms the date formatting of a new renderer process in a worker thread, while the kiosk page's
 * own scripts still load (served as /intl-warm-up.js by the plugin in vite.config.ts; an `async`
 * classic script at the top of kiosk.html's head, and, with the same file, the worker it starts).
 *
 * The first Intl date or number formatter a browser's renderer process makes loads ICU's data:
 * 34-174 ms at 4x CPU throttling (a slow tablet's speed) in a new renderer, 0.3-3 ms after any
 * thread of that process made one (BENCHMARKS.md, section 1). A tablet's browser starts a new
 * renderer after every restart (a power cut), and the kiosk's first screen formats times (the
 * clock, "as of" on each card) before anyone sees it. Made here in a worker, that load runs on
 * another core while the main thread parses and runs the modules, and the main thread's first
 * formatter finds it done: 1.5 ms instead of 55-85 (medians, kiosk starts in a new renderer at
 * 4x), and the live card came 14 to 68 ms sooner (median 46) in five comparisons
 * (BENCHMARKS.md, section 1).
 */
(function () {
  'use strict';
  var TIME_ZONE = 'Europe/Amsterdam';
  var KEY = 'noodsteunpunt-intl-warmed';
  if (typeof document === 'undefined') {
    // The worker: the formatters the kiosk's first screen makes (keep in step with formatTime and
    // formatDateTime in src/i18n/core.ts and amsterdamDay in src/features/info/time.ts).
    try {
      var now = Date.now();
      new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(now);
      new Intl.DateTimeFormat('de-DE', { timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(now);
      new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
    } finally {
      close();
    }
    return;
  }
  // Once per tab: a tab that loads the kiosk again (a reload, a return from the desk) usually does
  // so in the same renderer, where the data is loaded already, and the worker then cost the start
  // 20 ms (a new thread and its isolate, on the same 2 cores). A new tab, or a browser started
  // again, begins with an empty sessionStorage.
  try {
    if (sessionStorage.getItem(KEY)) return;
    sessionStorage.setItem(KEY, '1');
    new Worker(document.currentScript.src);
  } catch {
    // No worker (an old browser, a CSP without worker-src): the first formatter loads ICU itself.
  }
})();
