import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '@/utils/meeting/types';
import { buildContext, evaluateRules, RULES, renderFinding } from '@/utils/prompts';
import { translator } from '../../../setup/i18n';
import { DENY } from './deny';
import { MIN, makeSummary, type PersonSpec, type SummarySpec, T0 } from './factory';

function findings(s: MeetingSummary) {
  return evaluateRules(buildContext(s));
}
function find(s: MeetingSummary, id: string) {
  const f = findings(s).find((x) => x.ruleId === id);
  return f ? renderFinding(f, 'en') : undefined;
}

const me = (o: Partial<PersonSpec> = {}): PersonSpec => ({ name: 'Me', self: true, ...o });
const group = (selfSpoke: number, others: Array<[string, number | null]>, extra: Partial<SummarySpec> = {}) =>
  makeSummary({
    durationMin: 40,
    people: [me({ spokeMin: selfSpoke }), ...others.map(([name, spokeMin]) => ({ name, spokeMin }))],
    ...extra,
  });
const pair = (selfSpoke: number, otherSpoke: number | null, extra: Partial<SummarySpec> = {}) =>
  makeSummary({
    durationMin: 30,
    people: [me({ spokeMin: selfSpoke }), { name: 'Sam', spokeMin: otherSpoke }],
    ...extra,
  });
const even = (): Array<[string, number | null]> => [
  ['Sam', 8],
  ['Ana', 8],
  ['Kim', 8],
];
const large = (spoken: number[], extra: Partial<SummarySpec> = {}) =>
  makeSummary({
    durationMin: 60,
    people: [me({ spokeMin: 10 }), ...spoken.map((m, i) => ({ name: `P${i}`, spokeMin: m }))],
    ...extra,
  });

interface Case {
  fires: () => MeetingSummary;
  /** Substrings the rendered evidence must contain. */
  cites: string[];
  silent: Array<[string, () => MeetingSummary]>;
}

