/**
 * The call runtime (see call-runtime.ts): everything a content script needs only once a call is in
 * progress. Built into `content-call.js` by `entrypoints/content-call.ts`, which passes in the overlay's
 * mount (nothing under `utils/` imports `components/`).
 */
import { type ContentScriptContext, createIframeUi } from '#imports';
import { isCardMessage } from '@/utils/content-messages';
import { captureSkeleton } from '@/utils/diagnostics/capture';
import { createAckLanguageController } from './ack-language';
import { createCallPipeline } from './call-pipeline';
import type { CallEnv, CallRuntime, CallRuntimeFactory } from './call-runtime';
import type { MountOverlay } from './overlay-client';

export function createCallRuntime(
  mountOverlay: MountOverlay<ContentScriptContext>,
): CallRuntimeFactory<ContentScriptContext> {
  return (env: CallEnv<ContentScriptContext>): CallRuntime => {
    const { ctx } = env;
    let card: { remove(): void } | null = null;
    return {
      createPipeline: createCallPipeline,
      createAckLanguage: (bridge, uiLocale) => createAckLanguageController(bridge, uiLocale),
      mountOverlay(client) {
        card?.remove();
        card = null;
        return mountOverlay(ctx, {
          platform: env.platform,
          client,
          toolbarSelector: env.toolbar,
          sidePanels: env.sidePanels,
        });
      },
      capture: () =>
        captureSkeleton(document, {
          platform: env.platform,
          frames: env.frames,
          version: (
            globalThis as { chrome?: { runtime?: { getManifest?(): { version: string } } } }
          ).chrome?.runtime?.getManifest?.().version,
        }),
      showEndCard(sessionId) {
        card?.remove();
        const ui = createIframeUi(ctx, {
          // The query and hash select card mode and the meeting; the path is the entrypoint.
          page: `/reflection.html?card=1#${encodeURIComponent(sessionId)}` as '/reflection.html',
          position: 'overlay',
          alignment: 'top-right',
          zIndex: 2147483000,
          anchor: 'body',
          onMount(wrapper, iframe) {
            wrapper.style.cssText = 'position:fixed;top:16px;right:16px;width:380px;height:480px;';
            iframe.style.cssText = 'width:100%;height:100%;border:0;border-radius:12px;color-scheme:normal;';
            iframe.title = 'Rapport reflection';
          },
        });
        ui.mount();
        card = ui;
        // The card page asks to be closed (dismiss) by messaging its parent frame's extension context.
        const onMessage = (e: MessageEvent) => {
          if (e.source === ui.iframe.contentWindow && isCardMessage(e.data)) {
            ui.remove();
            window.removeEventListener('message', onMessage);
            if (card === ui) card = null;
          }
        };
        window.addEventListener('message', onMessage);
      },
    };
  };
}
