/**
 * The reflection rules. Each draws on one idea from the research on relationships at work (see
 * `../shared/reference/relationships-at-work.txt`): high-quality connections (respectful engagement,
 * task enabling, trusting, playing), trust through exposure, psychological safety, care and recognition.
 *
 * A rule says who it is for (call size, the user's role), which signals it needs to be seen, and turns the
 * summary into a finding: the figures it cites (evidence), a score for how relevant it is (0..1), and the
 * parameters for its question and next step. A rule that cannot cite evidence returns null — it never
 * speaks from unknown (null) figures; people whose figure is null are simply not mentioned.
 *
 * Thresholds carry their reason next to them. Scores are relative: 0.3 is "worth a line if nothing else
 * applies", 0.6 is "clearly notable", 0.9 is "the main thing about this call".
 */
import { defaultConfig } from '@/utils/meeting/config-defaults';
import type { AckKind } from '@/utils/meeting/events';
import type { DominanceStretch, ParticipantSummary } from '@/utils/meeting/types';
import {
  type CoveredSignal,
  PERSON_MIN_COVERAGE,
  type Role,
  type RuleContext,
  type SizeClass,
  speakingKnown,
} from './context';
import type { Params } from './format';
import type { MessageKey } from './messages';

export const CONCEPTS = [
  'respectful-engagement',
  'listening',
  'inclusion',
  'psychological-safety',
  'task-enabling',
  'trusting',
  'exposure',
  'playing',
  'care',
  'recognition',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/** recognition: the user did something well; reflection: an invitation to think about something. */
export type Tone = 'recognition' | 'reflection';

export interface Evidence {
  key: MessageKey;
  params: Params;
}

export interface RuleHit {
  score: number;
  evidence: Evidence[];
  /** Parameters of the title, question and next step (e.g. the name the question asks about). */
  params?: Params;
  /** A next step fitting this finding better than the rule's own (e.g. for someone who already left). */
  step?: MessageKey;
  /** The raw figures behind the evidence, for tests and debugging: every value is finite or a name. */
  facts: Record<string, number | string>;
}

export interface Rule {
  id: string;
  concept: Concept;
  tone: Tone;
  sizes: readonly Exclude<SizeClass, 'solo'>[];
  /** Roles the rule speaks to; `any` includes `unknown`. */
  roles: readonly Exclude<Role, 'unknown'>[] | 'any';
  /** Signals that must be covered (≥ SIGNAL_MIN_COVERAGE) for the rule to run at all. */
  needs: readonly CoveredSignal[];
  title: MessageKey;
  question: MessageKey;
  step: MessageKey;
  evaluate(ctx: RuleContext): RuleHit | null;
}

const ALL: readonly Exclude<SizeClass, 'solo'>[] = ['pair', 'small', 'large'];
const GROUPS: readonly Exclude<SizeClass, 'solo'>[] = ['small', 'large'];
const MIN = 60_000;

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const byDesc =
  <T>(f: (x: T) => number) =>
  (a: T, b: T) =>
    f(b) - f(a);

function fairOf(ctx: RuleContext): number {
  return ctx.summary.fairShare ?? 1 / Math.max(1, ctx.n);
}

/**
 * The share the user may expect (expectation.ts: by their role in the series, and who else presents
 * there), and the evidence line saying which expectation that is. With no role set it is the even share.
 */
function expectedOf(ctx: RuleContext): { share: number; line: Evidence | null } {
  const e = ctx.expectation;
  if (!e || e.basis === 'even') return { share: fairOf(ctx), line: null };
  const line: Evidence =
    e.basis === 'other-presenter'
      ? { key: 'expectation.other-presenter', params: { expected: e.share, names: e.presenters } }
      : { key: `expectation.${e.basis}`, params: { expected: e.share, even: e.even } };
  return { share: e.share, line };
}

/** The one other person in a pair, when their share is known. */
function pairPartner(ctx: RuleContext): ParticipantSummary | null {
  const known = speakingKnown(ctx).filter((p) => p.presentMs >= 0.25 * ctx.summary.durationMs);
  return known.sort(byDesc((p) => p.presentMs))[0] ?? null;
}

function distinctNames(ctx: RuleContext, ids: Iterable<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const p = ctx.byId.get(id);
    if (p) out.push(p.name);
  }
  return out;
}

// ───────────────────────────── inclusion ─────────────────────────────

/** Leaving within the last minute is leaving with the goodbyes, not leaving early. */
export const LEFT_EARLY_MS = MIN;

/** Gone before the call ended (by more than `LEFT_EARLY_MS`); people still there at the end are not. */
export function leftEarly(ctx: RuleContext, p: ParticipantSummary): boolean {
  if (p.present || p.leftAt === null) return false;
  const end = ctx.summary.endedAt ?? ctx.summary.startedAt + ctx.summary.durationMs;
  return end - p.leftAt >= LEFT_EARLY_MS;
}