const CASES: Record<string, Case> = {
  'silent-people': {
    fires: () => group(8, [...even(), ['Lee', 0]]),
    cites: ['Lee spoke 0 of the 40 min'],
    silent: [
      ['everyone spoke', () => group(8, even())],
      ['silent person speaking unknown', () => group(8, [...even(), ['Lee', null]])],
      ['speaking not covered', () => group(8, [...even(), ['Lee', 0]], { coverage: { speaking: 0.3 } })],
      ['in a pair (own rules)', () => pair(10, 0)],
    ],
  },
  'quiet-people': {
    fires: () => group(8, [...even(), ['Lee', 0.5]]),
    cites: ['Lee spoke for 30 s', 'an even share would be 20%'],
    silent: [
      ['everyone near even', () => group(8, even())],
      ['quiet one unknown', () => group(8, [...even(), ['Lee', null]])],
      [
        'quiet one was there briefly',
        () =>
          makeSummary({
            durationMin: 40,
            people: [
              me({ spokeMin: 8 }),
              { name: 'Sam', spokeMin: 8 },
              { name: 'Ana', spokeMin: 8 },
              { name: 'Lee', spokeMin: 0.2, presentMin: 5 },
            ],
          }),
      ],
    ],
  },
  'balanced-group': {
    fires: () => group(8, even()),
    cites: ['all 4 people spoke', 'out of 100'],
    silent: [
      ['someone silent', () => group(8, [...even(), ['Lee', 0]])],
      ['one dominates', () => group(30, even())],
      ['someone unknown', () => group(8, [...even(), ['Lee', null]])],
    ],
  },
  'few-voices': {
    fires: () => large([0.5, 0.2, 0, 0, 0.3, 5, 0.1, 0]),
    cites: ['2 of 9 people spoke for more than a minute'],
    silent: [
      ['most spoke', () => large([3, 4, 2, 5, 3, 2, 2, 4])],
      [
        'small call',
        () =>
          group(20, [
            ['Sam', 0.2],
            ['Ana', 0.1],
          ]),
      ],
    ],
  },
  'presenter-airtime': {
    fires: () =>
      group(30, [
        ['Sam', 3],
        ['Ana', 3],
        ['Kim', 4],
      ]),
    cites: ['You spoke 75% of the time', 'among 4 people would be 25%'],
    silent: [
      ['participant', () => group(5, even())],
      ['self unknown', () => group(30, even(), { selfId: null })],
      ['speaking not covered', () => group(30, even(), { coverage: { speaking: 0.2 } })],
    ],
  },
  'others-interrupted': {
    fires: () =>
      makeSummary({
        durationMin: 30,
        people: [me(), { name: 'Sam', interruptionsReceived: 3 }, { name: 'Ana' }],
      }),
    cites: ['Sam was spoken over 3 times'],
    silent: [
      [
        'once only',
        () => makeSummary({ people: [me(), { name: 'Sam', interruptionsReceived: 1 }, { name: 'Ana' }] }),
      ],
      [
        'only self was spoken over',
        () => makeSummary({ people: [me({ interruptionsReceived: 4 }), { name: 'Sam' }, { name: 'Ana' }] }),
      ],
    ],
  },
  'invited-in': {
    fires: () =>
      group(8, even(), {
        acks: [
          { from: 'me', to: 'sam', kind: 'invitation' },
          { from: 'me', to: 'sam', kind: 'invitation' },
        ],
      }),
    cites: ['You invited Sam in by name'],
    silent: [
      ['no invitations', () => group(8, even(), { acks: [{ from: 'me', to: 'sam', kind: 'thanks' }] })],
      [
        'someone else invited',
        () => group(8, even(), { acks: [{ from: 'ana', to: 'sam', kind: 'invitation' }] }),
      ],
    ],
  },
  'pair-self-heavy': {
    fires: () => pair(24, 6),
    cites: ['In your call with Sam you spoke 80% of the time and Sam 20%'],
    silent: [
      ['balanced', () => pair(15, 15)],
      ['partner unknown', () => pair(24, null)],
      [
        'group call',
        () =>
          group(24, [
            ['Sam', 3],
            ['Ana', 3],
          ]),
      ],
    ],
  },
  'pair-mutual': {
    fires: () => pair(14, 16),
    cites: ['You and Sam shared the talk almost evenly: 47% and 53%'],
    silent: [
      ['uneven', () => pair(24, 6)],
      ['speaking not covered', () => pair(14, 16, { coverage: { speaking: 0.1 } })],
    ],
  },
  'self-monologues': {
    fires: () =>
      group(8, even(), {
        people: [
          me({ spokeMin: 8, monologues: 2, longestTurnMs: 245_000 }),
          { name: 'Sam' },
          { name: 'Ana' },
        ],
      }),
    cites: ['2 of your turns ran longer than 1 min 30 s', 'Your longest turn lasted 4 min 05 s'],
    silent: [
      ['no long turns', () => group(8, even())],
      [
        'presenter with two long turns',
        () =>
          makeSummary({
            people: [
              me({ spokeMin: 25, monologues: 2 }),
              { name: 'Sam', spokeMin: 2 },
              { name: 'Ana', spokeMin: 2 },
            ],
          }),
      ],
      [
        'own speaking unknown',
        () => makeSummary({ people: [me({ spokeMin: null, monologues: 2 }), { name: 'Sam' }] }),
      ],
    ],
  },
  'self-interrupting': {
    fires: () =>
      makeSummary({ people: [me({ interruptionsMade: 3, interruptionsReceived: 1 }), { name: 'Sam' }] }),
    cites: [
      '3 times you started speaking while someone else was still mid-turn',
      'Others started while you were mid-turn 1 time',
    ],
    silent: [
      ['once', () => makeSummary({ people: [me({ interruptionsMade: 1 }), { name: 'Sam' }] })],
      [
        'speaking not covered',
        () =>
          makeSummary({
            people: [me({ interruptionsMade: 3 }), { name: 'Sam' }],
            coverage: { speaking: 0.4 },
          }),
      ],
    ],
  },
  'pair-other-heavy': {
    fires: () => pair(5, 25),
    cites: ['Sam spoke 83% of the time and you 17%'],
    silent: [
      ['balanced', () => pair(14, 16)],
      ['self leading', () => pair(25, 5)],
    ],
  },
  'self-quiet': {
    fires: () => group(0.5, even()),
    cites: ['You spoke 2% of the time', 'among 4 people would be 25%'],
    silent: [
      ['fair share', () => group(8, even())],
      ['pair', () => pair(2, 25)],
      [
        'self joined late',
        () =>
          makeSummary({
            durationMin: 40,
            people: [me({ spokeMin: 0.2, presentMin: 12 }), { name: 'Sam' }, { name: 'Ana' }],
          }),
      ],
    ],
  },
  unacknowledged: {
    fires: () =>
      group(
        8,
        [
          ['Sam', 9],
          ['Ana', 7],
          ['Kim', 8],
        ],
        { acks: [{ from: 'me', to: 'kim', kind: 'thanks' }] },
      ),
    cites: ['Sam spoke for 9 min', 'Ana spoke for 7 min', 'no thanks or credit from you to Sam and Ana'],
    silent: [
      [
        'everyone thanked',
        () =>
          group(
            8,
            [
              ['Sam', 9],
              ['Ana', 7],
            ],
            {
              acks: [
                { from: 'me', to: 'sam', kind: 'thanks' },
                { from: 'me', to: 'ana', kind: 'credit' },
              ],
            },
          ),
      ],
      ['captions and chat not visible', () => group(8, even(), { coverage: { captions: 0, chat: 0.2 } })],
      [
        'small contributions only',
        () =>
          group(20, [
            ['Sam', 1],
            ['Ana', 1],
          ]),
      ],
    ],
  },
  'long-call': {
    fires: () => makeSummary({ durationMin: 95, people: [me(), { name: 'Sam' }] }),
    cites: ['The call ran for 1 h 35 min'],
    silent: [['an hour', () => makeSummary({ durationMin: 60, people: [me(), { name: 'Sam' }] })]],
  },
  'thanked-others': {
    fires: () =>
      group(8, even(), {
        acks: [
          { from: 'me', to: 'sam', kind: 'thanks' },
          { from: 'me', to: 'ana', kind: 'thanks' },
          { from: 'me', to: 'kim', kind: 'credit' },
        ],
      }),
    cites: ['You thanked Sam and Ana', 'You gave credit to Kim'],
    silent: [
      [
        'one person in a group',
        () => group(8, even(), { acks: [{ from: 'me', to: 'sam', kind: 'thanks' }] }),
      ],
      [
        'others thanked each other',
        () =>
          group(8, even(), {
            acks: [
              { from: 'sam', to: 'ana', kind: 'thanks' },
              { from: 'ana', to: 'kim', kind: 'thanks' },
            ],
          }),
      ],
      [
        'self unknown',
        () =>
          group(8, even(), {
            selfId: null,
            acks: [
              { from: 'me', to: 'sam', kind: 'thanks' },
              { from: 'me', to: 'ana', kind: 'thanks' },
            ],
          }),
      ],
    ],
  },
  'thanked-by-others': {
    fires: () =>
      group(8, even(), {
        acks: [
          { from: 'sam', to: 'me', kind: 'thanks' },
          { from: 'ana', to: 'me', kind: 'credit' },
        ],
      }),
    cites: ['Sam and Ana thanked or credited you 2 times'],
    silent: [
      ['nobody thanked you', () => group(8, even(), { acks: [{ from: 'sam', to: 'ana', kind: 'thanks' }] })],
    ],
  },
  'hands-raised': {
    fires: () =>
      makeSummary({
        people: [
          me({ spokeMin: 20 }),
          { name: 'Sam', spokeMin: 2, handRaises: 2 },
          { name: 'Ana', spokeMin: 2, handRaises: 1 },
        ],
      }),
    cites: ['Hands went up 3 times, from Sam and Ana'],
    silent: [
      [
        'one hand',
        () =>
          makeSummary({
            people: [
              me({ spokeMin: 20 }),
              { name: 'Sam', spokeMin: 2, handRaises: 1 },
              { name: 'Ana', spokeMin: 2 },
            ],
          }),
      ],
      [
        'user was a participant',
        () =>
          makeSummary({
            people: [
              me({ spokeMin: 2 }),
              { name: 'Sam', spokeMin: 20, handRaises: 3 },
              { name: 'Ana', spokeMin: 2 },
            ],
          }),
      ],
    ],
  },
  'camera-off': {
    fires: () =>
      makeSummary({
        people: [me({ camera: 0.1 }), { name: 'Sam', camera: 0.9 }, { name: 'Ana', camera: 0.7 }],
      }),
    cites: ['Your camera was on for 10% of the call', 'cameras were on 80% of the time'],
    silent: [
      ['camera on', () => makeSummary({ people: [me({ camera: 0.9 }), { name: 'Sam' }] })],
      ['own camera unknown', () => makeSummary({ people: [me({ camera: null }), { name: 'Sam' }] })],
      [
        'camera not covered',
        () => makeSummary({ people: [me({ camera: 0 }), { name: 'Sam' }], coverage: { camera: 0.3 } }),
      ],
    ],
  },
  'camera-on': {
    fires: () => makeSummary({ people: [me({ camera: 0.95 }), { name: 'Sam' }] }),
    cites: ['Your camera was on for 95% of the call'],
    silent: [
      ['mostly off', () => makeSummary({ people: [me({ camera: 0.5 }), { name: 'Sam' }] })],
      ['unknown', () => makeSummary({ people: [me({ camera: null }), { name: 'Sam' }] })],
    ],
  },
  'playful-moments': {
    fires: () => makeSummary({ people: [me({ reactions: 2 }), { name: 'Sam', reactions: 3 }] }),
    cites: ['There were 5 emoji reactions in the call', '2 of them were yours'],
    silent: [
      ['two reactions', () => makeSummary({ people: [me({ reactions: 1 }), { name: 'Sam', reactions: 1 }] })],
    ],
  },
  'self-held-floor': {
    // Minutes 3–8 and 20–23 of a 40-minute call (offsets 2:30–8:00 and 19:30–23:00).
    fires: () =>
      held(group(8, even()), [
        stretch('me', 2.5, 8, 0.82, 4),
        stretch('me', 19.5, 23, 0.7, 2),
        stretch('sam', 30, 34, 0.9, 4),
      ]),
    cites: ['From minute 3 to minute 8 you had up to 82% of the talk', 'From minute 20 to minute 23'],
    silent: [
      ['one window only', () => held(group(8, even()), [stretch('me', 2.5, 5, 0.9, 1)])],
      [
        'most of the call (the whole-call rules speak)',
        () => held(group(8, even()), [stretch('me', 0, 35, 0.9, 65)]),
      ],
      ['someone else held it', () => held(group(8, even()), [stretch('sam', 2.5, 8, 0.9, 4)])],
      ['not measured (older meeting)', () => group(8, even())],
      [
        'speaking not covered',
        () => held(group(8, even(), { coverage: { speaking: 0.3 } }), [stretch('me', 2.5, 8, 0.9, 4)]),
      ],
    ],
  },
  'others-held-floor': {
    fires: () => held(group(8, even()), [stretch('me', 2.5, 8, 0.9, 4), stretch('sam', 10, 16, 0.76, 6)]),
    cites: ['Sam had up to 76% of the talk from minute 11 to minute 16'],
    silent: [
      ['only the user held it', () => held(group(8, even()), [stretch('me', 2.5, 8, 0.9, 4)])],
      ['in a pair (own rules)', () => held(pair(10, 10), [stretch('sam', 2.5, 8, 0.9, 4)])],
      [
        'their speaking barely seen',
        () =>
          held(
            group(
              8,
              [
                ['Sam', 8],
                ['Ana', 8],
              ],
              {
                people: [
                  me({ spokeMin: 8 }),
                  { name: 'Sam', spokeMin: 8, coverage: { speaking: 0.2, camera: 1 } },
                  { name: 'Ana' },
                ],
              },
            ),
            [stretch('sam', 2.5, 8, 0.9, 4)],
          ),
      ],
    ],
  },
  'interrupted-by-you': {
    // Sam was spoken over 3 times, twice by me and once by Ana.
    fires: () => spokenOver({ me: 2, ana: 1 }),
    cites: ['Sam was spoken over 3 times, 2 of them by you'],
    silent: [
      ['only others spoke over Sam', () => spokenOver({ ana: 3 })],
      ['once by me, and nobody else', () => spokenOver({ me: 1 })],
      ['no pair figures (older meeting)', () => ({ ...spokenOver({ me: 2 }), interruptionPairs: undefined })],
      [
        'speaking not covered',
        () => ({ ...spokenOver({ me: 2 }), coverage: { ...spokenOver({}).coverage, speaking: 0.3 } }),
      ],
    ],
  },
  'not-picked-up': {
    // Lee took 2 turns and nobody picked up after either; others' turns were picked up 5 times.
    fires: () => pickups({ lee: [2, 0] }),
    cites: [
      "Nobody picked up after Lee's 2 turns",
      'within 3 s',
      'picked up right after another person 5 times',
    ],
    silent: [
      ['Lee was picked up once', () => pickups({ lee: [2, 1] })],
      ['a single turn', () => pickups({ lee: [1, 0] })],
      ['not measured (older meeting)', () => ({ ...pickups({ lee: [2, 0] }), pickupPairs: undefined })],
      ['nobody picked up anybody', () => ({ ...pickups({ lee: [2, 0] }), pickupPairs: [] })],
      ['in a pair', () => ({ ...pair(10, 10), pickupPairs: [{ fromId: 'me', toId: 'sam', count: 3 }] })],
    ],
  },
};

