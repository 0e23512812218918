/** @vitest-environment happy-dom */
/**
 * The Meet readers on pages in the shapes of real captures (tests/fixtures/meet/real-shapes, own markup
 * with invented names): the exact reads each shape must give. Issue 18, point 4.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureSkeleton } from '@/utils/diagnostics/capture';
import type { MeetingEvent } from '@/utils/meeting/events';
import { createMeetAdapter } from '@/utils/platforms/meet';
import {
  idByName,
  isMeter,
  readCamera,
  readCaptions,
  readChat,
  readMeetingInfo,
  readMute,
  readParticipants,
  readPhase,
  readSelf,
  readSpeaking,
  readTiles,
  widgetSpeaking,
} from '@/utils/platforms/meet/readers';
import { parseHtml, summarise } from '../../diagnostics/replay-helpers';
import { applyTestHooks, parseFixture } from './fixtures';

const DIR = join(process.cwd(), 'tests/fixtures/meet/real-shapes');
const load = (file: string) => parseFixture(file, DIR);

function reads(doc: Document) {
  const parts = readParticipants(doc);
  const sp = readSpeaking(doc, parts);
  const mute = readMute(doc, parts, sp);
  return {
    parts,
    people: [...parts.byId.values()].map((p) => ({ id: p.id, name: p.name, self: p.selfMarked })),
    speaking: [...sp.speaking],
    muted: Object.fromEntries(mute.muted),
    selfMuted: mute.self,
    mute,
    sp,
  };
}

describe('2022-08 toolbar: the inner button is right, the wrapper is not; CC holds both ligatures', () => {
  const doc = load('2022-08-toolbar.html');
  it('in call, self muted from the inner button (the wrapper says unmuted)', () => {
    expect(readPhase(doc)).toEqual({ phase: 'in_call', layer: 'icon:call_end+jsname:r8qRAd' });
    const r = reads(doc);
    expect(r.selfMuted).toBe(true);
    expect(r.mute.selfLayer).toBe('jsname:BOHaEe');
    expect(doc.querySelector('[jsname="Dg9Wp"]')!.getAttribute('data-is-muted')).toBe('false');
  });
  it('the closed_caption ligature in an unpressed button is not "captions on"; chat panel closed', () => {
    expect(readCaptions(doc).region).toBeNull();
    expect(readChat(doc)).toMatchObject({ container: null, open: false, messages: [] });
    expect(readMeetingInfo(doc).code).toBe('qpr-stuv-wxy');
    expect(reads(doc).people).toEqual([]);
  });
});

describe('2022-08 People panel', () => {
  const SELF = 'spaces/Qw7PlaceSp1/devices/4f6b2c1e-9d3a-4e8b-b7a1-0c5d2e9f8a31';
  const OTHER = 'spaces/Qw7PlaceSp1/devices/a93e0d57-2c84-4f1b-9e6d-71b3c5a0f2d4';
  it('self row without aria-label: name, self, silent 2022 meter, mute not shown', () => {
    const doc = load('2022-08-people-self.html');
    const r = reads(doc);
    expect(r.people).toEqual([{ id: SELF, name: 'Maren Oduya', self: true }]);
    expect(readSelf(doc, r.parts)).toEqual({ id: SELF, name: 'Maren Oduya', layer: 'class:NnTWjc' });
    expect(r.speaking).toEqual([]);
    expect(r.sp.layer).toBe('jsname:QgSmzd');
    expect(r.muted).toEqual({});
  });
  it('second device: muted (disabled button around the meter), not self, silent', () => {
    const r = reads(load('2022-08-people-second-device.html'));
    expect(r.people).toEqual([{ id: OTHER, name: 'Maren Oduya', self: false }]);
    expect(r.muted).toEqual({ [OTHER]: true });
    expect(r.speaking).toEqual([]);
  });
  it('the same name on two devices: two participants, keyed by device, the name is ambiguous', () => {
    const doc = load('2022-08-people-self.html');
    const second = load('2022-08-people-second-device.html').querySelector('[role="listitem"]')!;
    doc.querySelector('[role="list"]')!.append(doc.importNode(second, true));
    const r = reads(doc);
    expect(r.people).toEqual([
      { id: SELF, name: 'Maren Oduya', self: true },
      { id: OTHER, name: 'Maren Oduya', self: false },
    ]);
    expect(readSelf(doc, r.parts).id).toBe(SELF);
    expect(idByName(r.parts.byId, 'Maren Oduya')).toBeNull();
    expect(r.muted).toEqual({ [OTHER]: true });
    expect(r.speaking).toEqual([]);
  });
});

describe('2022-08 pinned person: the pin button does not make a presentation', () => {
  it('one participant, muted (mic_off in the disabled button), not a presentation', () => {
    const doc = load('2022-08-pinned-tile.html');
    const ID = 'spaces/Qw7PlaceSp1/devices/0b2d4f6a-8c1e-4a3b-9d5f-7e6c8a0b1d2f';
    expect(readTiles(doc).tiles.map((t) => [t.name, t.isPresentation])).toEqual([['Teodor Vasić', false]]);
    const r = reads(doc);
    expect(r.people).toEqual([{ id: ID, name: 'Teodor Vasić', self: false }]);
    expect(r.parts.presentationCount).toBe(0);
    expect(r.muted).toEqual({ [ID]: true });
    expect(r.mute.layer).toBe('icon:mic_off');
    expect(r.speaking).toEqual([]);
    expect(Object.fromEntries(readCamera(r.parts).on)).toEqual({ [ID]: false });
  });
  it('a pin button on a tile without a meter still marks a presentation', () => {
    const doc = load('2022-08-pinned-tile.html');
    doc.querySelector('[jsname="QgSmzd"]')!.remove();
    expect(readTiles(doc).tiles.map((t) => t.isPresentation)).toEqual([true]);
  });
});

describe('2022-08 join dialog', () => {
  it('the person asking to join is not a participant', () => {
    const r = reads(load('2022-08-join-dialog.html'));
    expect(r.people.map((p) => p.name)).toEqual(['Ilse Varga']);
  });
});

describe('2024-04 chat: the id is on the pin button, the sender says "You"', () => {
  it('one message from the local user, with the pin button’s id', () => {
    const chat = readChat(load('2024-04-chat.html'));
    expect(chat.layer).toBe('jsname:xySENc');
    expect(chat.textLayer).toBe('jsname:dTKtvb');
    expect(chat.messages.map(({ el: _el, ...m }) => m)).toEqual([
      { id: '1730001234567', senderName: 'You', isSelf: true, text: 'Morning, all set?' },
    ]);
  });
});

describe('captions', () => {
  const entries = (doc: Document) => readCaptions(doc).entries.map((e) => [e.speaker, e.text]);
  it('2024-11: legacy container without role=region, bare text', () => {
    const doc = load('2024-11-captions.html');
    expect(entries(doc)).toEqual([
      ['Priya Natarajan', 'The vendor call moved to Thursday.'],
      ['Oskar Brandt', 'Fine by me, I will update the invite.'],
    ]);
  });
  it('2025-02: the wrapper without a region, bare div speaker, text over spans joined as rendered', () => {
    const cap = readCaptions(load('2025-02-captions.html'));
    expect(cap.layer).toBe('jsname:dsyhDe-entries');
    expect(cap.entries.map((e) => [e.speaker, e.text, e.speakerLayer, e.textLayer])).toEqual([
      [
        'Lena Okafor',
        'Shall we start with the budget, the budget, the budget.',
        'class:KcIKyf',
        'jsname:tgaKEf',
      ],
      [
        'Arjun Mehta',
        'Sure, the numbers are in the shared sheet. Noted.Which tab first?',
        'class:KcIKyf',
        'jsname:tgaKEf',
      ],
    ]);
  });
  it('2025-02 with the speaker class gone: the box beside the avatar, never a span of the text', () => {
    const doc = load('2025-02-captions.html');
    for (const el of doc.querySelectorAll('.KcIKyf')) el.className = 'Zq1xYw';
    expect(readCaptions(doc).entries.map((e) => [e.speaker, e.speakerLayer])).toEqual([
      ['Lena Okafor', 'structure:avatar-sibling'],
      ['Arjun Mehta', 'structure:avatar-sibling'],
    ]);
  });
  it('an empty caption wrapper (captions off, no region) is no captions region', () => {
    const doc = load('2025-02-captions.html');
    doc.querySelector('[jsname="dsyhDe"]')!.replaceChildren();
    expect(readCaptions(doc).region).toBeNull();
  });
  it('2026-03: region, one speaker twice, "You", page text kept as text', () => {
    const cap = readCaptions(load('2026-03-captions.html'));
    expect(cap.layer).toBe('jsname:dsyhDe-region');
    expect(cap.entries.map((e) => [e.speaker, e.text])).toEqual([
      ['Sol Ferreira', 'Standup moves to 9:30.'],
      ['Sol Ferreira', 'Bring the *draft* metrics.'],
      ['You', "I'll link them in [notes]."],
      ['Dana [QA]', 'Check `build` and the runbook.'],
    ]);
  });
});

describe('2026 audio meter and tile', () => {
  it('2026-06: the silent copy is silent, the speaking copy speaks', () => {
    const doc = load('2026-06-speaking-indicator.html');
    const silent = doc.getElementById('silent')!;
    const speaking = doc.getElementById('speaking')!;
    expect([isMeter(silent, 'jsname:QgSmzd'), isMeter(speaking, 'jsname:QgSmzd')]).toEqual([true, true]);
    expect([widgetSpeaking(silent, 'jsname:QgSmzd'), widgetSpeaking(speaking, 'jsname:QgSmzd')]).toEqual([
      false,
      true,
    ]);
  });

  const ID = 'spaces/Zr4TplSpace0B/devices/97';
  it('2026-03 tile: short numeric device id, one participant, silent, camera off, self unmuted', () => {
    const doc = load('2026-03-tile.html');
    expect(readPhase(doc).phase).toBe('in_call');
    const r = reads(doc);
    expect(r.people).toEqual([{ id: ID, name: 'Hoang Thi Mai', self: false }]);
    expect(r.speaking).toEqual([]);
    expect(r.sp.tilesWithWidget).toBe(1);
    expect(r.muted).toEqual({ [ID]: false });
    expect(r.selfMuted).toBe(false);
    expect(Object.fromEntries(readCamera(r.parts).on)).toEqual({ [ID]: false });
    expect(readMeetingInfo(doc).code).toBe('hxw-kpqm-zta');
  });
  it('2026-03 tile: the empty second QgSmzd says nothing, whatever its classes', () => {
    const doc = load('2026-03-tile.html');
    doc.querySelector('.DYfzY')!.className = 'DYfzY cYKTje';
    expect(reads(doc).speaking).toEqual([]);
    doc.querySelector('.IisKdb')!.classList.replace('gjg47c', 'HX2H7');
    expect(reads(doc).speaking).toEqual([ID]);
  });
  it('2026-03 tile: meter hidden (muted) → muted and silent, though the empty element shows', () => {
    const doc = load('2026-03-tile.html');
    doc.querySelector('.DYfzY')!.className = 'DYfzY cYKTje';
    (doc.querySelector('.IisKdb') as HTMLElement).style.display = 'none';
    const r = reads(doc);
    expect(r.muted).toEqual({ [ID]: true });
    expect(r.speaking).toEqual([]);
  });
});

describe('the observer picks these shapes up in a call', () => {
  const settle = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  let events: MeetingEvent[] = [];
  let ac: AbortController;
  let clock = 5000;
  /** Shell mutations are read at most every 100 ms: let that window pass. */
  const advance = async (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
    await settle();
  };
  beforeEach(() => {
    clock = 5000;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    events = [];
    const parsed = load('2026-03-tile.html');
    document.title = parsed.title;
    document.body.innerHTML = parsed.body.innerHTML;
    applyTestHooks(document);
    ac = new AbortController();
    createMeetAdapter().start(document, { signal: ac.signal, emit: (e) => events.push(e), now: () => clock });
  });
  afterEach(() => {
    ac.abort();
    vi.useRealTimers();
  });
  const append = (file: string) => {
    const body = load(file).body;
    for (const n of [...body.children]) document.body.append(document.importNode(n, true));
  };

  it('2025-02 captions appended mid-call: two caption events with speaker and joined text', async () => {
    expect(events[0]?.type).toBe('call.started');
    events = [];
    append('2025-02-captions.html');
    await advance(200);
    expect(
      events.flatMap((e) => (e.type === 'caption' ? [[e.speakerName, e.text, e.replaces]] : [])),
    ).toEqual([
      ['Lena Okafor', 'Shall we start with the budget, the budget, the budget.', false],
      ['Arjun Mehta', 'Sure, the numbers are in the shared sheet. Noted.Which tab first?', false],
    ]);
    const health = events.flatMap((e) => (e.type === 'health' ? [e.signals] : []));
    expect(Object.assign({}, ...health).captions).toBe('ok');
  });

  it('2024-04 chat appended mid-call: one own message, once', async () => {
    events = [];
    append('2024-04-chat.html');
    await advance(200);
    expect(events.filter((e) => e.type === 'chat')).toEqual([
      { type: 'chat', t: 5200, senderName: '', isSelf: true, text: 'Morning, all set?' },
    ]);
    document.querySelector('[jsname="biJjHb"]')!.textContent = '14:33';
    await advance(200);
    expect(events.filter((e) => e.type === 'chat')).toHaveLength(1);
  });
  it('2024-04 chat when someone in the call is really named "You": their message, not self', async () => {
    document.querySelector('.notranslate')!.textContent = 'You';
    await advance(200);
    const id = 'spaces/Zr4TplSpace0B/devices/97';
    expect(events).toContainEqual({ type: 'participant.renamed', t: 5200, id, name: 'You' });
    events = [];
    append('2024-04-chat.html');
    await advance(200);
    expect(events.filter((e) => e.type === 'chat')).toEqual([
      { type: 'chat', t: 5400, senderName: 'You', senderId: id, isSelf: false, text: 'Morning, all set?' },
    ]);
  });
});

describe('an anonymised page sample of these shapes replays like the page', () => {
  it.each([
    '2022-08-toolbar.html',
    '2022-08-pinned-tile.html',
    '2024-04-chat.html',
    '2025-02-captions.html',
    '2026-03-tile.html',
  ])('%s', (file) => {
    const doc = load(file);
    const out = captureSkeleton(doc, {
      platform: 'meet',
      salt: 'real-shapes',
      now: new Date('2026-12-04T10:00:00.000Z'),
      version: 'test',
    });
    for (const s of ['Teodor', 'Morning, all set', 'Lena Okafor', 'Hoang Thi Mai'])
      expect(out).not.toContain(s);
    expect(summarise('meet', parseHtml(out))).toEqual(summarise('meet', doc));
  });
});
