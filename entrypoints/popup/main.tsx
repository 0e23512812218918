/**
 * The popup's first script, kept tiny: it asks the background for what the popup shows (one message,
 * answered while the page paints) and loads the components only after the static shell in popup.html
 * has been painted.
 *
 * Why wait for the load event and then the first paint (measured in `npm run bench`, popup.bench.ts):
 * Chrome shows an action popup only once its page has loaded, and a page paints only when its main thread
 * is free. Loading the components before `load` delayed the load event by the fetch and compile of the
 * whole module graph (and the stylesheet their import adds); loading them right after `load` held the
 * first frame back by the same work. Either way the popup appeared about 50 ms later, with nothing more
 * on screen to show for it.
 */
import { sendMessage } from '@/utils/send-message';

const summary = sendMessage({ type: 'ui:popup' });
// Handled where it is used (the panel and the switch); this only keeps an early failure from being
// reported as unhandled before they attach.
summary.catch(() => {});

/**
 * Fallback for a first paint that does not come: a page opened in a hidden tab paints nothing until it is
 * shown, and a browser without Paint Timing never reports it. Long enough for a popup to be shown (Chrome
 * does that some 30–50 ms after its load event), short enough that a hidden page is ready when shown.
 */
const PAINT_WAIT_MS = 300;

function loaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => addEventListener('load', () => resolve(), { once: true }));
}

/**
 * Resolves once the page has had its first contentful paint. Not by `visibilityState` or
 * `requestAnimationFrame`: a popup's page is still hidden at its load event, and becomes visible only when
 * Chrome shows it.
 */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, PAINT_WAIT_MS);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No Paint Timing: the timer decides.
    }
  });
}

void loaded()
  .then(painted)
  .then(() => import('./app'))
  .then(({ mountPopup }) => mountPopup(document.getElementById('app')!, summary));
