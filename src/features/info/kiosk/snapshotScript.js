/*
 * Shows the public info screen's last screen again while the page starts (kiosk.html only,
 * served minified as /kiosk-snapshot.js by the plugin in vite.config.ts). A classic script,
 * not a module, and not bundled: it runs as soon as the parser reaches it, before the page's
 * modules have even been compiled. React's first render replaces what it
 * puts in #root. The snapshot is written by src/features/info/kiosk/snapshot.ts (keep the two
 * in step); it is used only for the same point, the same build's styles, the same screen size
 * and the same day in Amsterdam, and anything else (or anything unreadable) is ignored.
 */
(function () {
  'use strict';
  var KEY = 'noodsteunpunt-kiosk-snapshot';
  var SESSION_KEY = 'noodsteunpunt-session';
  var TIME_ZONE = 'Europe/Amsterdam';
  try {
    var root = document.getElementById('root');
    var text = localStorage.getItem(KEY);
    if (!root || !text || root.firstChild) return;
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
})();
