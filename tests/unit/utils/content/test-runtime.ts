/**
 * A call runtime for lifecycle tests (utils/content/call-runtime.ts): the real pipeline and
 * acknowledgement-language choice, with the overlay and end card given by the test. Loaded at once.
 */
import { ackLanguageProfile } from '@/utils/acks/auto-language';
import type { AckLanguage } from '@/utils/acks/languages/types';
import { createAckLanguageController } from '@/utils/content/ack-language';
import type { ContentBridge, ContentConfig } from '@/utils/content/bridge';
import { createCallPipeline } from '@/utils/content/call-pipeline';
import type { CallRuntime } from '@/utils/content/call-runtime';
import type { EventsMessage } from '@/utils/content/event-batcher';
import type { OverlayHandle } from '@/utils/content/overlay-client';
import type { MeetingEvent } from '@/utils/meeting/events';

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

/**
 * A content bridge for automatic-language tests: tracking on, acknowledgements `auto`, every event sent
 * kept in `sent`, and the background's tables (`cs:ack-language`) and profiles (`cs:ack-profiles`) served
 * from `tables`, each request logged in `asked` ('profiles' or the code).
 */
export function ackLanguageBridge(tables: Record<string, AckLanguage>) {
  const asked: string[] = [];
  const sent: MeetingEvent[] = [];
  const config: ContentConfig = {
    tracking: true,
    platformEnabled: true,
    neverTrack: [],
    overlayDefault: 'collapsed',
    nudges: { selfMonologue: false, silentParticipant: false },
    acks: { enabled: true, language: 'auto' },
    position: null,
    intention: null,
  };
  const bridge: ContentBridge = {
    getConfig: async () => config,
    sendEvents: async (m: EventsMessage) => {
      sent.push(...(m.events as MeetingEvent[]));
      const last = m.firstSeq + m.events.length - 1;
      return { durableSeq: last, appliedSeq: last };
    },
    setNeverTrack: async () => {},
    savePosition: async () => {},
    setStatus: () => {},
    onConfigChanged: () => {},
    onToggleOverlay: () => {},
    reportHealth: () => {},
    onCaptureRequest: () => {},
    openHealth: () => {},
    loadAckLanguage: async (code) => {
      asked.push(code);
      return tables[code] ?? null;
    },
    loadAckProfiles: async () => {
      asked.push('profiles');
      return Object.values(tables).map(ackLanguageProfile);
    },
  };
  return { bridge, asked, sent };
}