/** People present ≥ 2 min (the model's silence threshold) who never spoke, with their speaking seen. */
const silentPeople: Rule = {
  id: 'silent-people',
  concept: 'inclusion',
  tone: 'reflection',
  sizes: GROUPS,
  roles: 'any',
  needs: ['speaking'],
  title: 'silent-people.title',
  question: 'silent-people.question',
  step: 'silent-people.step',
  evaluate(ctx) {
    const silentIds = new Set(ctx.summary.silentIds);
    const silent = speakingKnown(ctx)
      .filter((p) => silentIds.has(p.id) && p.speakingMs === 0)
      .sort(byDesc((p) => p.presentMs));
    const first = silent[0];
    if (!first) return null;
    const shown = silent.slice(0, 3);
    // A person who left before the end is still a voice not heard (the model's silentIds keep leavers:
    // present for ≥ 2 min, never spoke; nothing here filters on `present`). Their line says they left,
    // and the next step for them is a note after the call — they can no longer be asked in it.
    const evidence: Evidence[] = shown.map((p) => ({
      key: leftEarly(ctx, p) ? 'silent-people.left' : 'silent-people.each',
      params: { name: p.name, present: p.presentMs },
    }));
    if (silent.length > shown.length) {
      evidence.push({ key: 'silent-people.more', params: { count: silent.length - shown.length } });
    }
    // One silent person in a group of four is more striking than one in a town hall.
    const fraction = silent.length / Math.max(1, ctx.n - 1);
    const score = 0.65 + 0.25 * clamp01(fraction * 2) + (ctx.size === 'small' ? 0.05 : 0);
    return {
      score: Math.min(1, score),
      evidence,
      params: { name: first.name },
      ...(leftEarly(ctx, first) ? { step: 'silent-people.step-left' as const } : {}),
      facts: { silent: silent.length, firstPresentMs: first.presentMs, firstSpeakingMs: 0 },
    };
  },
};

/** Spoke, but under a quarter of an even share: they were there and had little room. */
export const QUIET_FAIR_FRACTION = 0.25;
const quietPeople: Rule = {
  id: 'quiet-people',
  concept: 'inclusion',
  tone: 'reflection',
  sizes: GROUPS,
  roles: 'any',
  needs: ['speaking'],
  title: 'quiet-people.title',
  question: 'quiet-people.question',
  step: 'quiet-people.step',
  evaluate(ctx) {
    const fair = fairOf(ctx);
    const minPresence = Math.max(2 * MIN, 0.5 * ctx.summary.durationMs);
    const quiet = speakingKnown(ctx)
      .filter(
        (p) =>
          (p.speakingMs ?? 0) > 0 &&
          (p.speakingShare ?? 1) < QUIET_FAIR_FRACTION * fair &&
          p.presentMs >= minPresence,
      )
      .sort((a, b) => (a.speakingShare ?? 0) - (b.speakingShare ?? 0));
    const first = quiet[0];
    if (!first || first.speakingShare === null || first.speakingMs === null) return null;
    const evidence: Evidence[] = quiet.slice(0, 2).map((p) => ({
      key: 'quiet-people.each',
      params: { name: p.name, spoke: p.speakingMs ?? 0, share: p.speakingShare ?? 0, fair },
    }));
    return {
      score: 0.5 + 0.1 * Math.min(3, quiet.length),
      evidence,
      params: { name: first.name },
      facts: { quiet: quiet.length, share: first.speakingShare, fair, speakingMs: first.speakingMs },
    };
  },
};

/**
 * Everyone spoke and the balance index is high: recognise it. Normalized entropy is lenient (one person
 * at 55% among four still scores ~0.85), so the rule also caps anyone's share at 1.5× an even share.
 */
const BALANCED_MIN = 0.85;
const BALANCED_MAX_FAIR_MULTIPLE = 1.5;
const balancedGroup: Rule = {
  id: 'balanced-group',
  concept: 'inclusion',
  tone: 'recognition',
  sizes: GROUPS,
  roles: 'any',
  needs: ['speaking'],
  title: 'balanced-group.title',
  question: 'balanced-group.question',
  step: 'balanced-group.step',
  evaluate(ctx) {
    const b = ctx.summary.balanceIndex;
    if (b === null || b < BALANCED_MIN || ctx.summary.silentIds.length > 0) return null;
    // Everyone counted must be known and have spoken: a null figure would make "everyone spoke" a guess.
    const counted = ctx.summary.participants.filter((p) => p.presentMs >= 0.25 * ctx.summary.durationMs);
    if (counted.length < 3 || counted.some((p) => p.speakingMs === null || p.speakingMs <= 0)) return null;
    const fair = fairOf(ctx);
    if (counted.some((p) => (p.speakingShare ?? 1) > BALANCED_MAX_FAIR_MULTIPLE * fair)) return null;
    return {
      score: 0.5 + 2 * (b - BALANCED_MIN),
      evidence: [{ key: 'balanced-group.evidence', params: { balance: b, n: counted.length } }],
      facts: { balance: b, n: counted.length },
    };
  },
};

