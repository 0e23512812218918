/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import {
  readCamera,
  readCaptions,
  readChat,
  readHands,
  readMeetingInfo,
  readMute,
  readParticipants,
  readPhase,
  readReactions,
  readSelf,
  readSpeaking,
} from '@/utils/platforms/meet/readers';
import type { CallPhase } from '@/utils/platforms/types';
import { parseFixture, SIM_DIR, setReadyState, simFixtureNames, variantNames } from './fixtures';

/** Expected reader output per fixture. Ids are the last path segment of `data-participant-id`. */
interface Expect {
  phase: CallPhase;
  phaseLayer: string;
  endReason?: string;
  code?: string;
  title?: string;
  people: Record<string, string>;
  tileLayer: string | null;
  self?: string;
  speaking: string[];
  speakingLayer: string | null;
  cameraOn: string[];
  muted: string[];
  selfMuted?: boolean;
  hands: string[];
  reactions: [string, string | null][];
  captionsLayer: string | null;
  captions: [string, string][];
  chatLayer: string | null;
  chatOpen: boolean | null;
  chat: [string | null, string, boolean, string][];
}

const CURRENT_PEOPLE = {
  'dev-ines': 'Inès Duval',
  'dev-zoe': 'Zoë Łukasiewicz-Brandt',
  'dev-soren': 'Søren Ødegård',
  'dev-misaki': '山田 美咲',
  'dev-oleg': 'Олег Петренко',
};
const CURRENT: Expect = {
  phase: 'in_call',
  phaseLayer: 'icon:call_end+icon:closed_caption',
  code: 'abc-defg-hij',
  people: CURRENT_PEOPLE,
  tileLayer: 'data:participant-id',
  self: 'dev-ines',
  speaking: ['dev-zoe'],
  speakingLayer: 'jsname:QgSmzd',
  cameraOn: ['dev-ines', 'dev-zoe', 'dev-oleg'],
  muted: ['dev-soren'],
  selfMuted: false,
  hands: ['dev-misaki'],
  reactions: [['👍', 'dev-oleg']],
  captionsLayer: 'jsname:dsyhDe-region',
  captions: [
    ['Zoë Łukasiewicz-Brandt', 'Thanks Søren for the numbers, that was really helpful'],
    ['You', 'happy to help'],
  ],
  chatLayer: 'jsname:xySENc',
  chatOpen: true,
  chat: [
    ['1714476309237', 'Олег Петренко', false, 'Привет всем'],
    ['1714476309999', '', true, 'Hi!'],
  ],
};
const NOTHING = {
  people: {},
  tileLayer: null,
  speaking: [],
  speakingLayer: null,
  cameraOn: [],
  muted: [],
  hands: [],
  reactions: [],
  captionsLayer: null,
  captions: [],
  chatLayer: null,
  chatOpen: null,
  chat: [],
} satisfies Partial<Expect>;
const ended = (reason: string): Expect => ({
  ...NOTHING,
  phase: 'ended',
  phaseLayer: 'data:call-ended',
  endReason: reason,
});
const BIG_PEOPLE: Record<string, string> = { 'dev-ines': 'Inès Duval' };
const FIRST = [
  'Aiyana',
  'Bartłomiej',
  'Chloé',
  'Dmitri',
  'Eşref',
  'Fátima',
  'Giedrė',
  'Hiroshi',
  'Ingrid',
  'Jürgen',
  'Kwame',
  'Léa',
  'Mateus',
];
const LAST = ['Ngata', 'Ólafsdóttir', 'Pérez', 'Quispe', '李', 'Rønning', 'Szabó'];
for (let i = 1; i < 49; i++)
  BIG_PEOPLE[`dev-${String(i).padStart(2, '0')}`] = `${FIRST[i % 13]} ${LAST[i % 7]} ${i}`;
const bigIds = Object.keys(BIG_PEOPLE);

