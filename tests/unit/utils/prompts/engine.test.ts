import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '@/utils/meeting/types';
import {
  buildContext,
  type Finding,
  LOCALES,
  MESSAGE_KEYS,
  messageIds,
  RULES,
  reflect,
  reflectionSchema,
  roleOf,
  selectFindings,
} from '@/utils/prompts';
import { loadMessages, translator } from '../../../setup/i18n';
import { MIN, makeSummary, teamCall } from './factory';

/** A call where nearly every rule has something to say. */
function busyCall(): MeetingSummary {
  return makeSummary({
    durationMin: 95,
    people: [
      {
        name: 'Me',
        self: true,
        spokeMin: 40,
        monologues: 4,
        interruptionsMade: 3,
        camera: 0.1,
        reactions: 2,
      },
      { name: 'Sam', spokeMin: 8, interruptionsReceived: 3, handRaises: 2, reactions: 2 },
      { name: 'Ana', spokeMin: 10 },
      { name: 'Kim', spokeMin: 0.3 },
      { name: 'Lee', spokeMin: 0 },
    ],
    acks: [
      { from: 'me', to: 'sam', kind: 'invitation' },
      { from: 'me', to: 'sam', kind: 'thanks' },
      { from: 'me', to: 'kim', kind: 'thanks' },
      { from: 'ana', to: 'me', kind: 'thanks' },
    ],
  });
}

const UNKNOWN_MARKERS = /\b(null|undefined|NaN|Infinity)\b/;

describe('reflect: selection', () => {
  it('picks 3–5 prompts with distinct concepts, each with evidence', () => {
    const r = reflect(busyCall());
    expect(r.state).toBe('ok');
    expect(r.prompts.length).toBeGreaterThanOrEqual(3);
    expect(r.prompts.length).toBeLessThanOrEqual(5);
    expect(new Set(r.prompts.map((p) => p.concept)).size).toBe(r.prompts.length);
    for (const p of r.prompts) {
      expect(p.evidence.length).toBeGreaterThan(0);
      for (const e of p.evidence) expect(e).toMatch(/\d|Sam|Ana|Kim|Lee/);
    }
    expect(r.findings.length).toBeGreaterThan(r.prompts.length);
  });

  it('names the silent person in the team call and recognises the invitation and thanks', () => {
    const r = reflect(teamCall());
    const text = r.prompts.flatMap((p) => p.evidence).join(' ');
    expect(text).toContain('Lee spoke 0 of the 42 min');
    expect(r.prompts.some((p) => p.tone === 'recognition')).toBe(true);
    expect(text).toMatch(/You invited Sam in by name|You thanked Ana and Kim/);
    // Others' inclusion first (issue 18), then what went well.
    expect(r.prompts[0]?.id).toBe('silent-people');
    expect(r.prompts[1]?.tone).toBe('recognition');
  });

  it('returns fewer than 3 only when fewer apply', () => {
    const s = makeSummary({
      durationMin: 20,
      people: [
        { name: 'Me', self: true, spokeMin: 5, camera: 0.5 },
        { name: 'Sam', spokeMin: 5 },
      ],
      coverage: { captions: 0, chat: 0 },
    });
    const r = reflect(s);
    expect(r.state).toBe('ok');
    expect(r.prompts.length).toBe(r.findings.length);
    expect(r.prompts.map((p) => p.id)).toEqual(['pair-mutual']);
  });

  it('never takes two of the same concept even when they score highest', () => {
    const mk = (
      ruleId: string,
      concept: Finding['concept'],
      score: number,
      tone: Finding['tone'] = 'reflection',
    ) =>
      ({
        ruleId,
        concept,
        score,
        tone,
        evidence: [{ key: 'long-call.evidence', params: {} }],
        facts: {},
      }) as unknown as Finding;
    const picked = selectFindings([
      mk('a', 'inclusion', 0.9),
      mk('b', 'inclusion', 0.85),
      mk('c', 'care', 0.5),
      mk('d', 'trusting', 0.2),
      mk('e', 'playing', 0.1),
      mk('f', 'exposure', 0.05, 'recognition'),
    ]);
    // The recognition is reserved a place and leads; then by rank, one per concept, extras only if relevant.
    expect(picked.map((f) => f.ruleId)).toEqual(['f', 'a', 'c']);
    // Only the best recognition is reserved; others keep their rank.
    // Without a recognition, the first three are taken whatever their score.
    expect(
      selectFindings([mk('a', 'inclusion', 0.9), mk('c', 'care', 0.1), mk('d', 'trusting', 0.05)]).map(
        (f) => f.ruleId,
      ),
    ).toEqual(['a', 'c', 'd']);
    const two = selectFindings([
      mk('a', 'inclusion', 0.9),
      mk('r1', 'recognition', 0.7, 'recognition'),
      mk('r2', 'exposure', 0.8, 'recognition'),
    ]);
    expect(two.map((f) => f.ruleId)).toEqual(['r2', 'a', 'r1']);
  });

  it('adds the best recognition when one applies but did not make the cut', () => {
    const r = reflect(busyCall());
    expect(r.findings.some((f) => f.tone === 'recognition')).toBe(true);
    expect(r.prompts.some((p) => p.tone === 'recognition')).toBe(true);
  });

  it('never cites unknown figures: people with null speaking are not named', () => {
    const s = makeSummary({
      durationMin: 40,
      people: [
        { name: 'Me', self: true, spokeMin: 8, camera: null },
        { name: 'Sam', spokeMin: 8 },
        { name: 'Ana', spokeMin: 8 },
        { name: 'Ghost', spokeMin: null, camera: null },
      ],
    });
    const r = reflect(s);
    const all = r.findings.flatMap((f) => f.evidence.map((e) => JSON.stringify(e.params)));
    expect(all.join(' ')).not.toContain('Ghost');
    for (const p of r.prompts)
      expect([p.title, ...p.evidence, p.question, p.nextStep].join(' ')).not.toMatch(UNKNOWN_MARKERS);
    expect(r.findings.some((f) => f.concept === 'exposure')).toBe(false);
    for (const f of r.findings)
      for (const v of Object.values(f.facts)) expect(typeof v === 'string' || Number.isFinite(v)).toBe(true);
  });
});