/** Large calls: fewer than half of the people spoke for more than a minute. */
const fewVoices: Rule = {
  id: 'few-voices',
  concept: 'inclusion',
  tone: 'reflection',
  sizes: ['large'],
  roles: 'any',
  needs: ['speaking'],
  title: 'few-voices.title',
  question: 'few-voices.question',
  step: 'few-voices.step',
  evaluate(ctx) {
    const everyone = ctx.summary.participants.filter(
      (p) =>
        p.speakingMs !== null &&
        p.coverage.speaking >= PERSON_MIN_COVERAGE &&
        p.presentMs >= 0.25 * ctx.summary.durationMs,
    );
    if (everyone.length < 7) return null;
    const speakers = everyone.filter((p) => (p.speakingMs ?? 0) > MIN).length;
    const fraction = speakers / everyone.length;
    if (fraction >= 0.5) return null;
    return {
      score: 0.45 + 0.4 * (0.5 - fraction),
      evidence: [{ key: 'few-voices.evidence', params: { speakers, n: everyone.length } }],
      facts: { speakers, n: everyone.length },
    };
  },
};

// ───────────────────────── psychological safety ─────────────────────────

/** The user presented with at least twice an even share: room for others to speak up. */
const presenterAirtime: Rule = {
  id: 'presenter-airtime',
  concept: 'psychological-safety',
  tone: 'reflection',
  sizes: GROUPS,
  roles: ['presenting'],
  needs: ['speaking', 'self'],
  title: 'presenter-airtime.title',
  question: 'presenter-airtime.question',
  step: 'presenter-airtime.step',
  evaluate(ctx) {
    const share = ctx.summary.selfShare;
    if (share === null) return null;
    const fair = fairOf(ctx);
    // Against the expectation of the user's role (a presenter is expected to carry more; see expectedOf).
    const expected = expectedOf(ctx);
    const ratio = share / expected.share;
    if (ratio < 2) return null;
    return {
      score: 0.45 + 0.45 * clamp01((ratio - 2) / 3),
      evidence: [
        { key: 'presenter-airtime.evidence', params: { share, fair, n: ctx.n } },
        ...(expected.line ? [expected.line] : []),
      ],
      facts: { share, fair, n: ctx.n, expected: expected.share },
    };
  },
};

/** Someone other than the user was spoken over at least twice. */
const othersInterrupted: Rule = {
  id: 'others-interrupted',
  concept: 'psychological-safety',
  tone: 'reflection',
  sizes: GROUPS,
  roles: 'any',
  needs: ['speaking'],
  title: 'others-interrupted.title',
  question: 'others-interrupted.question',
  step: 'others-interrupted.step',
  evaluate(ctx) {
    const hit = speakingKnown(ctx)
      .filter((p) => p.interruptionsReceived >= 2)
      .sort(byDesc((p) => p.interruptionsReceived));
    const first = hit[0];
    if (!first) return null;
    // A host can hand the floor back most easily: more relevant when the user led the call.
    const score =
      0.45 + 0.08 * Math.min(5, first.interruptionsReceived) + (ctx.role === 'presenting' ? 0.1 : 0);
    return {
      score: Math.min(0.95, score),
      evidence: hit.slice(0, 2).map((p) => ({
        key: 'others-interrupted.each',
        params: { name: p.name, count: p.interruptionsReceived },
      })),
      params: { name: first.name },
      facts: { people: hit.length, count: first.interruptionsReceived },
    };
  },
};

/** Recognition: the user invited someone in by name. Needs no coverage — the records are the evidence. */
const invitedIn: Rule = {
  id: 'invited-in',
  concept: 'psychological-safety',
  tone: 'recognition',
  sizes: ALL,
  roles: 'any',
  needs: ['self'],
  title: 'invited-in.title',
  question: 'invited-in.question',
  step: 'invited-in.step',
  evaluate(ctx) {
    const invites = ctx.acksBySelf.filter((a) => a.kind === 'invitation');
    const names = distinctNames(
      ctx,
      invites.map((a) => a.toId),
    );
    if (names.length === 0) return null;
    return {
      score: Math.min(0.9, 0.6 + 0.1 * names.length),
      evidence: [{ key: 'invited-in.evidence', params: { names } }],
      facts: { invitations: invites.length, people: names.length },
    };
  },
};

// ───────────────────────── respectful engagement ─────────────────────────

/** One-to-one where the user took most of the talk. */
const PAIR_HEAVY_SHARE = 0.65;
const pairSelfHeavy: Rule = {
  id: 'pair-self-heavy',
  concept: 'respectful-engagement',
  tone: 'reflection',
  sizes: ['pair'],
  roles: ['presenting'],
  needs: ['speaking', 'self'],
  title: 'pair-self-heavy.title',
  question: 'pair-self-heavy.question',
  step: 'pair-self-heavy.step',
  evaluate(ctx) {
    const share = ctx.summary.selfShare;
    const other = pairPartner(ctx);
    if (share === null || !other || other.speakingShare === null || share < PAIR_HEAVY_SHARE) return null;
    return {
      score: 0.55 + 1.2 * (share - PAIR_HEAVY_SHARE),
      evidence: [
        { key: 'pair-self-heavy.evidence', params: { name: other.name, share, other: other.speakingShare } },
      ],
      params: { name: other.name },
      facts: { share, other: other.speakingShare },
    };
  },
};