const EXPECTED: Record<string, Expect> = {
  '2026-09-current.html': CURRENT,
  '2026-09-captions-toggled.html': CURRENT,
  '2026-09-captions-off.html': { ...CURRENT, captionsLayer: null, captions: [] },
  '2026-09-mutated-speaking.html': { ...CURRENT, speaking: [], speakingLayer: null },
  '2026-09-de.html': {
    ...NOTHING,
    phase: 'in_call',
    phaseLayer: 'icon:call_end+icon:closed_caption',
    code: 'qrs-tuvw-xyz',
    people: { 'dev-ines': 'Inès Duval', 'dev-soren': 'Søren Ødegård', 'dev-guenther': 'Günther Weiß' },
    tileLayer: 'data:participant-id',
    self: 'dev-ines',
    speaking: ['dev-soren'],
    speakingLayer: 'jsname:QgSmzd',
    cameraOn: ['dev-soren', 'dev-guenther'],
    muted: ['dev-guenther'],
    selfMuted: false,
    captionsLayer: 'jsname:dsyhDe-region',
    captions: [
      ['Søren Ødegård', 'Danke, Günther, für die Zusammenfassung'],
      ['Du', 'Gern geschehen'],
    ],
    chatOpen: false,
  },
  '2024-07-legacy.html': {
    ...NOTHING,
    phase: 'in_call',
    phaseLayer: 'icon:call_end+icon:closed_caption',
    code: 'abc-defg-hij',
    people: { 'dev-ines': 'Inès Duval', 'dev-zoe': 'Zoë Łukasiewicz-Brandt', 'dev-oleg': 'Олег Петренко' },
    tileLayer: 'data:participant-id',
    speaking: ['dev-zoe'],
    speakingLayer: 'jsname:QgSmzd',
    cameraOn: ['dev-ines', 'dev-oleg'],
    muted: ['dev-oleg'],
    selfMuted: false,
    captionsLayer: 'class:a4cQT',
    captions: [
      ['Zoë Łukasiewicz-Brandt', 'let us start with the roadmap'],
      ['You', 'sounds good'],
    ],
    chatLayer: 'structure:aria-live>message',
    chatOpen: true,
    chat: [
      ['1714476300001', 'Олег Петренко', false, 'see you all at 3'],
      ['1714476300002', '', true, '👍 works for me'],
    ],
  },
  '2024-11-legacy.html': {
    ...NOTHING,
    phase: 'in_call',
    phaseLayer: 'icon:call_end+icon:closed_caption',
    code: 'abc-defg-hij',
    people: { 'dev-ines': 'Inès Duval', 'dev-misaki': '山田 美咲', 'dev-soren': 'Søren Ødegård' },
    tileLayer: 'data:participant-id',
    speaking: ['dev-misaki'],
    speakingLayer: 'jsname:QgSmzd',
    cameraOn: ['dev-ines'],
    muted: ['dev-soren'],
    selfMuted: false,
    captionsLayer: 'class:a4cQT',
    captions: [['山田 美咲', "I'll share the draft today"]],
    chatLayer: 'structure:aria-live>message',
    chatOpen: true,
    chat: [['1732100000001', 'Søren Ødegård', false, 'morning!']],
  },
  '2026-09-lobby.html': {
    ...NOTHING,
    phase: 'lobby',
    phaseLayer: 'role:div-mic',
    tileLayer: 'data:participant-id', // the effects preview carries an id; it is not a participant
    code: 'abc-defg-hij',
    title: 'Wöchentliche Abstimmung · 週次',
    selfMuted: false,
  },
  '2026-09-waiting.html': {
    ...NOTHING,
    phase: 'waiting',
    phaseLayer: 'text:waiting',
    tileLayer: 'data:participant-id',
    code: 'abc-defg-hij',
    selfMuted: false,
  },
  '2026-09-waiting-de.html': {
    ...NOTHING,
    phase: 'waiting',
    phaseLayer: 'icon:call_end-without-cc',
    tileLayer: 'data:participant-id',
    code: 'abc-defg-hij',
    selfMuted: false,
  },
  '2026-09-ended-left.html': ended('left'),
  '2026-09-ended-host.html': ended('ended_by_host'),
  '2026-09-ended-removed.html': ended('removed'),
  '2026-09-49-tiles.html': {
    ...NOTHING,
    phase: 'in_call',
    phaseLayer: 'icon:call_end+icon:closed_caption',
    code: 'lmn-opqr-stu',
    people: BIG_PEOPLE,
    tileLayer: 'data:participant-id',
    speaking: ['dev-12'],
    speakingLayer: 'jsname:QgSmzd',
    cameraOn: bigIds.filter((_, i) => i % 7 === 0),
    muted: bigIds.filter((_, i) => i % 5 === 4),
    selfMuted: false,
    chatOpen: false,
  },
  '2026-09-2-person.html': {
    ...NOTHING,
    phase: 'in_call',
    phaseLayer: 'icon:call_end+icon:closed_caption',
    code: 'xyz-abcd-efg',
    people: { 'dev-amara': 'Amara Nwosu-Ferreira', 'dev-ines': 'Inès Duval' },
    tileLayer: 'data:participant-id',
    speaking: ['dev-amara'],
    speakingLayer: 'jsname:QgSmzd',
    cameraOn: ['dev-amara'],
    muted: ['dev-ines'],
    selfMuted: true,
    chatOpen: false,
  },
};

