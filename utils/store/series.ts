/**
 * Per meeting series settings (issue 22): the user's role in a series, who presents in it, and their own
 * targets. A series is a recurring meeting as the Trends filter knows it — `code:<meetingCode>` or
 * `title:<titleKey>` — and `*` holds the settings for all calls. Zod-free: the overlay (through the content
 * script's settings) and the popup read these; `settings.ts` holds the schema.
 */
import { normalizeName, titleKeyOf } from './records';

/** The user's role in a series: a host and a presenter are expected to speak more than an even share. */
export const SERIES_ROLES = ['participant', 'host', 'presenter'] as const;
export type SeriesRole = (typeof SERIES_ROLES)[number];

/** The user's own aims for a call; each is off when null / false. */
export interface PersonalTargets {
  /** "Speak at most N % of the time" (1..100), or null. */
  maxSharePct: number | null;
  /** "Invite at least one quiet person in." */
  inviteQuiet: boolean;
  /** "Acknowledge someone by name" (thanks, credit or agreement naming them). */
  ackByName: boolean;
}

export interface SeriesSettings {
  role: SeriesRole;
  /** Display names of other people who present in this series (compared normalised), at most 10. */
  presenters: string[];
  targets: PersonalTargets;
}

/** The key of the settings for all calls; a series' own settings win over it. */
export const ALL_CALLS = '*';
/** Series with settings at most (a bound on the settings record). */
export const MAX_SERIES = 200;
export const MAX_PRESENTERS = 10;

export const NO_TARGETS: Readonly<PersonalTargets> = Object.freeze({
  maxSharePct: null,
  inviteQuiet: false,
  ackByName: false,
});
export const DEFAULT_SERIES: Readonly<SeriesSettings> = Object.freeze({
  role: 'participant',
  presenters: [],
  targets: NO_TARGETS,
});

/** The series keys a meeting belongs to, most specific first (its code, then its title). */
export function seriesKeysOf(
  meetingCode: string | null | undefined,
  title: string | null | undefined,
): string[] {
  const out: string[] = [];
  if (meetingCode) out.push(`code:${meetingCode}`);
  const tk = titleKeyOf(title ?? null);
  if (tk) out.push(`title:${tk}`);
  return out;
}

/**
 * The settings that apply to a meeting: its code's, else its title's, else all calls'; null when none are
 * set (everything at its default). `key` says which one applied.
 */
export function seriesFor(
  series: Readonly<Record<string, SeriesSettings>> | undefined,
  meetingCode: string | null | undefined,
  title: string | null | undefined,
): { key: string; settings: SeriesSettings } | null {
  if (!series) return null;
  for (const key of [...seriesKeysOf(meetingCode, title), ALL_CALLS]) {
    const s = Object.hasOwn(series, key) ? series[key] : undefined;
    if (s) return { key, settings: s };
  }
  return null;
}

/** Whether any target is on. */
export function hasTargets(t: PersonalTargets | null | undefined): t is PersonalTargets {
  return !!t && (t.maxSharePct !== null || t.inviteQuiet || t.ackByName);
}

/** Is this display name one of the series' presenters? */
export function isPresenter(settings: SeriesSettings | null | undefined, name: string): boolean {
  if (!settings || settings.presenters.length === 0) return false;
  const n = normalizeName(name);
  return n !== '' && settings.presenters.some((p) => normalizeName(p) === n);
}