/** Recognition: a one-to-one with the talk shared about evenly — mutuality. */
const pairMutual: Rule = {
  id: 'pair-mutual',
  concept: 'respectful-engagement',
  tone: 'recognition',
  sizes: ['pair'],
  roles: 'any',
  needs: ['speaking', 'self'],
  title: 'pair-mutual.title',
  question: 'pair-mutual.question',
  step: 'pair-mutual.step',
  evaluate(ctx) {
    const share = ctx.summary.selfShare;
    const other = pairPartner(ctx);
    if (share === null || !other || other.speakingShare === null) return null;
    if (share < 0.4 || share > 0.6) return null;
    return {
      score: 0.6 - Math.abs(share - 0.5),
      evidence: [
        { key: 'pair-mutual.evidence', params: { name: other.name, share, other: other.speakingShare } },
      ],
      params: { name: other.name },
      facts: { share, other: other.speakingShare },
    };
  },
};

/**
 * Turns longer than the model's monologue threshold. A presenter is expected to hold the floor, so for
 * them it takes three such turns before the rule speaks.
 */
const selfMonologues: Rule = {
  id: 'self-monologues',
  concept: 'respectful-engagement',
  tone: 'reflection',
  sizes: ALL,
  roles: 'any',
  needs: ['speaking', 'self'],
  title: 'self-monologues.title',
  question: 'self-monologues.question',
  step: 'self-monologues.step',
  evaluate(ctx) {
    const self = ctx.self;
    if (!self || self.speakingMs === null) return null;
    const min = ctx.role === 'presenting' ? 3 : 1;
    if (self.monologues < min) return null;
    const evidence: Evidence[] = [
      {
        key: 'self-monologues.evidence',
        params: { count: self.monologues, limit: defaultConfig.monologueMs },
      },
    ];
    if (self.longestTurnMs !== null) {
      evidence.push({ key: 'self-monologues.longest', params: { longest: self.longestTurnMs } });
    }
    const score = 0.4 + 0.08 * Math.min(5, self.monologues) - (ctx.role === 'presenting' ? 0.1 : 0);
    return {
      score,
      evidence,
      facts: { monologues: self.monologues, longestTurnMs: self.longestTurnMs ?? 0 },
    };
  },
};

// ─────────────────────────────── listening ───────────────────────────────

const selfInterrupting: Rule = {
  id: 'self-interrupting',
  concept: 'listening',
  tone: 'reflection',
  sizes: ALL,
  roles: 'any',
  needs: ['speaking', 'self'],
  title: 'self-interrupting.title',
  question: 'self-interrupting.question',
  step: 'self-interrupting.step',
  evaluate(ctx) {
    const self = ctx.self;
    // Two, not one: a single overlap is often an accident of latency on a video call.
    if (!self || self.interruptionsMade < 2) return null;
    // When the pair figures name the person, interrupted-by-you says it more precisely.
    if (spokenOverBySelf(ctx).length > 0) return null;
    const evidence: Evidence[] = [
      { key: 'self-interrupting.evidence', params: { count: self.interruptionsMade } },
    ];
    if (self.interruptionsReceived > 0) {
      evidence.push({ key: 'self-interrupting.received', params: { count: self.interruptionsReceived } });
    }
    return {
      score: Math.min(0.9, 0.45 + 0.08 * self.interruptionsMade),
      evidence,
      facts: { made: self.interruptionsMade, received: self.interruptionsReceived },
    };
  },
};

// ─────────────────────────────── trusting ───────────────────────────────

/** One-to-one where the other person carried the talk: room to bring yourself in (vulnerability builds trust). */
const pairOtherHeavy: Rule = {
  id: 'pair-other-heavy',
  concept: 'trusting',
  tone: 'reflection',
  sizes: ['pair'],
  roles: ['participant'],
  needs: ['speaking', 'self'],
  title: 'pair-other-heavy.title',
  question: 'pair-other-heavy.question',
  step: 'pair-other-heavy.step',
  evaluate(ctx) {
    const share = ctx.summary.selfShare;
    const other = pairPartner(ctx);
    if (share === null || !other || other.speakingShare === null || other.speakingShare < 0.7) return null;
    return {
      score: 0.4 + (other.speakingShare - 0.7),
      evidence: [
        { key: 'pair-other-heavy.evidence', params: { name: other.name, share, other: other.speakingShare } },
      ],
      params: { name: other.name },
      facts: { share, other: other.speakingShare },
    };
  },
};

