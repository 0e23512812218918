/**
 * The messages that go the other way, typed like `messages.ts`: from the background to a content script,
 * and from the end-of-call card (an extension page in an iframe) to the content script of its page.
 *
 * Validated on receipt by hand, not with zod: this module is in the content-script bundle, which carries
 * no zod (utils/messages.ts explains the budget). The sender is checked too (our own extension id for
 * runtime messages, the card's own iframe window for `postMessage`); the shape check keeps a version
 * mismatch or a hostile page's message from reaching the runtime.
 */
import { SERIES_ROLES } from '@/utils/store/series';
import { ACK_SETTING_LANGUAGES, OVERLAY_DEFAULTS, type Settings } from '@/utils/store/settings-defaults';

/** Background → content script: each request with the response the content script answers. */
export interface BackgroundToContentMap {
  /** Settings changed (the background validated them when it stored them; it sends all of them). */
  'bg:settings': { request: { type: 'bg:settings'; settings: ContentSettings }; response: undefined };
  /** The `toggle-overlay` keyboard command. */
  'bg:toggle-overlay': { request: { type: 'bg:toggle-overlay' }; response: undefined };
  /** The health view asks for an anonymised sample of the meeting page. */
  'bg:capture': { request: { type: 'bg:capture' }; response: { ok: true; html: string } };
  /** Is a content script of this version running in the tab (utils/background/reinject.ts)? */
  'bg:ping': { request: { type: 'bg:ping' }; response: { ok: true } };
}
export type BackgroundMessageType = keyof BackgroundToContentMap;
export type BackgroundRequestOf<K extends BackgroundMessageType> = BackgroundToContentMap[K]['request'];
export type BackgroundResponseOf<K extends BackgroundMessageType> = BackgroundToContentMap[K]['response'];
export type BackgroundToContent = {
  [K in BackgroundMessageType]: BackgroundRequestOf<K>;
}[BackgroundMessageType];

type Check = (v: unknown) => boolean;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const bool: Check = (v) => typeof v === 'boolean';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const oneOf =
  (xs: readonly unknown[]): Check =>
  (v) =>
    xs.includes(v);
const shape =
  (fields: Record<string, Check>): Check =>
  (v) =>
    isObject(v) && Object.keys(fields).every((k) => fields[k]!(v[k]));
const recordOf =
  (each: Check): Check =>
  (v) =>
    isObject(v) && Object.values(v).every(each);

/** The settings a content script reads (utils/content/messaging-bridge.ts `contentConfigFrom`). */
export type ContentSettings = Pick<
  Settings,
  'tracking' | 'platforms' | 'neverTrack' | 'overlayDefault' | 'nudges' | 'acks' | 'overlayPositions'
> &
  Partial<Pick<Settings, 'series'>>;

const strings: Check = (v) => Array.isArray(v) && v.every((c) => typeof c === 'string');
/** One series' settings (utils/store/series.ts); absent from a background older than them. */
const isSeries = shape({
  role: oneOf(SERIES_ROLES),
  presenters: strings,
  targets: shape({ maxSharePct: (v) => v === null || num(v), inviteQuiet: bool, ackByName: bool }),
});

/** The fields a content script reads, checked as the store's schema would (bounds aside). */
export const isContentSettings = shape({
  tracking: bool,
  platforms: recordOf(bool),
  neverTrack: (v) => Array.isArray(v) && v.every((c) => typeof c === 'string'),
  overlayDefault: oneOf(OVERLAY_DEFAULTS),
  nudges: shape({ selfMonologue: bool, silentParticipant: bool }),
  acks: shape({ enabled: bool, language: oneOf(ACK_SETTING_LANGUAGES) }),
  overlayPositions: recordOf((p) => p === null || shape({ x: num, y: num })(p)),
  series: (v) => v === undefined || recordOf(isSeries)(v),
}) as (v: unknown) => v is ContentSettings;

const any: Check = () => true;
const validators: { [K in BackgroundMessageType]: Check } = {
  'bg:settings': shape({ settings: isContentSettings }),
  'bg:toggle-overlay': any,
  'bg:capture': any,
  'bg:ping': any,
};

/** The message if it is a well-formed background → content message, else null. */
export function parseBackgroundMessage(raw: unknown): BackgroundToContent | null {
  if (!isObject(raw) || typeof raw.type !== 'string' || !Object.hasOwn(validators, raw.type)) return null;
  return validators[raw.type as BackgroundMessageType](raw) ? (raw as BackgroundToContent) : null;
}

/** The card's one message to its page's content script: "close me" (dismissed, or its meeting is gone). */
export interface CardMessage {
  type: 'rapport:close-card';
}
export const CLOSE_CARD: CardMessage = Object.freeze({ type: 'rapport:close-card' });

export function isCardMessage(v: unknown): v is CardMessage {
  return isObject(v) && v.type === CLOSE_CARD.type;
}