describe('reflect: states and caveats', () => {
  it('calls under 2 minutes are too short to judge', () => {
    const s = makeSummary({ durationMin: 1.5, people: [{ name: 'Me', self: true }, { name: 'Sam' }] });
    expect(reflect(s)).toMatchObject({ state: 'too_short', prompts: [] });
  });

  it('a call with nobody else is "alone"; an empty summary is "no_data"', () => {
    expect(reflect(makeSummary({ people: [{ name: 'Me', self: true }] })).state).toBe('alone');
    expect(reflect(makeSummary({ people: [] })).state).toBe('no_data');
  });

  it('low coverage adds caveats and silences the rules that depend on it', () => {
    const s = makeSummary({
      durationMin: 40,
      people: [
        { name: 'Me', self: true, spokeMin: 8, camera: 0.1 },
        { name: 'Sam', spokeMin: 8 },
        { name: 'Ana', spokeMin: 8 },
        { name: 'Lee', spokeMin: 0 },
      ],
      coverage: { speaking: 0.3, camera: 0.7, captions: 0, chat: 0 },
    });
    const r = reflect(s);
    expect(r.partial).toBe(true);
    const bySignal = Object.fromEntries(r.caveats.map((c) => [c.signal, c]));
    expect(bySignal.speaking).toMatchObject({ silenced: true });
    expect(bySignal.speaking?.text).toContain('30%');
    expect(bySignal.camera).toMatchObject({ silenced: false });
    expect(bySignal.acks).toMatchObject({ silenced: true });
    const speakingRules = new Set(RULES.filter((x) => x.needs.includes('speaking')).map((x) => x.id));
    expect(r.findings.filter((f) => speakingRules.has(f.ruleId))).toEqual([]);
    expect(r.findings.some((f) => f.ruleId === 'camera-off')).toBe(true);
  });

  it('full coverage has no caveats', () => {
    expect(reflect(teamCall()).caveats).toEqual([]);
  });

  it('renders German from the same findings', () => {
    const r = reflect(teamCall(), { locale: 'de', translate: translator('de') });
    expect(r.prompts.flatMap((p) => p.evidence).join(' ')).toContain(
      'Lee hat in 42 Min. Anwesenheit nicht gesprochen',
    );
  });
});