/** Group call where the user said little: speaking up is a form of trust. */
const selfQuiet: Rule = {
  id: 'self-quiet',
  concept: 'trusting',
  tone: 'reflection',
  sizes: GROUPS,
  roles: ['participant'],
  needs: ['speaking', 'self'],
  title: 'self-quiet.title',
  question: 'self-quiet.question',
  step: 'self-quiet.step',
  evaluate(ctx) {
    const share = ctx.summary.selfShare;
    const self = ctx.self;
    if (share === null || !self || self.presentMs < 0.5 * ctx.summary.durationMs) return null;
    const fair = fairOf(ctx);
    const expected = expectedOf(ctx);
    if (share >= 0.5 * expected.share) return null;
    return {
      score: 0.4 + 0.3 * clamp01(1 - share / (0.5 * expected.share)),
      evidence: [
        { key: 'self-quiet.evidence', params: { share, fair, n: ctx.n } },
        ...(expected.line ? [expected.line] : []),
      ],
      facts: { share, fair, n: ctx.n, expected: expected.share },
    };
  },
};

// ─────────────────────────────── care ───────────────────────────────

/** Spoke at least two minutes and at least half an even share: a contribution worth acknowledging. */
export function isContributor(p: ParticipantSummary, fair: number): boolean {
  return (p.speakingMs ?? 0) >= 2 * MIN && (p.speakingShare ?? 0) >= 0.5 * fair;
}

/**
 * Others who contributed a real part of the talk and got no thanks, credit or agreement from the user.
 * Needs captions or chat: without them Rapport cannot see spoken or written thanks at all.
 */
const unacknowledged: Rule = {
  id: 'unacknowledged',
  concept: 'care',
  tone: 'reflection',
  sizes: ALL,
  roles: 'any',
  needs: ['speaking', 'acks', 'self'],
  title: 'unacknowledged.title',
  question: 'unacknowledged.question',
  step: 'unacknowledged.step',
  evaluate(ctx) {
    const fair = fairOf(ctx);
    const acked = new Set(ctx.acksBySelf.map((a) => a.toId));
    const missed = speakingKnown(ctx)
      .filter((p) => !acked.has(p.id) && isContributor(p, fair))
      .sort(byDesc((p) => p.speakingMs ?? 0));
    const first = missed[0];
    if (!first || first.speakingMs === null) return null;
    const shown = missed.slice(0, 3);
    const evidence: Evidence[] = shown.map((p) => ({
      key: 'unacknowledged.each',
      params: { name: p.name, spoke: p.speakingMs ?? 0 },
    }));
    evidence.push({ key: 'unacknowledged.none', params: { names: missed.map((p) => p.name) } });
    // Higher when the user acknowledged nobody at all than when they thanked some and missed one.
    const score = 0.45 + 0.05 * Math.min(4, missed.length) + (ctx.acksBySelf.length === 0 ? 0.15 : 0);
    return {
      score,
      evidence,
      params: { name: first.name },
      facts: { missed: missed.length, firstSpeakingMs: first.speakingMs },
    };
  },
};

/** Long calls drain energy: 75 minutes is past the hour most calls are booked for plus a typical overrun. */
const LONG_CALL_MS = 75 * MIN;
const longCall: Rule = {
  id: 'long-call',
  concept: 'care',
  tone: 'reflection',
  sizes: ALL,
  roles: 'any',
  needs: [],
  title: 'long-call.title',
  question: 'long-call.question',
  step: 'long-call.step',
  evaluate(ctx) {
    const d = ctx.summary.durationMs;
    if (d < LONG_CALL_MS) return null;
    return {
      score: Math.min(0.6, 0.3 + (0.1 * (d - LONG_CALL_MS)) / (30 * MIN)),
      evidence: [{ key: 'long-call.evidence', params: { duration: d } }],
      facts: { durationMs: d },
    };
  },
};

// ─────────────────────────────── recognition ───────────────────────────────

const THANKS_KINDS: readonly AckKind[] = ['thanks', 'credit', 'agreement', 'manual'];

/** Recognition: the user thanked, credited or built on others. */
const thankedOthers: Rule = {
  id: 'thanked-others',
  concept: 'recognition',
  tone: 'recognition',
  sizes: ALL,
  roles: 'any',
  needs: ['self'],
  title: 'thanked-others.title',
  question: 'thanked-others.question',
  step: 'thanked-others.step',
  evaluate(ctx) {
    const acks = ctx.acksBySelf.filter((a) => THANKS_KINDS.includes(a.kind));
    const people = distinctNames(
      ctx,
      acks.map((a) => a.toId),
    );
    // In a pair one person is everyone; in a group, thanking two people is a pattern rather than a reflex.
    if (people.length < Math.min(2, Math.max(1, ctx.others.length))) return null;
    const evidence: Evidence[] = [];
    for (const kind of THANKS_KINDS) {
      const names = distinctNames(
        ctx,
        acks.filter((a) => a.kind === kind).map((a) => a.toId),
      );
      if (names.length > 0) evidence.push({ key: `thanked-others.${kind}` as MessageKey, params: { names } });
    }
    return {
      score: Math.min(0.85, 0.5 + 0.08 * people.length),
      evidence,
      facts: { people: people.length, acks: acks.length },
    };
  },
};

