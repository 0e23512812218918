import { defineContentScript } from '#imports';
import { startContent } from '@/utils/platforms/content-main';
import { meetAdapter } from '@/utils/platforms/meet';
import meta from '@/utils/platforms/meet/meta';

export default defineContentScript({
  matches: [...meta.matches],
  runAt: 'document_idle',
  // The overlay's CSS goes into its shadow root, never into Meet's page.
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startContent(meetAdapter, ctx);
  },
});
