/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { countLayers } from '@/utils/platforms/dom';
import { MEET, type MeetField } from '@/utils/platforms/meet/selectors';
import { parseFixture } from './fixtures';
import { KIND_PREFIX, notedLayers } from './layer-notes';

type Counts = Partial<Record<MeetField, Record<string, number>>>;

/** Page-level match counts per layer: which layers hold on which dated shape. */
const PAGE: Record<string, Counts> = {
  '2026-09-current.html': {
    ended: { 'data:call-ended': 0, 'data:returnToHomePage': 0, 'jsname:EszDse': 0, 'class:roSPhc': 0 },
    leave: { 'icon:call_end': 1, 'jsname:CQylAd': 1 },
    inCallHint: { 'icon:closed_caption': 1, 'jsname:RrG0hf': 1, 'jsname:r8qRAd': 0 },
    // 6 tiles (one a presentation) + the effects preview + 5 People-panel rows.
    tile: { 'data:participant-id': 12, 'data:requested-participant-id': 6 },
    effects: { 'icon:visual_effects-label': 1, 'icon:visual_effects': 1 },
    presentation: { 'jsname:fniDcc': 1 },
    // 6 tile widgets + 5 panel-row widgets; the jscontroller is only on tile widgets.
    speakingWidget: {
      'jsname:QgSmzd': 11,
      'class:IisKdb': 11,
      'jsname-ctrl:tae9tc': 6,
      'jsname-ctrl:ES310d': 0,
      'data:audio-level': 0,
    },
    micOffIcon: { 'icon:mic_off': 1 },
    selfMic: { 'jsname:hw0c9': 1, 'data:mute-button': 0, 'jsname:BOHaEe': 0 },
    selfHand: { 'jsname:FpSaz': 1, 'icon:front_hand-pressed': 1 },
    peopleRow: { 'data:listitem-participant-id': 5, 'role:listitem-aria-label': 6, 'class:cxdMu': 5 },
    peopleSelf: { 'class:NnTWjc': 1 },
    captionsRegion: {
      'jsname:dsyhDe-region': 1,
      'role:region-tabindex': 1,
      'class:vNKgIf': 1,
      'jsname:dsyhDe-entries': 0,
      'class:a4cQT': 0,
    },
    captionEntry: { 'class:nMcdL': 2, 'class:TBMuR': 0 },
    chatContainer: { 'jsname:xySENc': 1, 'class:Ge9Kpc': 1 },
    chatMessage: { 'data:message-id': 2, 'data:message-text': 0, 'data:message-id-pin': 2 },
    chatToggle: { 'data:panel-id-2': 1, 'icon:chat-pressed': 1 },
    reaction: { 'structure:html-blob-img': 1, 'role:html-blob-img': 0 },
  },
  '2026-09-mutated-speaking.html': {
    speakingWidget: {
      'jsname:QgSmzd': 0,
      'class:IisKdb': 0,
      'jsname-ctrl:tae9tc': 0,
      'jsname-ctrl:ES310d': 0,
      'data:audio-level': 0,
    },
    tile: { 'data:participant-id': 12, 'data:requested-participant-id': 6 },
  },
  '2024-07-legacy.html': {
    leave: { 'icon:call_end': 1, 'jsname:CQylAd': 1 }, // the <i> layer survives the icon-class change
    inCallHint: { 'icon:closed_caption': 1, 'jsname:RrG0hf': 0, 'jsname:r8qRAd': 1 },
    tileName: {
      'data:tooltip-notranslate': 0,
      'class:notranslate': 0,
      'data:self-name-tooltip': 3,
      'data:self-name': 3,
      'class:zWGUib': 0,
      'class:XWGOtd': 0,
    },
    speakingWidget: {
      'jsname:QgSmzd': 3,
      'class:IisKdb': 3,
      'jsname-ctrl:tae9tc': 0,
      'jsname-ctrl:ES310d': 3,
      'data:audio-level': 0,
    },
    selfMic: { 'jsname:hw0c9': 0, 'data:mute-button': 0, 'jsname:BOHaEe': 1 },
    selfCam: { 'jsname:psRWwc': 0, 'jsname:BOHaEe': 1 },
    captionsRegion: {
      'jsname:dsyhDe-region': 0,
      'role:region-tabindex': 0,
      'class:vNKgIf': 0,
      'jsname:dsyhDe-entries': 0,
      'class:a4cQT': 1,
    },
    captionEntry: { 'class:nMcdL': 0, 'class:TBMuR': 2 },
    chatContainer: { 'jsname:xySENc': 0, 'class:Ge9Kpc': 0 },
    chatMessage: { 'data:message-id': 2, 'data:message-text': 0, 'data:message-id-pin': 0 },
  },
  '2024-11-legacy.html': {
    inCallHint: { 'icon:closed_caption': 1, 'jsname:RrG0hf': 0, 'jsname:r8qRAd': 1 },
    captionsRegion: {
      'jsname:dsyhDe-region': 0,
      'role:region-tabindex': 0,
      'class:vNKgIf': 0,
      'jsname:dsyhDe-entries': 0,
      'class:a4cQT': 1,
    },
    captionEntry: { 'class:nMcdL': 1, 'class:TBMuR': 0 },
    captionAvatar: { 'data:iml': 1 },
    chatContainer: { 'jsname:xySENc': 0, 'class:Ge9Kpc': 0 },
    chatGroup: { 'class:Ss4fHf': 1 },
  },
  '2026-09-lobby.html': {
    leave: { 'icon:call_end': 0, 'jsname:CQylAd': 0 },
    lobbyHint: { 'role:div-mic': 1, 'role:div-cam': 1, 'icon:visual_effects': 1 },
    meetingTitle: { 'data:meeting-title': 1, 'class:u6vdEc': 0 },
  },
  '2026-09-waiting.html': {
    leave: { 'icon:call_end': 1, 'jsname:CQylAd': 1 },
    inCallHint: { 'icon:closed_caption': 0, 'jsname:RrG0hf': 0, 'jsname:r8qRAd': 0 },
  },
  '2026-09-ended-left.html': {
    ended: { 'data:call-ended': 1, 'data:returnToHomePage': 1, 'jsname:EszDse': 1, 'class:roSPhc': 1 },
    leave: { 'icon:call_end': 0, 'jsname:CQylAd': 0 },
  },
  '2026-09-49-tiles.html': {
    tile: { 'data:participant-id': 49, 'data:requested-participant-id': 49 },
    speakingWidget: {
      'jsname:QgSmzd': 49,
      'class:IisKdb': 49,
      'jsname-ctrl:tae9tc': 49,
      'jsname-ctrl:ES310d': 0,
      'data:audio-level': 0,
    },
    micOffIcon: { 'icon:mic_off': 9 },
    tileVideo: { 'structure:video': 49 },
  },
};