// ─────────────────────────────── task enabling ───────────────────────────────

/** Recognition: others thanked or credited the user — they helped someone succeed. */
const thankedByOthers: Rule = {
  id: 'thanked-by-others',
  concept: 'task-enabling',
  tone: 'recognition',
  sizes: ALL,
  roles: 'any',
  needs: ['self'],
  title: 'thanked-by-others.title',
  question: 'thanked-by-others.question',
  step: 'thanked-by-others.step',
  evaluate(ctx) {
    const acks = ctx.acksToSelf.filter((a) => a.kind === 'thanks' || a.kind === 'credit');
    const names = distinctNames(
      ctx,
      acks.map((a) => a.fromId),
    );
    if (names.length === 0 || acks.length < 1) return null;
    return {
      score: Math.min(0.7, 0.4 + 0.06 * acks.length),
      evidence: [{ key: 'thanked-by-others.evidence', params: { names, count: acks.length } }],
      facts: { acks: acks.length, people: names.length },
    };
  },
};

/** The user led a call where people raised hands: a clear queue helps them contribute. */
const handsRaised: Rule = {
  id: 'hands-raised',
  concept: 'task-enabling',
  tone: 'reflection',
  sizes: GROUPS,
  roles: ['presenting'],
  needs: [],
  title: 'hands-raised.title',
  question: 'hands-raised.question',
  step: 'hands-raised.step',
  evaluate(ctx) {
    const raisers = ctx.others.filter((p) => p.handRaises > 0).sort(byDesc((p) => p.handRaises));
    const count = raisers.reduce((s, p) => s + p.handRaises, 0);
    if (count < 2) return null;
    return {
      score: Math.min(0.7, 0.35 + 0.05 * count),
      evidence: [{ key: 'hands-raised.evidence', params: { count, names: raisers.map((p) => p.name) } }],
      facts: { count, people: raisers.length },
    };
  },
};

// ─────────────────────────────── exposure ───────────────────────────────

/**
 * The user's camera was mostly off. Trust grows with being seen, especially for a leader and in a
 * one-to-one; but camera off is often the right choice, so this is a gentle, low-priority prompt.
 */
const CAMERA_OFF_MAX = 0.25;
const CAMERA_ON_MIN = 0.8;

function groupCameraShare(ctx: RuleContext): number | null {
  let on = 0;
  let seen = 0;
  for (const p of ctx.others) {
    if (p.cameraShare === null || p.coverage.camera < PERSON_MIN_COVERAGE) continue;
    on += p.cameraShare * p.presentMs;
    seen += p.presentMs;
  }
  return seen > 0 ? on / seen : null;
}

const cameraOff: Rule = {
  id: 'camera-off',
  concept: 'exposure',
  tone: 'reflection',
  sizes: ALL,
  roles: 'any',
  needs: ['camera', 'self'],
  title: 'camera-off.title',
  question: 'camera-off.question',
  step: 'camera-off.step',
  evaluate(ctx) {
    const self = ctx.self;
    if (!self || self.cameraShare === null || self.coverage.camera < PERSON_MIN_COVERAGE) return null;
    if (self.cameraShare >= CAMERA_OFF_MAX) return null;
    const group = groupCameraShare(ctx);
    const evidence: Evidence[] = [{ key: 'camera-off.evidence', params: { share: self.cameraShare } }];
    if (group !== null) evidence.push({ key: 'camera-off.group', params: { group } });
    const visibleMatters = ctx.size === 'pair' || ctx.role === 'presenting';
    const score = 0.3 + 0.3 * Math.max(0, (group ?? 0) - self.cameraShare) + (visibleMatters ? 0.1 : 0);
    const facts: Record<string, number> = { share: self.cameraShare };
    if (group !== null) facts.group = group;
    return { score, evidence, facts };
  },
};

const cameraOn: Rule = {
  id: 'camera-on',
  concept: 'exposure',
  tone: 'recognition',
  sizes: ALL,
  roles: 'any',
  needs: ['camera', 'self'],
  title: 'camera-on.title',
  question: 'camera-on.question',
  step: 'camera-on.step',
  evaluate(ctx) {
    const self = ctx.self;
    if (!self || self.cameraShare === null || self.coverage.camera < PERSON_MIN_COVERAGE) return null;
    if (self.cameraShare < CAMERA_ON_MIN) return null;
    const visibleMatters = ctx.size === 'pair' || ctx.role === 'presenting';
    return {
      score: 0.35 + (visibleMatters ? 0.1 : 0),
      evidence: [{ key: 'camera-on.evidence', params: { share: self.cameraShare } }],
      facts: { share: self.cameraShare },
    };
  },
};

// ─────────────────────────────── playing ───────────────────────────────

