/*
 * The popup's only script before it is shown (plain JavaScript, copied as is). The build
 * (`popupBootAfterPaint` in wxt.config.ts) puts it in popup.html and moves the page's real module entry
 * into `<template id="rapport-popup-entry">`, where it is inert: not fetched, not run.
 *
 * Why: Chrome shows an action popup only once its page has loaded, and a page paints only when its main
 * thread is free. Every script the page loads before its load event (and each file such a module imports)
 * delays the load event, and so the popup, by a fetch; work done right after it delays the first frame.
 * So this one small file waits for the load event and the first contentful paint (the static shell in
 * popup.html), and only then puts the entry's script tag into the page, which loads the components and
 * renders over the shell. Measured in bench/popup.bench.ts.
 */
(() => {
  const template = document.getElementById('rapport-popup-entry');
  if (!(template instanceof HTMLTemplateElement)) throw new Error('Rapport popup: no entry to load');
  // A page in a hidden tab paints nothing until it is shown, and a browser without Paint Timing never
  // reports the paint: after this long the entry loads regardless (a popup is shown some 30–50 ms after
  // its load event).
  const PAINT_WAIT_MS = 300;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // A script imported from the template into this document runs when it is connected.
    document.head.append(document.importNode(template.content, true));
  };
  const afterPaint = () => {
    const timer = setTimeout(start, PAINT_WAIT_MS);
    try {
      const observer = new PerformanceObserver((list) => {
        if (!list.getEntriesByName('first-contentful-paint').length) return;
        observer.disconnect();
        clearTimeout(timer);
        start();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No Paint Timing: the timer decides.
    }
  };
  if (document.readyState === 'complete') afterPaint();
  else addEventListener('load', afterPaint, { once: true });
})();