/** A team call where Sam was spoken over `by[id]` times by each person. */
function spokenOver(by: Record<string, number>): MeetingSummary {
  const total = Object.values(by).reduce((a, b) => a + b, 0);
  const s = makeSummary({
    durationMin: 40,
    people: [
      me({ spokeMin: 8, interruptionsMade: by.me ?? 0 }),
      { name: 'Sam', spokeMin: 8, interruptionsReceived: total },
      { name: 'Ana', spokeMin: 8, interruptionsMade: by.ana ?? 0 },
      { name: 'Kim', spokeMin: 8 },
    ],
  });
  return {
    ...s,
    interruptionPairs: Object.entries(by)
      .filter(([, n]) => n > 0)
      .map(([id, count]) => ({ byId: id, ofId: 'sam', count })),
  };
}

/** A team call with pick-up figures; `turns[id] = [turns, turnsPickedUp]` for the people named. */
function pickups(turns: Record<string, [number, number]>): MeetingSummary {
  const s = makeSummary({
    durationMin: 40,
    people: [me({ spokeMin: 8 }), ...['Sam', 'Ana', 'Lee'].map((name) => ({ name, spokeMin: 6 }))],
  });
  return {
    ...s,
    participants: s.participants.map((p) => {
      const t = turns[p.id];
      return { ...p, turns: t ? t[0] : 6, turnsPickedUp: t ? t[1] : 3, pickups: 2 };
    }),
    pickupPairs: [
      { fromId: 'me', toId: 'sam', count: 3 },
      { fromId: 'sam', toId: 'ana', count: 2 },
      ...(turns.lee && turns.lee[1] > 0 ? [{ fromId: 'lee', toId: 'me', count: turns.lee[1] }] : []),
    ],
  };
}

