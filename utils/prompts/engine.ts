/**
 * The reflection engine: summary in, a handful of kind, evidence-backed prompts out.
 *
 *     const r = reflect(summary, { locale: 'en' });
 *     r.state     // 'ok' | 'too_short' | 'alone' | 'no_data'
 *     r.prompts   // 3–5 rendered prompts (fewer only when fewer apply), distinct concepts
 *     r.caveats   // what Rapport could not see well, in words
 *
 * Selection (`selectFindings`): every rule whose audience matches and whose signals were covered is
 * evaluated; findings without evidence are dropped; the rest are ranked by score, then placed by priority:
 *
 *   1. other people's inclusion (`OTHERS_FIRST`, in this order): someone who never spoke (silent-people —
 *      whether or not they stayed to the end), someone who barely spoke (quiet-people), a contributor the
 *      user did not acknowledge (unacknowledged), someone spoken over (others-interrupted);
 *   2. the best recognition of the user, if any (say what went well, and recognise it whenever deserved);
 *   3. everything else by rank.
 *
 * At most one prompt per concept; the first three whatever their score (three modest prompts beat none),
 * a fourth and fifth only when relevant (score ≥ 0.4). Fewer than three only when fewer rules fired with
 * distinct concepts.
 *
 * Why others come first (issue 18): the end-of-call card shows only the first `CARD_PROMPTS` of this list,
 * and it used to spend them on praise ("You helped others", "You were visible") while a person who was
 * muted all call and left early — named in the popup's full list — was never mentioned. A voice that was
 * not heard is what the user can still do something about (a note after the call, an invitation next
 * time); praise keeps. The card and the popup now read the same ordered list: the card is its head.
 */
import type { MeetingSummary } from '@/utils/meeting/types';
import type { SeriesSettings } from '@/utils/store/series';
import {
  buildContext,
  type CoveredSignal,
  MIN_DURATION_MS,
  type Role,
  type RuleContext,
  SIGNAL_FULL_COVERAGE,
  SIGNAL_MIN_COVERAGE,
  type SizeClass,
} from './context';
import type { Locale, Params, Translate } from './format';
import { type MessageKey, t } from './messages';
import { type Concept, RULES, type Rule, type RuleHit, type Tone } from './rules';

export const MIN_PROMPTS = 3;
/** What the end-of-call card shows: the first prompts of the same list the popup shows in full. */
export const CARD_PROMPTS = 2;
/** Prompts about other people's inclusion, placed before everything else in this order (see the note). */
export const OTHERS_FIRST: readonly string[] = [
  'silent-people',
  'quiet-people',
  'unacknowledged',
  'others-interrupted',
  'not-picked-up',
];
export const MAX_PROMPTS = 5;
/** Beyond the first three, a prompt needs at least this score to be shown. */
export const EXTRA_PROMPT_MIN_SCORE = 0.4;

export interface Finding extends RuleHit {
  ruleId: string;
  concept: Concept;
  tone: Tone;
  rule: Rule;
}

/** A prompt as views show it. Every string is plain text (names inside are page text: render as text). */
export interface Prompt {
  id: string;
  concept: Concept;
  conceptLabel: string;
  tone: Tone;
  score: number;
  title: string;
  evidence: string[];
  question: string;
  nextStep: string;
}

export interface Caveat {
  signal: Exclude<CoveredSignal, 'self'> | 'self';
  /** 0..1, or null for `self` (there is no fraction to it). */
  coverage: number | null;
  /** true when rules depending on this signal were left out. */
  silenced: boolean;
  text: string;
}

export type ReflectionState = 'ok' | 'too_short' | 'alone' | 'no_data';

export interface Reflection {
  state: ReflectionState;
  size: SizeClass | null;
  role: Role | null;
  /** Counted people (self included). */
  people: number;
  /** true when any caveat applies: the view shows the "partial data" notice. */
  partial: boolean;
  caveats: Caveat[];
  prompts: Prompt[];
  /** Everything that fired, ranked (for tests, debugging and "more prompts"). */
  findings: Finding[];
}

export interface ReflectOptions {
  locale?: Locale;
  /** The words: the extension's `_locales` messages by default; tests pass a table. */
  translate?: Translate;
  rules?: readonly Rule[];
  /** The meeting series' settings (utils/store/series.ts): the user's role and expected share. */
  series?: SeriesSettings | null;
  min?: number;
  max?: number;
}

/** Whether a rule may run in this context: audience matches and its signals were covered. */
export function applies(rule: Rule, ctx: RuleContext): boolean {
  if (ctx.size === 'solo' || !rule.sizes.includes(ctx.size)) return false;
  if (rule.roles !== 'any') {
    if (ctx.role === 'unknown' || !rule.roles.includes(ctx.role)) return false;
  }
  return rule.needs.every((s) => ctx.covered[s]);
}

