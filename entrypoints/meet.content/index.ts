import { defineContentScript } from '#imports';
import { startContent } from '@/utils/platforms/content-main';
import { meetAdapter } from '@/utils/platforms/meet';

export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  runAt: 'document_idle',
  // The overlay's CSS goes into its shadow root, never into Meet's page.
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startContent(meetAdapter, ctx);
  },
});
