/**
 * Trends across meetings, as pure functions: one point per meeting (its figures, or null where Rapport
 * could not see them), filters, one pass that builds every chart's series, and the sentences beside the
 * charts. Unknown figures are left out of a chart and out of its sentence — never counted as 0: a meeting
 * where speaking was not visible says nothing about whether the user spoke less than their share.
 *
 * Visibility thresholds are the reflection's (`utils/prompts/context.ts`), so a meeting's reflection and its
 * point here never disagree about what was seen.
 */
import type { Platform } from '@/utils/meeting/events';
import { PERSON_MIN_COVERAGE, SIGNAL_MIN_COVERAGE, type SizeClass, sizeOf } from '@/utils/prompts/context';
import type { StoredMeeting } from '@/utils/store/records';
import { type Locale, num, pct } from './format';

export const DAY_MS = 86_400_000;
export const RANGES = ['4w', 'quarter', 'year', 'all'] as const;
export type RangeId = (typeof RANGES)[number];
export const RANGE_DAYS: Record<RangeId, number | null> = { '4w': 28, quarter: 91, year: 365, all: null };
export const SIZE_FILTERS = ['all', 'pair', 'small', 'large'] as const;
export type SizeFilter = (typeof SIZE_FILTERS)[number];

export interface TrendFilters {
  range: RangeId;
  platform: 'all' | Platform;
  /** One recurring meeting: `code:<meetingCode>` or `title:<titleKey>`; null = all meetings. */
  recurring: string | null;
  size: SizeFilter;
}

export const DEFAULT_FILTERS: TrendFilters = {
  range: 'quarter',
  platform: 'all',
  recurring: null,
  size: 'all',
};

export interface Ratings {
  room: number | null;
  interest: number | null;
}

/** One meeting's trend figures; null = not visible in that meeting. */
export interface MeetingPoint {
  id: string;
  t: number;
  platform: Platform;
  code: string | null;
  titleKey: string | null;
  title: string | null;
  size: SizeClass;
  selfShare: number | null;
  fairShare: number | null;
  balance: number | null;
  camera: number | null;
  acksGiven: number | null;
  acksReceived: number | null;
  /** People present for a good part of the call who never spoke. */
  silent: number | null;
  room: number | null;
  interest: number | null;
  /**
   * The fraction of the user's personal targets met in this meeting (utils/prompts/targets.ts, with the
   * targets of its series as set now); null when none was set or none could be judged.
   */
  targets: number | null;
}

function countedPeople(m: StoredMeeting): number {
  if (m.fairShare !== null && m.fairShare > 0) return Math.round(1 / m.fairShare);
  return m.participants.filter((p) => p.presentMs >= 0.25 * m.durationMs).length;
}

export function toPoint(
  m: StoredMeeting,
  ratings: Ratings | null = null,
  targets: number | null = null,
): MeetingPoint {
  const self =
    (m.selfId !== null ? m.participants.find((p) => p.id === m.selfId) : undefined) ??
    m.participants.find((p) => p.isSelf) ??
    null;
  const speaking = (m.coverage.speaking ?? 0) >= SIGNAL_MIN_COVERAGE;
  const camera = (m.coverage.camera ?? 0) >= SIGNAL_MIN_COVERAGE;
  const acks = Math.max(m.coverage.captions ?? 0, m.coverage.chat ?? 0) >= SIGNAL_MIN_COVERAGE;
  const selfShare = speaking && self ? m.selfShare : null;
  return {
    id: m.id,
    t: m.startedAt,
    platform: m.platform,
    code: m.meetingCode,
    titleKey: m.titleKey,
    title: m.title,
    size: sizeOf(countedPeople(m)),
    selfShare: selfShare !== null && m.fairShare !== null ? selfShare : null,
    fairShare: selfShare !== null ? m.fairShare : null,
    balance: speaking ? m.balanceIndex : null,
    camera:
      camera && self && self.cameraShare !== null && self.coverage.camera >= PERSON_MIN_COVERAGE
        ? self.cameraShare
        : null,
    acksGiven: acks && self ? self.acksGiven : null,
    acksReceived: acks && self ? self.acksReceived : null,
    silent: speaking ? m.silentIds.length : null,
    room: ratings?.room ?? null,
    interest: ratings?.interest ?? null,
    targets,
  };
}

export interface RecurringOption {
  value: string;
  label: string;
  count: number;
}

