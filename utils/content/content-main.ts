/**
 * Everything a platform's content script does, given its adapter and the overlay's mount: say hello, run
 * the adapter through `runAdapter` with the overlay, and show the end-of-call card. The card is an extension page in an
 * iframe (`reflection.html?card`), so the prompt engine stays out of the content-script bundle and the
 * page talks to the background as an extension page.
 */
import { type ContentScriptContext, createIframeUi } from '#imports';
import { isCardMessage } from '@/utils/content-messages';
import { captureSkeleton } from '@/utils/diagnostics/capture';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { sendMessage } from '@/utils/send-message';
import { createMessagingBridge } from './messaging-bridge';
import type { MountOverlay } from './overlay-client';
import { runAdapter } from './run-adapter';

export interface ContentOptions {
  /**
   * The overlay view's mount (components/overlay/mount.ts). The entrypoint passes it in: nothing under
   * `utils/` imports `components/` (tests/unit/layers.test.ts).
   */
  mountOverlay: MountOverlay<ContentScriptContext>;
  /** The platform's call-controls toolbar, which the overlay never covers. */
  toolbar?: () => Element | null;
  /** The platform's docked side panels (people, chat), which the overlay keeps clear of while open. */
  sidePanels?: () => readonly Element[];
}

export async function startContent(
  adapter: PlatformAdapter,
  ctx: ContentScriptContext,
  opts: ContentOptions,
) {
  void sendMessage({ type: 'cs:ready', platform: adapter.id }).catch(() => {});
  const bridge = createMessagingBridge(adapter.id);
  let card: { remove(): void } | null = null;
  return runAdapter(adapter, ctx, {
    bridge,
    capture: () =>
      captureSkeleton(document, {
        platform: adapter.id,
        frames: adapter.meetingFrames,
        version: (
          globalThis as { chrome?: { runtime?: { getManifest?(): { version: string } } } }
        ).chrome?.runtime?.getManifest?.().version,
      }),
    ui: {
      mountOverlay: (client) => {
        card?.remove();
        card = null;
        return opts.mountOverlay(ctx, {
          platform: adapter.id,
          client,
          toolbarSelector: opts.toolbar,
          sidePanels: opts.sidePanels,
        });
      },
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
    },
  });
}
