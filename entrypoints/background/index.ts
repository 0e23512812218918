import { defineBackground } from '#imports';
import { startBackground } from '@/utils/background/main';

export default defineBackground({
  type: 'module',
  // Firefox MV2 only (MV3 has no persistent background): an event page, which Firefox unloads when idle and
  // wakes for the next message, like Chrome's service worker. Without it Firefox keeps a persistent page.
  persistent: false,
  main() {
    startBackground();
  },
});
