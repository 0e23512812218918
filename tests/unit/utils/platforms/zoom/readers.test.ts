/** @vitest-environment happy-dom */
/**
 * Every Zoom reader against every fixture: the simulator's generated pages (tests/fixtures/zoom, shape
 * 2026-11) and Rapport's own dated variants (tests/fixtures/zoom/variants: 2-person speaker view, host
 * gallery with the pane and virtualised chat, removed / left / unrelated modal, mutated builds).
 */
import { describe, expect, it } from 'vitest';
import type { EndReason } from '@/utils/meeting/events';
import type { CallPhase } from '@/utils/platforms/types';
import {
  readActiveSpeakers,
  readCaption,
  readChat,
  readFrames,
  readLobbyName,
  readMainFrameName,
  readMeetingInfo,
  readPanel,
  readParticipants,
  readPhase,
  readSelf,
  readSelfAudio,
  resolveCaptionSpeaker,
} from '@/utils/platforms/zoom';
import { names, parseFixture, SIM_DIR, VARIANTS_DIR } from './fixtures';

interface Expected {
  phase: CallPhase;
  endReason?: EndReason;
  /** Participants in document order (frames first, then pane-only rows). */
  people: string[];
  self?: string;
  /** The pre-join name (only lobby pages) or the one a session remembered from it. */
  lobbyName?: string;
  active: string[];
  mainFrame?: string;
  camera?: Record<string, boolean | undefined>;
  muted?: Record<string, boolean | undefined>;
  hands?: string[];
  /** Participants without a filmstrip/gallery frame (speaking indicator not visible). */
  noFrame?: string[];
  /** Every fixture states its caption (`null`: no caption box). */
  caption: { text: string; speaker: string; textLayer: string | null } | null;
  /** Every fixture states its chat unless the chat is `chatBroken`. */
  chat?: [string, string][];
  chatBroken?: boolean;
  selfMuted?: boolean | undefined;
  title?: string;
}

const ZOOM_SMALL_7S: Omit<Expected, 'mainFrame' | 'phase'> = {
  people: ['Rafael Souza', '小林 花', 'Inès Lefèvre'],
  self: 'Rafael Souza',
  active: ['Rafael Souza'],
  camera: { 'Rafael Souza': false, '小林 花': true, 'Inès Lefèvre': true },
  muted: { 'Rafael Souza': false, '小林 花': true, 'Inès Lefèvre': false },
  hands: [],
  noFrame: [],
  caption: {
    text: 'Agreed, credit to Inès for the',
    speaker: 'Rafael Souza',
    textLayer: 'class:live-transcription-subtitle__item',
  },
  chat: [['Inès Lefèvre', 'Figma link coming']],
  selfMuted: false,
  title: 'Design review',
};

