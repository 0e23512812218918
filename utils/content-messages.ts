/**
 * The messages that go the other way, typed like `messages.ts`: from the background to a content script,
 * and from the end-of-call card (an extension page in an iframe) to the content script of its page.
 *
 * Validated on receipt by hand, not with zod: this module is in the content-script bundle, which carries
 * no zod (utils/messages.ts explains the budget). The sender is checked too (our own extension id for
 * runtime messages, the card's own iframe window for `postMessage`); the shape check keeps a version
 * mismatch or a hostile page's message from reaching the runtime.
 */
import { ACK_SETTING_LANGUAGES, OVERLAY_DEFAULTS, type Settings } from '@/utils/store/settings-defaults';

/** Background → content script: each request with the response the content script answers. */
export interface BackgroundToContentMap {
  /** Settings changed (the background validated them when it stored them). */
  'bg:settings': { request: { type: 'bg:settings'; settings: Settings }; response: undefined };
  /** The `toggle-overlay` keyboard command. */
  'bg:toggle-overlay': { request: { type: 'bg:toggle-overlay' }; response: undefined };
  /** The health view asks for an anonymised sample of the meeting page. */
  'bg:capture': { request: { type: 'bg:capture' }; response: { ok: true; html: string } };
}
export type BackgroundMessageType = keyof BackgroundToContentMap;
export type BackgroundRequestOf<K extends BackgroundMessageType> = BackgroundToContentMap[K]['request'];
export type BackgroundResponseOf<K extends BackgroundMessageType> = BackgroundToContentMap[K]['response'];
export type BackgroundToContent = {
  [K in BackgroundMessageType]: BackgroundRequestOf<K>;
}[BackgroundMessageType];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isDays = (v: unknown) => v === null || (Number.isInteger(v) && (v as number) >= 1);
const isRecordOf = (v: unknown, ok: (x: unknown) => boolean) => isObject(v) && Object.values(v).every(ok);
const isPosition = (v: unknown) => v === null || (isObject(v) && isFiniteNumber(v.x) && isFiniteNumber(v.y));

/** Every field of `Settings`, checked as the store's schema would (bounds aside). */
export function isSettings(v: unknown): v is Settings {
  return (
    isObject(v) &&
    isDays(v.retentionDays) &&
    isDays(v.forgetNamesAfterDays) &&
    typeof v.tracking === 'boolean' &&
    isRecordOf(v.platforms, (x) => typeof x === 'boolean') &&
    Array.isArray(v.neverTrack) &&
    v.neverTrack.every((c) => typeof c === 'string') &&
    (OVERLAY_DEFAULTS as readonly unknown[]).includes(v.overlayDefault) &&
    isObject(v.nudges) &&
    typeof v.nudges.selfMonologue === 'boolean' &&
    typeof v.nudges.silentParticipant === 'boolean' &&
    isObject(v.acks) &&
    typeof v.acks.enabled === 'boolean' &&
    (ACK_SETTING_LANGUAGES as readonly unknown[]).includes(v.acks.language) &&
    isRecordOf(v.overlayPositions, isPosition) &&
    isFiniteNumber(v.reflectionsReadUpTo)
  );
}

const validators: { [K in BackgroundMessageType]: (m: Record<string, unknown>) => boolean } = {
  'bg:settings': (m) => isSettings(m.settings),
  'bg:toggle-overlay': () => true,
  'bg:capture': () => true,
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
