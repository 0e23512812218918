import { defineContentScript } from '#imports';
import { startContent } from '@/utils/content/content-main';
import { findSidePanels, findToolbar, zoomAdapter } from '@/utils/platforms/zoom';
import meta from '@/utils/platforms/zoom/meta';

// The loader: the adapter and the lifecycle only (see entrypoints/meet.content/index.ts).
export default defineContentScript({
  // The top frame only: the adapter reaches into the same-origin `iframe#webclient` itself and re-finds
  // it when Zoom replaces it (see utils/platforms/zoom/observer.ts), and the overlay belongs on top.
  matches: [...meta.matches],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // The overlay never covers the footer's controls or an open participants/chat pane (re-found each time,
    // through the web-client frame when there is one).
    await startContent(zoomAdapter, ctx, {
      toolbar: () => findToolbar(document),
      sidePanels: () => findSidePanels(document),
    });
  },
});