/** A dominance stretch from `fromMin` to `toMin` minutes into a factory call. */
function stretch(id: string, fromMin: number, toMin: number, peakShare: number, windows: number) {
  return { id, from: T0 + fromMin * MIN, to: T0 + toMin * MIN, peakShare, windows };
}
function held(s: MeetingSummary, dominance: NonNullable<MeetingSummary['dominance']>): MeetingSummary {
  return { ...s, dominance };
}

describe('rules', () => {
  it('has at least 15 rules with unique ids, and a test case for every one', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(15);
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(CASES).sort()).toEqual([...ids].sort());
  });

  for (const [id, c] of Object.entries(CASES)) {
    describe(id, () => {
      it('fires and cites the figures', () => {
        const p = find(c.fires(), id);
        expect(p, `${id} should fire`).toBeDefined();
        const text = p!.evidence.join(' ');
        for (const s of c.cites) expect(text).toContain(s);
        expect(p!.question.length).toBeGreaterThan(10);
        expect(p!.nextStep.length).toBeGreaterThan(10);
      });
      it('renders kind wording in every locale', () => {
        const f = findings(c.fires()).find((x) => x.ruleId === id)!;
        for (const locale of ['en', 'de'] as const) {
          const p = renderFinding(f, locale, translator(locale));
          const text = [p.title, ...p.evidence, p.question, p.nextStep].join(' ');
          for (const re of DENY[locale] ?? []) expect(text, `${locale}: ${re}`).not.toMatch(re);
          expect(text).not.toMatch(/\b(null|undefined|NaN)\b/);
        }
      });
      for (const [label, make] of c.silent) {
        it(`stays silent: ${label}`, () => {
          expect(find(make(), id)).toBeUndefined();
        });
      }
    });
  }
});
