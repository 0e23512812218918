import { defineContentScript } from '#imports';
import { startContent } from '@/utils/content/content-main';
import { findSidePanels, findToolbar, meetAdapter } from '@/utils/platforms/meet';
import meta from '@/utils/platforms/meet/meta';

// The loader: the adapter and the lifecycle only. The overlay, model and capture code are in
// content-call.js, which the background runs in this tab once a call starts (utils/content/call-runtime.ts).
export default defineContentScript({
  matches: [...meta.matches],
  runAt: 'document_idle',
  // The overlay's CSS is inlined into its shadow root by the call runtime (components/overlay/mount.ts),
  // never into Meet's page, and no stylesheet is web-accessible.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // The overlay never covers the call controls or an open side panel; both are re-found on each measure.
    await startContent(meetAdapter, ctx, {
      toolbar: () => findToolbar(document),
      sidePanels: () => findSidePanels(document),
    });
  },
});
