import { defineContentScript } from '#imports';
import { mountOverlay } from '@/components/overlay/mount';
import { startContent } from '@/utils/content/content-main';
import { findSidePanels, findToolbar, meetAdapter } from '@/utils/platforms/meet';
import meta from '@/utils/platforms/meet/meta';

export default defineContentScript({
  matches: [...meta.matches],
  runAt: 'document_idle',
  // The overlay's CSS goes into its shadow root, never into Meet's page.
  cssInjectionMode: 'ui',
  async main(ctx) {
    // The overlay never covers the call controls or an open side panel; both are re-found on each measure.
    await startContent(meetAdapter, ctx, {
      mountOverlay,
      toolbar: () => findToolbar(document),
      sidePanels: () => findSidePanels(document),
    });
  },
});