/** Counts inside the captions region (entry-scoped chains: the structural span layer is only valid there). */
const IN_CAPTIONS: Record<string, Counts> = {
  '2026-09-current.html': {
    captionSpeaker: {
      'class:NWpY1d': 2,
      'class:KcIKyf': 2,
      'class:zs7s8d': 0,
      'structure:avatar-sibling': 2,
      'structure:first-span': 2,
    },
    captionText: { 'class:ygicle': 2, 'jsname:tgaKEf': 0, 'class:iTTPOb': 0 },
  },
  '2024-07-legacy.html': {
    captionSpeaker: {
      'class:NWpY1d': 0,
      'class:KcIKyf': 0,
      'class:zs7s8d': 2,
      'structure:avatar-sibling': 0,
      'structure:first-span': 3,
    },
    captionText: { 'class:ygicle': 0, 'jsname:tgaKEf': 0, 'class:iTTPOb': 2 },
  },
  '2024-11-legacy.html': {
    captionSpeaker: {
      'class:NWpY1d': 0,
      'class:KcIKyf': 1,
      'class:zs7s8d': 0,
      'structure:avatar-sibling': 1,
      'structure:first-span': 2,
    },
    captionText: { 'class:ygicle': 0, 'jsname:tgaKEf': 1, 'class:iTTPOb': 0 },
  },
};

describe.each(Object.keys(PAGE))('selector chains on %s', (file) => {
  const doc = parseFixture(file);
  it.each(Object.entries(PAGE[file]!))('%s', (field, counts) => {
    expect(countLayers(doc, MEET[field as MeetField])).toEqual(counts);
  });
  const inCap = IN_CAPTIONS[file];
  if (inCap) {
    const region = doc.querySelector('[role="region"][tabindex="0"], .a4cQT')!;
    it.each(Object.entries(inCap))('%s (inside the captions region)', (field, counts) => {
      expect(countLayers(region, MEET[field as MeetField])).toEqual(counts);
    });
  }
});

describe('selector registry', () => {
  const layers = Object.entries(MEET).flatMap(([field, chain]) => chain.map((l) => ({ field, ...l })));
  it('every layer is dated (ISO, not in the future of the reference) and says why', () => {
    for (const l of notedLayers(MEET, 'utils/platforms/meet/selectors.ts')) {
      expect(l.verified, `${l.field}/${l.id}`).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(l.verified <= '2026-09-30', `${l.field}/${l.id}`).toBe(true);
      expect(l.why.length, `${l.field}/${l.id}`).toBeGreaterThan(3);
    }
  });
  it('every layer id starts with its kind', () => {
    for (const l of layers) expect(l.id, `${l.field}/${l.id}`).toMatch(KIND_PREFIX);
  });
  it('layer ids are unique within a chain', () => {
    for (const [field, chain] of Object.entries(MEET)) {
      expect(new Set(chain.map((l) => l.id)).size, field).toBe(chain.length);
    }
  });
  it('no selector matches on English aria-label text (only the language-neutral visual_effects ligature)', () => {
    for (const l of layers) {
      for (const m of l.css.matchAll(/aria-label[~^$*|]?="([^"]*)"/g))
        expect(m[1], `${l.field}/${l.id}`).toBe('visual_effects');
    }
  });
  it('every css is valid', () => {
    const doc = parseFixture('2026-09-current.html');
    for (const l of layers) expect(() => doc.querySelectorAll(l.css), l.css).not.toThrow();
  });
});
