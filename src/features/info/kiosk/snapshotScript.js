/*
 * Shows the public info screen's last screen again when the page is slow to start (kiosk.html
 * only, served minified as /kiosk-snapshot.js by the plugin in vite.config.ts; an `async`
 * classic script, not a module and not bundled, so it never waits for the modules and they
 * never wait for it). React's first render replaces what it puts in #root.
 *
 * Only when the live screen is not there SHOW_AFTER_MS after the navigation began. Drawn at
 * once, the last screen's style, layout and paint came first on the same main thread and the
 * live screen after them: on a tablet's speed (4x CPU throttling) the live card came 9-15 %
 * later (BENCHMARKS.md section 1). A normal start draws the live card before then, once; a
 * slow one (a tablet just woken, a database slow to open) shows the last screen instead of an
 * empty one.
 *
 * The snapshot is written by src/features/info/kiosk/snapshot.ts (keep the two in step); it is
 * used only for the same point, the same build's styles, the same screen size and the same day
 * in Amsterdam, and anything else (or anything unreadable) is ignored.
 */
(function () {
  'use strict';
  /** After the navigation began (performance.now()'s origin), ms. */
  var SHOW_AFTER_MS = 500;
  var KEY = 'noodsteunpunt-kiosk-snapshot';
  var SESSION_KEY = 'noodsteunpunt-session';
  var TIME_ZONE = 'Europe/Amsterdam';
  var wait = SHOW_AFTER_MS - performance.now();
  if (wait > 0) setTimeout(show, wait);
  else show();

  function show() {
    try {
      var root = document.getElementById('root');
      // React has drawn the live screen already (a normal start): nothing to read or do.
      if (!root || root.firstChild) return;
      var text = localStorage.getItem(KEY);
      if (!text) return;
      var snapshot = JSON.parse(text);
      var session = JSON.parse(localStorage.getItem(SESSION_KEY) || '{}').state || {};
      var css = Array.prototype.map.call(document.querySelectorAll('link[rel="stylesheet"]'), function (link) {
        return new URL(link.href, document.baseURI).pathname;
      });
      var now = Date.now();
      var day = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
      var same =
        snapshot &&
        snapshot.v === 1 &&
        typeof snapshot.html === 'string' &&
        session.site &&
        snapshot.site === session.site.id &&
        Array.isArray(snapshot.css) &&
        snapshot.css.join(' ') === css.join(' ') &&
        snapshot.width === window.innerWidth &&
        snapshot.height === window.innerHeight &&
        snapshot.day === day;
      if (!same) return;
      if (session.language) document.documentElement.lang = session.language;
      if (session.theme) document.documentElement.dataset.theme = session.theme;
      var holder = document.createElement('div');
      holder.setAttribute('data-kiosk-snapshot', '');
      holder.setAttribute('aria-hidden', 'true');
      holder.inert = true; // no handlers yet: a tap must not focus a dead button
      holder.innerHTML = snapshot.html;
      var clocks = holder.querySelectorAll('.kiosk-clock');
      var time = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(now);
      for (var i = 0; i < clocks.length; i += 1) clocks[i].textContent = time;
      root.appendChild(holder);
    } catch {
      // Unreadable (storage blocked, a damaged entry): the page starts as it would without one.
      try {
        localStorage.removeItem(KEY);
      } catch {
        /* nothing more to do */
      }
    }
  }
})();
