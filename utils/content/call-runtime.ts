/**
 * The two halves of a content script (issue 20: a 25 KB guest before a call).
 *
 * - The **loader** is the declared content script (`entrypoints/<platform>.content`): the platform adapter
 *   (whose own phase reading is the "is a call in progress?" check, and which must watch the lobby to learn
 *   the user's pre-join name), the lifecycle in `run-adapter.ts`, the messaging bridge. Nothing else.
 * - The **call runtime** (`entrypoints/content-call.ts`, one file for every platform) holds the meeting
 *   model, the pipeline, acknowledgement detection, the overlay (Preact), the end-of-call card and the
 *   page-sample capture. It is loaded the first time a call starts (or a page sample is asked for).
 *
 * How it loads: the loader asks the background (`cs:load-call`), which runs `content-call.js` in the same
 * tab and frame with `scripting.executeScript({ files })` (Firefox MV2: `tabs.executeScript`). An injected
 * file runs in the extension's own isolated world of that frame (Chrome) / the same content-script sandbox
 * (Firefox), so it hands the loader its factory through that world's global object, which the page cannot
 * see. Chosen over a content-script `import()` because that needs the chunk listed in
 * `web_accessible_resources`: any page on the matched hosts could then probe a fixed
 * `chrome-extension://<id>/…` URL to learn that Rapport is installed (MV3's `use_dynamic_url` hides it, but
 * WXT bundles content scripts as one IIFE each and would have to be worked around for the chunk). An
 * injected file needs no web-accessible entry at all; the cost is the `scripting` permission (no install
 * warning) and one message round trip when a call starts, during which the adapter's events wait in the
 * loader (`run-adapter.ts`), stamped with their own times.
 */
import type { Platform } from '@/utils/meeting/events';
import type { SelectorChain } from '@/utils/platforms/dom';
import { sendMessage } from '@/utils/send-message';
import type { AckLanguageController } from './ack-language';
import type { ContentBridge } from './bridge';
import type { CallPipeline, PipelineOptions } from './call-pipeline';
import type { OverlayClient, OverlayHandle } from './overlay-client';

/** What the lifecycle needs once a call is in progress. */
export interface CallRuntime {
  createPipeline(opts: PipelineOptions): CallPipeline;
  /**
   * The acknowledgement-language choice (ack-language.ts), registering the tables it loads in the runtime's
   * own registry: the loader has none, and a module in the loader's bundle is a different copy from the
   * runtime's.
   */
  createAckLanguage(
    bridge: Pick<ContentBridge, 'loadAckLanguage' | 'loadAckProfiles'>,
    uiLocale: string | undefined,
  ): AckLanguageController;
  mountOverlay(client: OverlayClient): Promise<OverlayHandle>;
  /** Shown on the platform's end screen once the background has finalised the meeting. */
  showEndCard(sessionId: string): void;
  /** An anonymised sample of the meeting page (diagnostics). */
  capture(): string;
}

/** What the loader knows of its platform and page, for the runtime. */
export interface CallEnv<Ctx> {
  ctx: Ctx;
  platform: Platform;
  /** Same-origin frames that hold the meeting UI (inlined into page samples). */
  frames?: SelectorChain;
  toolbar?: () => Element | null;
  sidePanels?: () => readonly Element[];
}

export type CallRuntimeFactory<Ctx> = (env: CallEnv<Ctx>) => CallRuntime;

declare const __RAPPORT_BUILD__: string | undefined;

/**
 * The handoff's name in the isolated world. It carries the build, so that after an update the new loader
 * never picks up the runtime an older version left in the same world.
 */
const KEY = `__rapportCallRuntime:${typeof __RAPPORT_BUILD__ === 'string' ? __RAPPORT_BUILD__ : 'dev'}`;

type Global = Record<string, unknown>;

/** Called by `content-call.js` when it runs. */
export function provideCallRuntime<Ctx>(factory: CallRuntimeFactory<Ctx>): void {
  (globalThis as Global)[KEY] = factory;
}

let loading: Promise<CallRuntimeFactory<unknown>> | null = null;

/** The runtime's factory: injected on first use (one `cs:load-call`), then kept. A failed load is retried next time. */
export function loadCallRuntime<Ctx>(
  request: () => Promise<unknown> = () => sendMessage({ type: 'cs:load-call' }),
): Promise<CallRuntimeFactory<Ctx>> {
  const present = (globalThis as Global)[KEY] as CallRuntimeFactory<Ctx> | undefined;
  if (present) return Promise.resolve(present);
  loading ??= request().then(() => {
    const f = (globalThis as Global)[KEY] as CallRuntimeFactory<unknown> | undefined;
    if (!f) throw new Error('Rapport: the call runtime did not load');
    return f;
  });
  const p = loading;
  p.catch(() => {
    if (loading === p) loading = null;
  });
  return p as Promise<CallRuntimeFactory<Ctx>>;
}