describe('audience', () => {
  it('defines presenting per call size', () => {
    const pair = (self: number, other: number) =>
      makeSummary({
        people: [
          { name: 'Me', self: true, spokeMin: self },
          { name: 'Sam', spokeMin: other },
        ],
      });
    const roleFor = (s: MeetingSummary) => {
      const ctx = buildContext(s);
      return [ctx.size, roleOf(s, ctx.self, ctx.n)];
    };
    expect(roleFor(pair(6, 4))).toEqual(['pair', 'presenting']);
    expect(roleFor(pair(5, 5))).toEqual(['pair', 'participant']);
    const many = (self: number) =>
      makeSummary({
        people: [
          { name: 'Me', self: true, spokeMin: self },
          ...Array.from({ length: 9 }, (_, i) => ({ name: `P${i}`, spokeMin: 2 })),
        ],
      });
    expect(roleFor(many(5))).toEqual(['large', 'presenting']); // 5 of 23 ≈ 22% ≥ 2 × 10%, and the largest
    expect(roleFor(many(3))).toEqual(['large', 'participant']);
    expect(
      roleFor(
        makeSummary({
          people: [{ name: 'Me', self: true, spokeMin: null }, { name: 'Sam' }, { name: 'Ana' }],
        }),
      )[1],
    ).toBe('unknown');
  });
});

describe('message tables', () => {
  it('every locale has a message for every key and plural form, and every rule key is in the table', () => {
    for (const l of LOCALES) {
      const msgs = loadMessages(l);
      const missing = MESSAGE_KEYS.flatMap(messageIds).filter((id) => !msgs[id]?.message.trim());
      expect(missing, l).toEqual([]);
    }
    for (const r of RULES) for (const k of [r.title, r.question, r.step]) expect(MESSAGE_KEYS).toContain(k);
  });

  it('the default words are the extension messages (English in tests), German through a translator', () => {
    expect(
      reflect(teamCall())
        .prompts.flatMap((p) => p.evidence)
        .join(' '),
    ).toContain('Lee spoke 0 of the 42 min they were in the call.');
  });
});

describe('reflectionSchema', () => {
  const ok = {
    meetingId: 'm1',
    savedAt: Date.now(),
    ratings: { room: 4, interest: null },
    note: '',
    intention: 'Ask Lee first',
    promptIds: ['silent-people'],
  };
  it('accepts a valid record and rejects out-of-range ratings and oversize text', () => {
    expect(reflectionSchema.parse(ok)).toEqual(ok);
    expect(reflectionSchema.safeParse({ ...ok, ratings: { room: 6, interest: 1 } }).success).toBe(false);
    expect(reflectionSchema.safeParse({ ...ok, ratings: { room: 2.5, interest: 1 } }).success).toBe(false);
    expect(reflectionSchema.safeParse({ ...ok, note: 'x'.repeat(2001) }).success).toBe(false);
    expect(reflectionSchema.safeParse({ ...ok, intention: 'x'.repeat(201) }).success).toBe(false);
    expect(
      reflectionSchema.safeParse({ ...ok, note: 'x'.repeat(2000), intention: 'y'.repeat(200) }).success,
    ).toBe(true);
  });
});

void MIN;