const short = (id: string) => id.split('/').pop() ?? id;
const sorted = (xs: Iterable<string>) => [...xs].map(short).sort();

it('every variant fixture has expectations and vice versa', () => {
  expect(variantNames()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(variantNames())('%s', (file) => {
  const doc = parseFixture(file);
  const exp = EXPECTED[file]!;
  const parts = readParticipants(doc);

  it('readPhase', () => {
    const p = readPhase(doc);
    expect(p.phase).toBe(exp.phase);
    expect(p.layer).toBe(exp.phaseLayer);
    expect(p.endReason).toBe(exp.endReason);
  });
  it('readMeetingInfo', () => {
    const info = readMeetingInfo(doc);
    expect(info.code).toBe(exp.code);
    expect(info.title).toBe(exp.title);
  });
  it('readParticipants', () => {
    const got = Object.fromEntries([...parts.byId.values()].map((p) => [short(p.id), p.name]));
    expect(got).toEqual(exp.people);
    expect(parts.tileLayer).toBe(exp.tileLayer);
  });
  it('readSelf', () => {
    const s = readSelf(doc, parts);
    expect(s.id ? short(s.id) : undefined).toBe(exp.self);
  });
  it('readSpeaking', () => {
    const sp = readSpeaking(doc, parts);
    expect(sorted(sp.speaking)).toEqual([...exp.speaking].sort());
    expect(sp.layer).toBe(exp.speakingLayer);
    // No widget layer in any tile of a call with tiles ⇒ the observer reports speaking as broken.
    expect(sp.tilesWithWidget > 0).toBe(exp.speakingLayer !== null);
  });
  it('readCamera', () => {
    const cam = readCamera(parts);
    expect(sorted([...cam.on].filter(([, on]) => on).map(([id]) => id))).toEqual([...exp.cameraOn].sort());
    expect(cam.on.size).toBe(Object.keys(exp.people).length);
  });
  it('readMute', () => {
    const m = readMute(doc, parts);
    expect(sorted([...m.muted].filter(([, v]) => v).map(([id]) => id))).toEqual([...exp.muted].sort());
    expect(m.self).toBe(exp.selfMuted);
  });
  it('readHands', () => {
    expect(sorted(readHands(doc, parts).raised)).toEqual([...exp.hands].sort());
  });
  it('readReactions', () => {
    const r = readReactions(doc, parts).map((x) => [x.emoji, x.id ? short(x.id) : null]);
    expect(r).toEqual(exp.reactions);
  });
  it('readCaptions', () => {
    const c = readCaptions(doc);
    expect(c.layer).toBe(exp.captionsLayer);
    expect(c.entries.map((e) => [e.speaker, e.text])).toEqual(exp.captions);
  });
  it('readChat', () => {
    const c = readChat(doc);
    expect(c.layer).toBe(exp.chatLayer);
    expect(c.open).toBe(exp.chatOpen);
    expect(c.messages.map((m) => [m.id, m.senderName, m.isSelf, m.text])).toEqual(exp.chat);
  });
});

describe('hostile text', () => {
  it('reads a markup-looking name as text, never as HTML', () => {
    const doc = parseFixture('2026-09-2-person.html');
    const name = doc.querySelector('[data-participant-id$="dev-amara"] span.notranslate')!;
    name.textContent = '<img src=x onerror=alert(1)>\u0007 Amara';
    const p = readParticipants(doc);
    expect(p.byId.get('spaces/SP3/devices/dev-amara')?.name).toBe('<img src=x onerror=alert(1)> Amara');
    expect(doc.querySelector('img[src="x"]')).toBeNull();
  });
});

// The meeting simulator's pages (tests/fixtures/meet/*.html, another engineer's). Videos the simulator plays
// (displayed) reach readyState 4 from its canvas stream in a browser; happy-dom has no media, so the test
// sets it the same way.
const SIM: Record<
  string,
  {
    phase: CallPhase;
    endReason?: string;
    people: number;
    self?: string;
    speaking: string[];
    cameraOn: string[];
    muted: string[];
    hands: string[];
    captions: number;
    chat: number;
  }
> = {
  'in-call.html': {
    phase: 'in_call',
    people: 6,
    self: 'me',
    speaking: ['me'],
    cameraOn: ['me', 'priya', 'mateo', 'yuki'],
    muted: ['zofia'],
    hands: ['mateo'],
    captions: 6,
    chat: 1,
  },
  'lobby.html': {
    phase: 'lobby',
    people: 0,
    speaking: [],
    cameraOn: [],
    muted: [],
    hands: [],
    captions: 0,
    chat: 0,
  },
  'waiting.html': {
    phase: 'waiting',
    people: 0,
    speaking: [],
    cameraOn: [],
    muted: [],
    hands: [],
    captions: 0,
    chat: 0,
  },
  'ended.html': {
    phase: 'ended',
    endReason: 'ended_by_host',
    people: 0,
    speaking: [],
    cameraOn: [],
    muted: [],
    hands: [],
    captions: 0,
    chat: 0,
  },
};

describe.each(simFixtureNames())('simulator page %s', (file) => {
  const exp = SIM[file];
  it('has expectations here', () => {
    expect(exp, `add expectations for the simulator's ${file}`).toBeDefined();
  });
  if (!exp) return;
  const doc = parseFixture(file, SIM_DIR);
  for (const v of doc.querySelectorAll('video'))
    setReadyState(v, (v as HTMLElement).style.display === 'none' ? 0 : 4);
  const parts = readParticipants(doc);
  it('every reader', () => {
    const ph = readPhase(doc);
    expect(ph.phase).toBe(exp.phase);
    expect(ph.endReason).toBe(exp.endReason);
    expect(parts.byId.size).toBe(exp.people);
    const self = readSelf(doc, parts).id;
    expect(self ? short(self) : undefined).toBe(exp.self);
    expect(sorted(readSpeaking(doc, parts).speaking)).toEqual(exp.speaking);
    const cam = readCamera(parts);
    expect(sorted([...cam.on].filter(([, on]) => on).map(([id]) => id))).toEqual([...exp.cameraOn].sort());
    expect(sorted([...readMute(doc, parts).muted].filter(([, v]) => v).map(([id]) => id))).toEqual(exp.muted);
    expect(sorted(readHands(doc, parts).raised)).toEqual(exp.hands);
    expect(readCaptions(doc).entries.length).toBe(exp.captions);
    expect(readChat(doc).messages.length).toBe(exp.chat);
  });
});