const EXPECTED: Record<string, Expected> = {
  'classic-meeting.html': { ...ZOOM_SMALL_7S, phase: 'in_call', mainFrame: 'Rafael Souza' },
  'new-meeting.html': { ...ZOOM_SMALL_7S, phase: 'in_call', mainFrame: '' },
  'ended-modal.html': {
    phase: 'ended',
    endReason: 'ended_by_host',
    people: ['Rafael Souza', '小林 花', 'Inès Lefèvre'],
    self: 'Rafael Souza',
    active: [],
    camera: { 'Rafael Souza': false, '小林 花': true, 'Inès Lefèvre': false },
    muted: { 'Rafael Souza': false, '小林 花': true, 'Inès Lefèvre': false },
    // The last caption stays on screen under the end modal.
    caption: {
      text: 'Agreed, credit to Inès for the icons',
      speaker: 'Rafael Souza',
      textLayer: 'class:live-transcription-subtitle__item',
    },
    chat: [['Inès Lefèvre', 'Figma link coming']],
    title: 'Design review',
  },
  'classic-prejoin.html': {
    phase: 'lobby',
    people: [],
    active: [],
    lobbyName: 'Rafael Souza',
    caption: null,
    chat: [],
    title: 'Design review',
  },
  'new-prejoin.html': {
    phase: 'lobby',
    people: [],
    active: [],
    lobbyName: 'Rafael Souza',
    caption: null,
    chat: [],
    title: 'Design review',
  },
  'waiting-room.html': {
    phase: 'waiting',
    people: [],
    active: [],
    caption: null,
    chat: [],
    title: 'Design review',
  },
  'pwa-shell.html': { phase: 'unknown', people: [], active: [], caption: null, chat: [] },
  'variants/two-person-speaker-2026-11.html': {
    phase: 'in_call',
    people: ['Alice Example', 'Bob Builder'],
    // No pane open: self is known only from the name typed before joining.
    lobbyName: 'Alice Example',
    self: 'Alice Example',
    active: ['Bob Builder'],
    mainFrame: 'Bob Builder',
    camera: { 'Alice Example': true, 'Bob Builder': false },
    muted: { 'Alice Example': true, 'Bob Builder': false },
    hands: [],
    noFrame: [],
    caption: {
      text: 'so the plan for this week is to ship the beta',
      speaker: 'Bob Builder',
      textLayer: 'class:live-transcription-subtitle__item',
    },
    chat: [],
    selfMuted: true,
    title: 'Weekly 1:1',
  },
  'variants/gallery-host-pane-2026-11.html': {
    phase: 'in_call',
    people: ['Ana Host', 'Ben Okafor', 'Carla Díaz', 'Dan Wu'],
    self: 'Ana Host',
    active: ['Carla Díaz'],
    mainFrame: '',
    camera: { 'Ana Host': false, 'Ben Okafor': false, 'Carla Díaz': true, 'Dan Wu': true },
    muted: { 'Ana Host': false, 'Ben Okafor': true, 'Carla Díaz': false, 'Dan Wu': false },
    hands: ['Carla Díaz'],
    noFrame: ['Dan Wu'],
    caption: {
      text: 'thanks Ben for the numbers',
      speaker: 'Carla Díaz',
      textLayer: 'class:live-transcription-subtitle__item',
    },
    chat: [
      ['Dan Wu', 'second point'],
      ['Carla Díaz', 'Deck is uploaded'],
      ['Carla Díaz', 'page 4 has the chart'],
    ],
    selfMuted: false,
  },
  'variants/mutated-hashed-2026-12.html': {
    phase: 'in_call',
    people: [],
    active: [],
    caption: { text: '', speaker: 'Ana Host', textLayer: null },
    chatBroken: true,
    selfMuted: undefined,
  },
  // The three one-tile pages below show an avatar (no video), no muted mic and no hand.
  'variants/mutated-no-footer-2026-12.html': {
    phase: 'unknown',
    people: ['Ana Host'],
    active: [],
    camera: { 'Ana Host': false },
    muted: { 'Ana Host': false },
    hands: [],
    caption: null,
    chat: [],
  },
  'variants/removed-modal-2026-11.html': {
    phase: 'ended',
    endReason: 'removed',
    people: ['Guest 7'],
    active: [],
    camera: { 'Guest 7': false },
    muted: { 'Guest 7': false },
    hands: [],
    caption: null,
    chat: [],
  },
  'variants/left-page-2026-11.html': {
    phase: 'ended',
    endReason: 'left',
    people: [],
    active: [],
    caption: null,
    chat: [],
  },
  'variants/settings-modal-2026-11.html': {
    phase: 'in_call',
    people: ['Ana Host'],
    active: [],
    camera: { 'Ana Host': false },
    muted: { 'Ana Host': false },
    hands: [],
    caption: null,
    chat: [],
  },
};

const FILES = [...names(SIM_DIR), ...names(VARIANTS_DIR).map((f) => `variants/${f}`)];
const load = (f: string) => parseFixture(f, SIM_DIR);

describe('fixture coverage', () => {
  it('has an expectation for every fixture and a fixture for every expectation', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...FILES].sort());
  });
});

