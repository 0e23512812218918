/**
 * The popup's first script, kept tiny: it asks the background for what the popup shows (one message,
 * answered while the rest loads) and lets the browser paint the static shell in popup.html before the
 * components are loaded and rendered. A new page's first frame comes only when its main thread is free;
 * loading, compiling and rendering the components before it would hold the first paint back by all of
 * that work.
 */
import '@/components/popup/popup.css';
import { sendMessage } from '@/utils/send-message';

const summary = sendMessage({ type: 'ui:popup' });
// Handled where it is used (the panel and the switch); this only keeps an early failure from being
// reported as unhandled before they attach.
summary.catch(() => {});

/** Resolves after the next frame has been painted (at once when the page is hidden and paints nothing). */
function afterNextPaint(): Promise<void> {
  if (document.visibilityState !== 'visible') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

// Loading and compiling start now, off the main thread; the render waits for the shell's first frame.
const app = import('./app');
void afterNextPaint()
  .then(() => app)
  .then(({ mountPopup }) => mountPopup(document.getElementById('app')!, summary));