/** Recognition: emoji reactions are the lightness a video call can show. Only positive — laughter is invisible. */
const playfulMoments: Rule = {
  id: 'playful-moments',
  concept: 'playing',
  tone: 'recognition',
  sizes: ALL,
  roles: 'any',
  needs: [],
  title: 'playful-moments.title',
  question: 'playful-moments.question',
  step: 'playful-moments.step',
  evaluate(ctx) {
    const count = ctx.summary.participants.reduce((s, p) => s + p.reactions, 0);
    if (count < 3) return null;
    const mine = ctx.self?.reactions ?? 0;
    const evidence: Evidence[] = [{ key: 'playful-moments.evidence', params: { count } }];
    if (mine > 0) evidence.push({ key: 'playful-moments.self', params: { count: mine } });
    return {
      score: Math.min(0.6, 0.3 + 0.03 * count + (mine > 0 ? 0.05 : 0)),
      evidence,
      facts: { count, mine },
    };
  },
};

// ───────────────────────────── stretches of the call ─────────────────────────────

/**
 * Stretches where one person held the floor (the model's dominance windows: > 60 % of the talk over a
 * sliding 2.5 minutes). One window is one long answer; two or more in a row (≥ 3 minutes) is a stretch
 * someone could have noticed. A stretch covering most of the call is the whole-call rules' matter
 * (presenter-airtime, pair-self-heavy, pair-other-heavy), so it is left to them.
 */
export const HELD_MIN_WINDOWS = 2;
export const HELD_MAX_CALL_FRACTION = 0.75;

/** 1-based minutes of the call a stretch spans: [0, 4 min) is "minutes 1 to 4". */
export function stretchMinutes(startedAt: number, d: DominanceStretch): { from: number; to: number } {
  const from = Math.floor((d.from - startedAt) / MIN) + 1;
  const to = Math.max(from, Math.ceil((d.to - startedAt) / MIN));
  return { from, to };
}
const minutesOf = (ctx: RuleContext, d: DominanceStretch) => stretchMinutes(ctx.summary.startedAt, d);

function heldStretches(ctx: RuleContext, mine: boolean): DominanceStretch[] {
  const dur = ctx.summary.durationMs;
  return (ctx.summary.dominance ?? []).filter((d) => {
    if (d.windows < HELD_MIN_WINDOWS || d.to - d.from >= HELD_MAX_CALL_FRACTION * dur) return false;
    const p = ctx.byId.get(d.id);
    if (!p || (p.coverage.speaking < PERSON_MIN_COVERAGE && !p.isSelf)) return false;
    return mine ? p.isSelf : !p.isSelf;
  });
}

/** The user held more than 60 % of the talk for a stretch of the call. */
const selfHeldFloor: Rule = {
  id: 'self-held-floor',
  concept: 'listening',
  tone: 'reflection',
  sizes: ALL,
  roles: 'any',
  needs: ['speaking', 'self'],
  title: 'self-held-floor.title',
  question: 'self-held-floor.question',
  step: 'self-held-floor.step',
  evaluate(ctx) {
    const mine = heldStretches(ctx, true);
    if (mine.length === 0) return null;
    const longest = mine.reduce((a, b) => (b.windows > a.windows ? b : a));
    const evidence: Evidence[] = mine.slice(0, 2).map((d) => ({
      key: 'self-held-floor.each',
      params: { ...minutesOf(ctx, d), share: d.peakShare },
    }));
    return {
      score: Math.min(0.8, 0.4 + 0.05 * (longest.windows - HELD_MIN_WINDOWS) + 0.05 * (mine.length - 1)),
      evidence,
      facts: { stretches: mine.length, windows: longest.windows, share: longest.peakShare },
    };
  },
};

/** Someone else held more than 60 % of the talk for a stretch of a group call. */
const othersHeldFloor: Rule = {
  id: 'others-held-floor',
  concept: 'inclusion',
  tone: 'reflection',
  sizes: GROUPS,
  roles: 'any',
  needs: ['speaking'],
  title: 'others-held-floor.title',
  question: 'others-held-floor.question',
  step: 'others-held-floor.step',
  evaluate(ctx) {
    const held = heldStretches(ctx, false).sort(byDesc((d) => d.windows));
    const first = held[0];
    if (!first) return null;
    const name = ctx.byId.get(first.id)!.name;
    return {
      score: Math.min(0.7, 0.35 + 0.05 * (first.windows - HELD_MIN_WINDOWS)),
      evidence: held.slice(0, 2).map((d) => ({
        key: 'others-held-floor.each',
        params: { name: ctx.byId.get(d.id)!.name, ...minutesOf(ctx, d), share: d.peakShare },
      })),
      params: { name },
      facts: { stretches: held.length, windows: first.windows, share: first.peakShare },
    };
  },
};

// ───────────────────────────── pairs: who follows and who interrupts whom ─────────────────────────────

