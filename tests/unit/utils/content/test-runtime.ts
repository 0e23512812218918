/**
 * A call runtime for lifecycle tests (utils/content/call-runtime.ts): the real pipeline and
 * acknowledgement-language choice, with the overlay and end card given by the test. Loaded at once.
 */
import { createAckLanguageController } from '@/utils/content/ack-language';
import { createCallPipeline } from '@/utils/content/call-pipeline';
import type { CallRuntime } from '@/utils/content/call-runtime';
import type { OverlayHandle } from '@/utils/content/overlay-client';

export interface TestUi {
  mountOverlay(client: unknown): Promise<OverlayHandle>;
  showEndCard?(sessionId: string): void;
}

export function testRuntime(ui: TestUi): () => Promise<CallRuntime> {
  const runtime: CallRuntime = {
    createPipeline: createCallPipeline,
    createAckLanguage: (bridge, uiLocale) => createAckLanguageController(bridge, uiLocale),
    mountOverlay: (client) => ui.mountOverlay(client),
    showEndCard: (id) => ui.showEndCard?.(id),
    capture: () => '',
  };
  return () => Promise.resolve(runtime);
}
