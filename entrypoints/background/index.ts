import { defineBackground } from '#imports';
import { startBackground } from '@/utils/background/main';

export default defineBackground({
  type: 'module',
  main() {
    startBackground();
  },
});