/**
 * Others the user spoke over, from the pair figures (reducer.ts "Interruptions"): the user did it at
 * least twice to them, or they were spoken over at least twice and at least once by the user. Whoever
 * is named has their speaking seen for most of their presence.
 */
export function spokenOverBySelf(
  ctx: RuleContext,
): Array<{ p: ParticipantSummary; total: number; mine: number }> {
  const self = ctx.self;
  const pairs = ctx.summary.interruptionPairs;
  if (!self || !pairs) return [];
  const out: Array<{ p: ParticipantSummary; total: number; mine: number }> = [];
  for (const p of speakingKnown(ctx)) {
    const mine = pairs.find((x) => x.byId === self.id && x.ofId === p.id)?.count ?? 0;
    const total = Math.max(p.interruptionsReceived, mine);
    if (mine >= 2 || (mine >= 1 && total >= 2)) out.push({ p, total, mine });
  }
  return out.sort((a, b) => b.mine - a.mine || b.total - a.total);
}

/** "Sam was spoken over 3 times, twice by you." */
const interruptedByYou: Rule = {
  id: 'interrupted-by-you',
  concept: 'listening',
  tone: 'reflection',
  sizes: ALL,
  roles: 'any',
  needs: ['speaking', 'self'],
  title: 'interrupted-by-you.title',
  question: 'interrupted-by-you.question',
  step: 'interrupted-by-you.step',
  evaluate(ctx) {
    const hit = spokenOverBySelf(ctx);
    const first = hit[0];
    if (!first) return null;
    return {
      score: Math.min(0.9, 0.5 + 0.08 * first.mine + 0.03 * first.total),
      evidence: hit.slice(0, 2).map((h) => ({
        key: 'interrupted-by-you.each',
        params: { name: h.p.name, count: h.total, mine: h.mine },
      })),
      params: { name: first.p.name },
      facts: { people: hit.length, count: first.total, mine: first.mine },
    };
  },
};

/**
 * Someone took at least two turns and nobody picked up after any of them (reducer.ts "Pick-ups": nobody
 * else spoke within `pickupMaxGapMs` of their turn, nor took over as they stopped), while others' turns
 * were picked up: their points were left lying. Needs the pick-up figures (absent: not measured).
 */
export const NOT_PICKED_UP_MIN_TURNS = 2;
const notPickedUp: Rule = {
  id: 'not-picked-up',
  concept: 'respectful-engagement',
  tone: 'reflection',
  sizes: GROUPS,
  roles: 'any',
  needs: ['speaking'],
  title: 'not-picked-up.title',
  question: 'not-picked-up.question',
  step: 'not-picked-up.step',
  evaluate(ctx) {
    if (!ctx.summary.pickupPairs) return null;
    const picked = ctx.summary.pickupPairs.reduce((n, x) => n + x.count, 0);
    // In a call where nobody picked up anybody, the pattern is the call's, not one person's.
    if (picked === 0) return null;
    const dropped = speakingKnown(ctx)
      .filter((p) => p.turnsPickedUp === 0 && p.turns >= NOT_PICKED_UP_MIN_TURNS)
      .sort(byDesc((p) => p.turns));
    const first = dropped[0];
    if (!first) return null;
    const gap = defaultConfig.pickupMaxGapMs;
    return {
      score: Math.min(0.75, 0.45 + 0.05 * Math.min(4, first.turns - 1) + 0.05 * (dropped.length - 1)),
      evidence: [
        ...dropped
          .slice(0, 2)
          .map(
            (p): Evidence => ({ key: 'not-picked-up.each', params: { name: p.name, turns: p.turns, gap } }),
          ),
        { key: 'not-picked-up.others', params: { count: picked } },
      ],
      params: { name: first.name },
      facts: { people: dropped.length, turns: first.turns, picked },
    };
  },
};

/**
 * Priority on the card and in the popup (issue 18; `selectFindings` in engine.ts applies it):
 *   1. other people's inclusion, in this order — silent-people (also when the person left early),
 *      quiet-people, unacknowledged, others-interrupted (`OTHERS_FIRST`);
 *   2. the best recognition of the user (balanced-group, invited-in, thanked-others, thanked-by-others,
 *      camera-on, pair-mutual, playful-moments: whichever scores highest);
 *   3. everything else by score.
 * One prompt per concept throughout. The card shows the first two of this list, the popup all of it, so
 * praise of the user never hides a person whose voice was not heard.
 */
export const RULES: readonly Rule[] = [
  silentPeople,
  quietPeople,
  balancedGroup,
  fewVoices,
  presenterAirtime,
  othersInterrupted,
  invitedIn,
  pairSelfHeavy,
  pairMutual,
  selfMonologues,
  selfInterrupting,
  pairOtherHeavy,
  selfQuiet,
  unacknowledged,
  longCall,
  thankedOthers,
  thankedByOthers,
  handsRaised,
  cameraOff,
  cameraOn,
  playfulMoments,
  selfHeldFloor,
  othersHeldFloor,
  interruptedByYou,
  notPickedUp,
];
