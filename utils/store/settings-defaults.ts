/**
 * The settings' shapes and defaults without zod, owned by the store: the overlay, the content script and the
 * popup read these, and importing `settings.ts` (which builds the schema) would put zod into their bundles.
 * `settings.ts` checks at compile time that its schema parses to exactly `Settings`.
 */
import type { AckLanguageCode } from '../acks/languages';
import { PLATFORMS } from '../meeting/constants';
import type { SeriesSettings } from './series';

/** Top-left of the overlay in viewport px. */
export interface OverlayPosition {
  x: number;
  y: number;
}

/** Gentle nudges, set in options; both off by default (the overlay is a mirror, not a coach). */
export interface NudgeSettings {
  /** "You have been speaking for 3 minutes straight." */
  selfMonologue: boolean;
  /** "Someone has not spoken in 15 minutes." */
  silentParticipant: boolean;
}

export const OVERLAY_DEFAULTS = ['collapsed', 'expanded', 'hidden'] as const;
export type OverlayDefault = (typeof OVERLAY_DEFAULTS)[number];

/**
 * The acknowledgement languages a setting may name, listed here rather than read from utils/acks/languages
 * (whose import carries every rule table), and `auto`: follow the caption language (utils/acks/auto-language.ts).
 * `settings.ts` fails to compile if this and the tables disagree.
 */
export const ACK_SETTING_LANGUAGES = [
  'auto',
  'en',
  'de',
  'es',
  'fr',
  'pt',
  'it',
  'nl',
  'ja',
] as const satisfies readonly (AckLanguageCode | 'auto')[];
export type AckLanguageSetting = (typeof ACK_SETTING_LANGUAGES)[number];

export interface AckSettings {
  enabled: boolean;
  language: AckLanguageSetting;
}

export interface Settings {
  /** Delete meetings older than this many days; null keeps them forever (the default). */
  retentionDays: number | null;
  /** Replace other people's names with stable pseudonyms after this many days; null never does. */
  forgetNamesAfterDays: number | null;
  /** The global switch in the popup: off records nothing anywhere and shows no overlay. */
  tracking: boolean;
  /** Per-platform switches (options page), by platform id. */
  platforms: Record<string, boolean>;
  /** Meeting codes never to record ("Never track this meeting"). */
  neverTrack: string[];
  /** How the overlay starts in a call. */
  overlayDefault: OverlayDefault;
  nudges: NudgeSettings;
  /** Acknowledgement detection from captions and chat, and the language of its rules. */
  acks: AckSettings;
  /** Where the user last left the overlay, per platform id. */
  overlayPositions: Record<string, OverlayPosition | null>;
  /** Reflections of meetings that started at or before this time have been seen (drives the badge). */
  reflectionsReadUpTo: number;
  /** Role, presenters and personal targets per meeting series (`series.ts`; `*` = all calls). */
  series: Record<string, SeriesSettings>;
}

export const DEFAULT_NUDGES: Readonly<NudgeSettings> = Object.freeze({
  selfMonologue: false,
  silentParticipant: false,
});

// Pure: the content scripts import this module for the types and `DEFAULT_NUDGES`, and must not carry this.
export const DEFAULT_SETTINGS: Settings = /* @__PURE__ */ (() =>
  Object.freeze({
    retentionDays: null,
    forgetNamesAfterDays: null,
    tracking: true,
    platforms: Object.fromEntries(PLATFORMS.map((id) => [id, true])),
    neverTrack: [],
    overlayDefault: 'collapsed',
    nudges: { ...DEFAULT_NUDGES },
    acks: { enabled: true, language: 'auto' },
    overlayPositions: Object.fromEntries(PLATFORMS.map((id) => [id, null])),
    reflectionsReadUpTo: 0,
    series: {},
  }) as Settings)();

/** Is recording on for this platform? A platform missing from the record (never saved) is on. */
export function platformEnabled(settings: Pick<Settings, 'platforms'>, platform: string): boolean {
  return settings.platforms[platform] ?? true;
}
