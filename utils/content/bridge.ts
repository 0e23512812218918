/**
 * What a content script needs from the rest of the extension, as one interface: its settings, a way to
 * deliver event batches, and the few writes the overlay makes. The real implementation talks to the
 * background through `utils/messages.ts` (content scripts never open the database: their IndexedDB
 * would belong to the meeting site); tests use an in-memory one.
 */
import type { AckLanguageProfile } from '@/utils/acks/auto-language';
import type { AckLanguage, AckLanguageCode } from '@/utils/acks/languages';
import type { SendEvents } from '@/utils/content/event-batcher';
import type { ResumeTicket } from '@/utils/content/lifecycle';
import type { HealthReport } from '@/utils/diagnostics/health';
import type { Platform } from '@/utils/meeting/events';
import type { SeriesSettings } from '@/utils/store/series';
import type {
  AckLanguageSetting,
  NudgeSettings,
  OverlayDefault,
  OverlayPosition,
} from '@/utils/store/settings-defaults';

export type CallStatus = 'recording' | 'paused' | 'never' | 'idle' | 'off';

export interface ContentConfig {
  /** The global switch in the popup. */
  tracking: boolean;
  /** This platform's switch in options. */
  platformEnabled: boolean;
  /** Meeting codes never to record. */
  neverTrack: string[];
  overlayDefault: OverlayDefault;
  nudges: NudgeSettings;
  /** `language`: a code, or `auto` (follow the caption language: utils/acks/auto-language.ts). */
  acks: { enabled: boolean; language: AckLanguageSetting };
  /** Where the user last left the overlay on this platform. */
  position: OverlayPosition | null;
  /** The intention set in the reflection after the last call. */
  intention: string | null;
  /** Role and personal targets per meeting series (utils/store/series.ts); absent from older senders. */
  series?: Record<string, SeriesSettings>;
}

export interface ContentBridge {
  getConfig(platform: Platform): Promise<ContentConfig>;
  sendEvents: SendEvents;
  /** Adds or removes a meeting code; adding with a session id also discards what that session recorded. */
  setNeverTrack(code: string, on: boolean, sessionId?: string): Promise<void>;
  savePosition(platform: Platform, position: OverlayPosition): Promise<void>;
  /** Drives the toolbar badge for this tab. */
  setStatus(status: CallStatus): void;
  onConfigChanged(cb: (config: ContentConfig) => void): void;
  /** The `toggle-overlay` keyboard command, relayed by the background. */
  onToggleOverlay(cb: () => void): void;
  /** The adapter's per-signal health, for the options page's health view. */
  reportHealth(report: HealthReport): void;
  /** The health view asks this tab for an anonymised page sample (made by the call runtime, loaded on demand). */
  onCaptureRequest(cb: () => string | Promise<string>): void;
  /** Opens the health view (the overlay's "Details" link). */
  openHealth(): void;
  /**
   * The acknowledgement rules for one language, loaded on demand so the content script carries only the one
   * in use; null if it cannot be loaded. Absent in tests, which register the tables by importing them.
   */
  loadAckLanguage?(code: AckLanguageCode): Promise<AckLanguage | null>;
  /** Every language's stopwords and caption names, for the automatic choice; [] if they cannot be loaded. */
  loadAckProfiles?(): Promise<AckLanguageProfile[]>;
  /**
   * The session an earlier copy of this script was recording in this tab (orphaned by an extension
   * update mid-call), to join instead of starting a second meeting; null if none (lifecycle.ts).
   */
  resumeSession?(platform: Platform): Promise<ResumeTicket | null>;
}