/** Meeting codes and titles seen at least twice (a "recurring meeting"), most frequent first. */
export function recurringOptions(points: readonly MeetingPoint[], min = 2): RecurringOption[] {
  const codes = new Map<string, number>();
  const titles = new Map<string, { label: string; count: number }>();
  for (const p of points) {
    if (p.code) codes.set(p.code, (codes.get(p.code) ?? 0) + 1);
    if (p.titleKey) {
      const e = titles.get(p.titleKey);
      if (e) e.count++;
      else titles.set(p.titleKey, { label: p.title?.trim() || p.titleKey, count: 1 });
    }
  }
  const out: RecurringOption[] = [];
  for (const [k, e] of titles)
    if (e.count >= min) out.push({ value: `title:${k}`, label: e.label, count: e.count });
  for (const [k, n] of codes) if (n >= min) out.push({ value: `code:${k}`, label: k, count: n });
  return out.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Start of the range (inclusive), or -Infinity for "all". */
export function rangeStart(range: RangeId, now: number): number {
  const days = RANGE_DAYS[range];
  return days === null ? Number.NEGATIVE_INFINITY : now - days * DAY_MS;
}

export function matches(p: MeetingPoint, f: TrendFilters, from: number): boolean {
  if (p.t < from) return false;
  if (f.platform !== 'all' && p.platform !== f.platform) return false;
  if (f.size !== 'all' && p.size !== f.size) return false;
  if (f.recurring) {
    if (f.recurring.startsWith('code:')) return p.code === f.recurring.slice(5);
    if (f.recurring.startsWith('title:')) return p.titleKey === f.recurring.slice(6);
  }
  return true;
}

/** One chart's data: x in seconds (uPlot's time unit), one array per series; only meetings where it is known. */
export interface Series {
  x: number[];
  ys: (number | null)[][];
}

export const CHARTS = ['share', 'balance', 'camera', 'acks', 'silent', 'ratings', 'targets'] as const;

/**
 * The targets chart keeps every meeting's point and adds a trailing rolling mean over this many meetings:
 * per-meeting values of 0, ½ and 1 make a sawtooth that reads poorly at 50 meetings (issue 22); five is
 * about a month of a weekly series, short enough to show a change of habit.
 */
export const ROLLING_MEETINGS = 5;
export type ChartId = (typeof CHARTS)[number];

export interface TrendData {
  /** Meetings in range and filters. */
  meetings: number;
  series: Record<ChartId, Series>;
}

const emptySeries = (n: number): Series => ({ x: [], ys: Array.from({ length: n }, () => []) });

/** Every chart's series in one pass over the (start-time ordered) points. */
export function aggregate(points: readonly MeetingPoint[], f: TrendFilters, now: number): TrendData {
  const from = rangeStart(f.range, now);
  const s: Record<ChartId, Series> = {
    share: emptySeries(2),
    balance: emptySeries(1),
    camera: emptySeries(1),
    acks: emptySeries(2),
    silent: emptySeries(1),
    ratings: emptySeries(2),
    targets: emptySeries(2),
  };
  let meetings = 0;
  let rollSum = 0;
  const roll: number[] = [];
  for (const p of points) {
    if (!matches(p, f, from)) continue;
    meetings++;
    const x = p.t / 1000;
    if (p.selfShare !== null && p.fairShare !== null) push(s.share, x, p.selfShare, p.fairShare);
    if (p.balance !== null) push(s.balance, x, p.balance);
    if (p.camera !== null) push(s.camera, x, p.camera);
    if (p.acksGiven !== null && p.acksReceived !== null) push(s.acks, x, p.acksGiven, p.acksReceived);
    if (p.silent !== null) push(s.silent, x, p.silent);
    if (p.room !== null || p.interest !== null) push(s.ratings, x, p.room, p.interest);
    if (p.targets !== null) {
      roll.push(p.targets);
      rollSum += p.targets;
      if (roll.length > ROLLING_MEETINGS) rollSum -= roll[roll.length - 1 - ROLLING_MEETINGS]!;
      push(s.targets, x, p.targets, rollSum / Math.min(roll.length, ROLLING_MEETINGS));
    }
  }
  return { meetings, series: s };
}

function push(s: Series, x: number, ...ys: (number | null)[]) {
  s.x.push(x);
  for (let i = 0; i < ys.length; i++) s.ys[i]!.push(ys[i] ?? null);
}

/** A sentence as a `_locales` key and its substitutions, so it is tested without a browser. */
export interface Sentence {
  key: string;
  subs: string[];
}

export const LAST_N = 10;

function mean(xs: readonly (number | null)[]): { mean: number; n: number } | null {
  let sum = 0;
  let n = 0;
  for (const x of xs) {
    if (x === null) continue;
    sum += x;
    n++;
  }
  return n > 0 ? { mean: sum / n, n } : null;
}

/** Recent half against earlier half (needs ≥ 4 values); a move under `step` is "steady". */
export function direction(values: readonly number[], step: number): 'up' | 'down' | 'steady' | null {
  if (values.length < 4) return null;
  const h = Math.floor(values.length / 2);
  const a = mean(values.slice(0, h))!.mean;
  const b = mean(values.slice(values.length - h))!.mean;
  if (b - a >= step) return 'up';
  if (a - b >= step) return 'down';
  return 'steady';
}

/**
 * Sentences per chart. `label` names the recurring meeting when one is chosen ("your last 10 team syncs");
 * otherwise "meetings".
 */
export function sentences(
  data: TrendData,
  locale: Locale = 'en',
  label: string | null = null,
): Record<ChartId, Sentence[]> {
  const { series: s } = data;
  const out = {} as Record<ChartId, Sentence[]>;
  const none: Sentence[] = [{ key: 'optTrendNone', subs: [] }];

  // Share of voice: of the last N meetings where it was seen, how many below the fair share.
  {
    const n = Math.min(LAST_N, s.share.x.length);
    let below = 0;
    for (let i = s.share.x.length - n; i < s.share.x.length; i++) {
      if ((s.share.ys[0]![i] as number) < (s.share.ys[1]![i] as number)) below++;
    }
    out.share =
      n === 0
        ? none
        : [
            label
              ? { key: 'optTrendShareNamed', subs: [String(below), String(n), label] }
              : { key: n === 1 ? 'optTrendShareOne' : 'optTrendShare', subs: [String(below), String(n)] },
          ];
  }
  {
    const v = s.balance.ys[0] as number[];
    const m = mean(v);
    const dir = direction(v, 0.05);
    out.balance = m
      ? [
          { key: 'optTrendBalance', subs: [num(m.mean, locale, 2), String(m.n)] },
          ...(dir ? [{ key: `optTrendDir_${dir}`, subs: [] }] : []),
        ]
      : none;
  }
  {
    const v = s.camera.ys[0] as number[];
    const m = mean(v);
    out.camera = m ? [{ key: 'optTrendCamera', subs: [pct(m.mean, locale), String(m.n)] }] : none;
  }
  {
    const n = s.acks.x.length;
    let given = 0;
    let received = 0;
    let withNone = 0;
    for (let i = 0; i < n; i++) {
      const g = s.acks.ys[0]![i] as number;
      given += g;
      received += s.acks.ys[1]![i] as number;
      if (g === 0) withNone++;
    }
    out.acks =
      n === 0
        ? none
        : [
            { key: 'optTrendAcks', subs: [String(given), String(received), String(n)] },
            { key: 'optTrendAcksNone', subs: [String(withNone), String(n)] },
          ];
  }
  {
    const v = s.silent.ys[0] as number[];
    let meetingsWith = 0;
    let people = 0;
    for (const x of v) {
      if (x > 0) meetingsWith++;
      people += x;
    }
    out.silent =
      v.length === 0
        ? none
        : [{ key: 'optTrendSilent', subs: [String(meetingsWith), String(v.length), String(people)] }];
  }
  {
    const room = mean(s.ratings.ys[0]!);
    const interest = mean(s.ratings.ys[1]!);
    const r: Sentence[] = [];
    if (room) r.push({ key: 'optTrendRatingRoom', subs: [num(room.mean, locale, 1), String(room.n)] });
    if (interest)
      r.push({ key: 'optTrendRatingInterest', subs: [num(interest.mean, locale, 1), String(interest.n)] });
    out.ratings = r.length > 0 ? r : [{ key: 'optTrendNoRatings', subs: [] }];
  }
  {
    const m = mean(s.targets.ys[0]!);
    out.targets = m
      ? [{ key: 'optTrendTargets', subs: [pct(m.mean, locale), String(m.n)] }]
      : [{ key: 'optTrendTargetsNone', subs: [] }];
  }
  return out;
}

/** A short text alternative of a chart: how many points, first and last date, low and high of each series. */
export function describeSeries(
  s: Series,
  format: (v: number) => string,
): { n: number; min: string[]; max: string[] } {
  const min: string[] = [];
  const max: string[] = [];
  for (const ys of s.ys) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const y of ys) {
      if (y === null) continue;
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
    min.push(Number.isFinite(lo) ? format(lo) : '–');
    max.push(Number.isFinite(hi) ? format(hi) : '–');
  }
  return { n: s.x.length, min, max };
}