describe.each(FILES)('%s', (file) => {
  const exp = EXPECTED[file]!;
  const doc = load(file);

  it('readPhase', () => {
    const ph = readPhase(doc);
    expect(ph.phase).toBe(exp.phase);
    if (exp.endReason) expect(ph.endReason).toBe(exp.endReason);
    expect(ph.layer === null).toBe(exp.phase === 'unknown');
  });

  it('readParticipants / readFrames / readPanel', () => {
    const p = readParticipants(doc);
    expect(p.list.map((x) => x.name)).toEqual(exp.people);
    const frames = readFrames(doc).frames.map((f) => f.name);
    const rows = readPanel(doc).rows.map((r) => r.name);
    for (const n of exp.people) expect(frames.includes(n) || rows.includes(n), n).toBe(true);
    if (exp.noFrame) expect(p.list.filter((x) => !x.frame).map((x) => x.name)).toEqual(exp.noFrame);
  });

  it('readSelf / readLobbyName', () => {
    const lobby = readLobbyName(doc);
    if (exp.phase === 'lobby') expect(lobby).toBe(exp.lobbyName);
    else expect(lobby).toBe('');
    expect(readSelf(readParticipants(doc), exp.lobbyName).name).toBe(exp.self);
  });

  it('readActiveSpeakers / readMainFrameName', () => {
    expect(readActiveSpeakers(doc).names).toEqual(exp.active);
    if (exp.mainFrame !== undefined) expect(readMainFrameName(doc)).toBe(exp.mainFrame);
  });

  it('camera, mute and hand per participant', () => {
    const p = readParticipants(doc);
    // The whole table, so a participant read but not expected fails too; a page without people has none.
    const table = (k: 'camera' | 'muted') => Object.fromEntries(p.list.map((x) => [x.name, x[k]]));
    expect(table('camera')).toEqual(exp.camera ?? {});
    expect(table('muted')).toEqual(exp.muted ?? {});
    expect(p.list.filter((x) => x.hand).map((x) => x.name)).toEqual(exp.hands ?? []);
  });

  it('readSelfAudio', () => {
    if ('selfMuted' in exp) expect(readSelfAudio(doc).muted).toBe(exp.selfMuted);
    else expect(readSelfAudio(doc).layer === null || readSelfAudio(doc).muted !== undefined).toBe(true);
  });

  it('readCaption + resolveCaptionSpeaker', () => {
    const c = readCaption(doc);
    if (exp.caption === null) {
      expect(c.box).toBeNull();
      return;
    }
    expect(c.row).not.toBeNull();
    expect(c.text).toBe(exp.caption.text);
    expect(c.textLayer).toBe(exp.caption.textLayer);
    const active = readActiveSpeakers(doc).names[0] ?? readMainFrameName(doc);
    const who = resolveCaptionSpeaker(c, readParticipants(doc), active);
    if (exp.caption.textLayer) expect(who.name).toBe(exp.caption.speaker);
  });

  it('readChat', () => {
    const chat = readChat(doc);
    if (exp.chatBroken) {
      expect(chat.items.length).toBeGreaterThan(0);
      expect(chat.textLayer).toBeNull();
      return;
    }
    expect(exp.chat, `${file} states no chat`).toBeDefined();
    expect(chat.items.map((m) => [m.senderName, m.text])).toEqual(exp.chat);
    if (exp.chat?.length) expect(chat.textLayer).toBe('class:new-chat-message__text-content');
  });

  it('readMeetingInfo (title; the id comes from the URL)', () => {
    const info = readMeetingInfo(doc);
    if (exp.title) expect(info.title).toBe(exp.title);
    else expect(info.title).toBeUndefined();
  });
});

describe('readMeetingInfo from the URL', () => {
  it.each([
    ['/wc/join/84512370096', '84512370096'],
    ['/wc/84512370096/join', '84512370096'],
    ['/wc/84512370096/start', '84512370096'],
    ['/wc/home', undefined],
  ])('%s', (path, id) => {
    history.replaceState(null, '', `${path}?fromPWA=1`);
    expect(readMeetingInfo(document).meetingId).toBe(id);
  });
});

describe('chat run carried across a virtualised head', () => {
  it('a header-less first item takes its sender from the aria-label; later ones from the run', () => {
    const chat = readChat(load('variants/gallery-host-pane-2026-11.html'));
    expect(chat.items.map((m) => m.ownSender)).toEqual([false, true, false]);
    expect(chat.items.map((m) => m.prevId)).toEqual([null, 'msg-8', 'msg-9']);
  });
});
