/**
 * Everything a platform's content script does before a call, given its adapter: say hello, run the adapter
 * through `runAdapter`, and load the call runtime (overlay, model, acknowledgements, end-of-call card,
 * page samples) only when a call starts or a page sample is asked for (see call-runtime.ts). The card is an
 * extension page in an iframe (`reflection.html?card`), so the prompt engine stays out of both bundles and
 * the page talks to the background as an extension page.
 */
import type { ContentScriptContext } from '#imports';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { sendMessage } from '@/utils/send-message';
import { type CallRuntime, loadCallRuntime } from './call-runtime';
import { createMessagingBridge } from './messaging-bridge';
import { runAdapter } from './run-adapter';

export interface ContentOptions {
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
  let runtime: Promise<CallRuntime> | null = null;
  const callRuntime = () => {
    runtime ??= loadCallRuntime<ContentScriptContext>().then((make) =>
      make({
        ctx,
        platform: adapter.id,
        frames: adapter.meetingFrames,
        toolbar: opts.toolbar,
        sidePanels: opts.sidePanels,
      }),
    );
    const p = runtime;
    p.catch(() => {
      if (runtime === p) runtime = null;
    });
    return p;
  };
  return runAdapter(adapter, ctx, { bridge, runtime: callRuntime });
}
