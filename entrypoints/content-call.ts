import { defineUnlistedScript } from '#imports';
import { mountOverlay } from '@/components/overlay/mount';
import { provideCallRuntime } from '@/utils/content/call-runtime';
import { createCallRuntime } from '@/utils/content/create-call-runtime';

/**
 * The call runtime of every platform's content script, run by the background in a meeting tab when the
 * loader reports a call (`cs:load-call`). Not web-accessible: a page cannot fetch or probe it. It only hands
 * its factory to the loader in the same isolated world; without a loader there, nothing happens.
 */
export default defineUnlistedScript(() => {
  provideCallRuntime(createCallRuntime(mountOverlay));
});
