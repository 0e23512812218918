/**
 * The overlay's words, a typed façade over `_locales/<lang>/messages.json` (keys `ovl…`), so every key the
 * overlay uses is named here once and call sites stay `S.waiting`. Getters read the message when rendered;
 * this runs in the content script, where `getMessage` is synchronous and the JSON is never bundled.
 * Functions take already-formatted figures; names are substituted as text and rendered in text nodes.
 */
import { isolate } from '@/utils/bidi';
import { formatDuration, MINUTE_MS } from '@/utils/duration';
import { t, tn } from '@/utils/i18n';

/** Health lines the overlay can show, as `<signal>_<state>`; anything else has no line. */
const HEALTH = new Set([
  'speaking_broken',
  'speaking_not_visible',
  'captions_not_visible',
  'captions_broken',
  'camera_broken',
  'camera_not_visible',
  'participants_broken',
  'participants_not_visible',
  'self_broken',
  'self_not_visible',
  'phase_broken',
  'chat_broken',
]);
export const OVERLAY_HEALTH_KEYS: readonly string[] = [...HEALTH].map((k) => `ovlHealth_${k}`);

export type BalanceLevel = 'even' | 'uneven' | 'very_uneven' | 'unknown';
export type CoverageWhat = 'speaking' | 'camera' | 'captions' | 'participants';

export const S = {
  get appName() {
    return t('ovlAppName');
  },
  get you() {
    return t('ovlYou');
  },
  get youSuffix() {
    return t('ovlYouSuffix');
  },
  get fair() {
    return t('ovlFair');
  },
  get waiting() {
    return t('ovlWaiting');
  },
  get recording() {
    return t('ovlRecording');
  },
  get paused() {
    return t('ovlPaused');
  },
  get notTracked() {
    return t('ovlNotTracked');
  },
  get openPanel() {
    return t('ovlOpenPanel');
  },
  get collapse() {
    return t('ovlCollapse');
  },
  get hide() {
    return t('ovlHide');
  },
  get callTime() {
    return t('ovlCallTime');
  },
  balance: (level: BalanceLevel) => t(`ovlBalance_${level}`),
  get shareUnknownReason() {
    return t('ovlShareUnknownReason');
  },
  get pausedBanner() {
    return t('ovlPausedBanner');
  },
  get notSaved() {
    return t('ovlNotSaved');
  },
  get storageFullBanner() {
    return t('ovlStorageFullBanner');
  },
  get storageFailingBanner() {
    return t('ovlStorageFailingBanner');
  },
  get neverTrackedBanner() {
    return t('ovlNeverTrackedBanner');
  },
  get intention() {
    return t('ovlIntention');
  },
  get pause() {
    return t('ovlPause');
  },
  get healthDetails() {
    return t('ovlHealthDetails');
  },
  get resume() {
    return t('ovlResume');
  },
  get neverTrack() {
    return t('ovlNeverTrack');
  },
  get undoNeverTrack() {
    return t('ovlUndoNeverTrack');
  },
  get acknowledge() {
    return t('ovlAcknowledge');
  },
  // The visible text leads the accessible name (WCAG 2.5.3), the name tells rows apart for screen readers.
  acknowledgeLabel: (name: string) => t('ovlAcknowledgeLabel', isolate(name)),
  get noted() {
    return t('ovlNoted');
  },
  get unknown() {
    return t('ovlUnknown');
  },
  get spoke() {
    return t('ovlSpoke');
  },
  turns: (n: number) => tn('ovlTurns', n),
  get camera() {
    return t('ovlCamera');
  },
  acks: (n: number) => tn('ovlAcks', n),
  get acksTitle() {
    return t('ovlAcksTitle');
  },
  get speakingNow() {
    return t('ovlSpeakingNow');
  },
  get left() {
    return t('ovlLeft');
  },
  get notSpokenYet() {
    return t('ovlNotSpokenYet');
  },
  quietFor: (min: number) => t('ovlQuietFor', formatDuration(min * MINUTE_MS)),
  get speakingUnknownReason() {
    return t('ovlSpeakingUnknownReason');
  },
  get cameraUnknownReason() {
    return t('ovlCameraUnknownReason');
  },
  personSeen: (what: string, pct: string) => t('ovlPersonSeen', [what, pct]),
  get sharesUnknown() {
    return t('ovlSharesUnknown');
  },
  sharesLabel: (self: string, fair: string) => t('ovlSharesLabel', [self, fair]),
  get fairMark() {
    return t('ovlFairMark');
  },
  /** The health line for a signal in a state, or undefined when the overlay shows none. */
  health: (signalState: string): string | undefined =>
    HEALTH.has(signalState) ? t(`ovlHealth_${signalState}`) : undefined,
  coverage: (what: string, pct: string) => t('ovlCoverage', [what, pct]),
  coverageWhat: (what: CoverageWhat) => t(`ovlCoverageWhat_${what}`),
  nudgeSelfMonologue: (min: number) => t('ovlNudgeSelfMonologue', String(min)),
  nudgeSilentOne: (name: string, min: number) => t('ovlNudgeSilentOne', [isolate(name), String(min)]),
  nudgeSilentMany: (name: string, others: number, min: number) =>
    tn('ovlNudgeSilentMany', others, [isolate(name), String(min)]),
};