function hasEvidence(hit: RuleHit): boolean {
  return (
    hit.evidence.length > 0 &&
    Object.values(hit.facts).every((v) => typeof v === 'string' || Number.isFinite(v))
  );
}

export function evaluateRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    if (!applies(rule, ctx)) continue;
    const hit = rule.evaluate(ctx);
    if (!hit || !hasEvidence(hit) || !Number.isFinite(hit.score)) continue;
    out.push({
      ...hit,
      score: Math.max(0, Math.min(1, hit.score)),
      ruleId: rule.id,
      concept: rule.concept,
      tone: rule.tone,
      rule,
    });
  }
  // Stable: ties keep the rules' order.
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.score - a.f.score || a.i - b.i)
    .map(({ f }) => f);
}

export function selectFindings(
  findings: readonly Finding[],
  min = MIN_PROMPTS,
  max = MAX_PROMPTS,
): Finding[] {
  // Stable sort: equal scores keep the order they came in (the rules' order).
  const ranked = [...findings].sort((a, b) => b.score - a.score);
  const picked: Finding[] = [];
  const concepts = new Set<Concept>();
  const take = (f: Finding) => {
    picked.push(f);
    concepts.add(f.concept);
  };
  // 1. Other people's inclusion, in priority order (within the first `min`, whatever their score).
  for (const id of OTHERS_FIRST) {
    const f = ranked.find((x) => x.ruleId === id);
    if (!f || picked.length >= max || concepts.has(f.concept)) continue;
    if (picked.length >= min && f.score < EXTRA_PROMPT_MIN_SCORE) continue;
    take(f);
  }
  // 2. Positive recognition when deserved: the best one is reserved the next place.
  const recognition = ranked.find((f) => f.tone === 'recognition' && !concepts.has(f.concept));
  if (recognition && picked.length < max) take(recognition);
  // 3. The rest by rank.
  for (const f of ranked) {
    if (picked.length >= max) break;
    if (picked.includes(f) || concepts.has(f.concept)) continue;
    if (picked.length >= min && f.score < EXTRA_PROMPT_MIN_SCORE) continue;
    take(f);
  }
  return picked;
}

export function renderFinding(f: Finding, locale: Locale, tr?: Translate): Prompt {
  const params: Params = f.params ?? {};
  return {
    id: f.ruleId,
    concept: f.concept,
    conceptLabel: t(locale, `concept.${f.concept}` as MessageKey, {}, tr),
    tone: f.tone,
    score: f.score,
    title: t(locale, f.rule.title, params, tr),
    evidence: f.evidence.map((e) => t(locale, e.key, e.params, tr)),
    question: t(locale, f.rule.question, params, tr),
    nextStep: t(locale, f.step ?? f.rule.step, params, tr),
  };
}

/** The end-of-call card's prompts: the head of the popup's list, never a different choice. */
export function cardPrompts(r: Pick<Reflection, 'prompts'>, n = CARD_PROMPTS): Prompt[] {
  return r.prompts.slice(0, n);
}

export function caveatsFor(ctx: RuleContext, locale: Locale, tr?: Translate): Caveat[] {
  const out: Caveat[] = [];
  for (const signal of ['speaking', 'camera', 'acks'] as const) {
    const coverage = ctx.coverage[signal];
    if (coverage >= SIGNAL_FULL_COVERAGE) continue;
    const silenced = coverage < SIGNAL_MIN_COVERAGE;
    const key = `caveat.${signal}.${silenced ? 'off' : 'partial'}` as MessageKey;
    out.push({ signal, coverage, silenced, text: t(locale, key, { coverage }, tr) });
  }
  if (!ctx.self)
    out.push({ signal: 'self', coverage: null, silenced: true, text: t(locale, 'caveat.self', {}, tr) });
  return out;
}

export function reflect(summary: MeetingSummary, opts: ReflectOptions = {}): Reflection {
  const locale = opts.locale ?? 'en';
  const empty = (state: ReflectionState): Reflection => ({
    state,
    size: null,
    role: null,
    people: summary.participants.length,
    partial: false,
    caveats: [],
    prompts: [],
    findings: [],
  });
  if (summary.participants.length === 0) return empty('no_data');
  if (summary.durationMs < MIN_DURATION_MS) return empty('too_short');
  const ctx = buildContext(summary, opts.series ?? null);
  const caveats = caveatsFor(ctx, locale, opts.translate);
  const base = { size: ctx.size, role: ctx.role, people: ctx.n, partial: caveats.length > 0, caveats };
  if (ctx.size === 'solo') return { ...base, state: 'alone', prompts: [], findings: [] };
  const findings = evaluateRules(ctx, opts.rules);
  const chosen = selectFindings(findings, opts.min, opts.max);
  return {
    ...base,
    state: 'ok',
    prompts: chosen.map((f) => renderFinding(f, locale, opts.translate)),
    findings,
  };
}
