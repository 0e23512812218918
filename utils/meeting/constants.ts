/**
 * The enumerations of the event contract, without zod: content scripts import these, and keeping zod out
 * of their import graph keeps it out of the content-script bundle (budget: 25 KB gzipped). `events.ts`
 * builds its schemas from these.
 */
import { PLATFORM_IDS } from '../platforms/registry';

/** The registered platforms' ids (`utils/platforms/registry.ts`); events and exports accept only these. */
export const PLATFORMS = PLATFORM_IDS;
/** A registered platform's id; checked against `PLATFORMS` wherever one enters (zod enums). */
export type Platform = string;

export const END_REASONS = ['left', 'ended_by_host', 'removed', 'tab_closed', 'unknown'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** The signals an adapter reports health for. */
export const SIGNALS = [
  'phase',
  'participants',
  'self',
  'speaking',
  'camera',
  'mute',
  'captions',
  'chat',
] as const;
export type Signal = (typeof SIGNALS)[number];

/**
 * ok: the adapter can see this signal now. not_visible: the platform does not currently render it
 * (captions turned off, chat panel closed) — a user action can fix it. broken: the page has what should
 * hold it but no selector layer matches — Rapport needs an update.
 */
export const HEALTH_STATES = ['ok', 'not_visible', 'broken'] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

export const ACK_KINDS = ['thanks', 'credit', 'invitation', 'agreement', 'reaction', 'manual'] as const;
export type AckKind = (typeof ACK_KINDS)[number];

export const ACK_SOURCES = ['caption', 'chat', 'reaction', 'manual'] as const;
export type AckSource = (typeof ACK_SOURCES)[number];

/** A batch as content scripts send it: at most this many events per message. */
export const MAX_BATCH = 500;
