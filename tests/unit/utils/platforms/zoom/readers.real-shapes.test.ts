/** @vitest-environment happy-dom */
/**
 * The Zoom readers and session on pages in the shapes of real sources (tests/fixtures/zoom/real-shapes,
 * own markup with invented names): the exact reads each shape must give. Issue 18, point 4.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureSkeleton } from '@/utils/diagnostics/capture';
import type { MeetingEvent } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, summarize } from '@/utils/meeting/reducer';
import { createZoomAdapter, type ZoomSession } from '@/utils/platforms/zoom';
import {
  findMeetingDocument,
  readActiveSpeakers,
  readCaption,
  readChat,
  readPanel,
  readParticipants,
  readPhase,
  readSelf,
  readSelfAudio,
} from '@/utils/platforms/zoom/readers';
import { parseHtml, summarise } from '../../diagnostics/replay-helpers';
import { parseFixture } from './fixtures';

const DIR = join(process.cwd(), 'tests/fixtures/zoom/real-shapes');
const load = (file: string) => parseFixture(file, DIR);
const people = (doc: Document) =>
  readParticipants(doc).list.map((p) => ({
    name: p.name,
    key: p.key,
    self: p.selfMarked,
    muted: p.muted,
    camera: p.camera,
    speaking: p.speaking,
  }));

describe('2020 classic client participants panel', () => {
  const doc = load('2020-classic-participants.html');
  it('three rows, self "(Me)", the muted host muted (its icon names the action "unmute")', () => {
    expect(people(doc)).toEqual([
      {
        name: 'Pat Lindqvist',
        key: 'Pat Lindqvist',
        self: true,
        muted: undefined,
        camera: false,
        speaking: false,
      },
      { name: 'Noor Haddad', key: 'Noor Haddad', self: false, muted: true, camera: false, speaking: false },
      {
        name: 'Noor Haddad',
        key: 'Noor Haddad\u00002',
        self: false,
        muted: undefined,
        camera: false,
        speaking: false,
      },
    ]);
    expect(readSelf(readParticipants(doc))).toEqual({
      name: 'Pat Lindqvist',
      layer: 'class:participants-item__name-label',
    });
  });
  it('the classic list counts as an open pane; in call; nobody speaking, no captions, no chat', () => {
    expect(readPanel(doc)).toMatchObject({ open: true, layer: 'class:participants-li-bare' });
    expect(readPhase(doc)).toEqual({ phase: 'in_call', layer: 'class:footer__leave-btn+data:#wc-footer' });
    expect(readActiveSpeakers(doc).names).toEqual([]);
    expect(readCaption(doc).box).toBeNull();
    expect(readChat(doc).list).toBeNull();
  });
  it('a live row shows the "mute" action icon: unmuted', () => {
    const d = load('2020-classic-participants.html');
    d.querySelector('.participants-icon__participants-unmute')!.className =
      'participants-icon__participants-mute';
    expect(people(d)[1]).toMatchObject({ name: 'Noor Haddad', muted: false });
  });
  it('without the icon, the row label decides (muted)', () => {
    const d = load('2020-classic-participants.html');
    d.querySelector('.participants-icon__participants-unmute')!.remove();
    expect(people(d)[1]).toMatchObject({ name: 'Noor Haddad', muted: true });
  });
  it('a row without a name element: the name and "(Me)" come from its label', () => {
    const d = load('2020-classic-participants.html');
    for (const el of d.querySelectorAll('.participants-item__name-section')) el.remove();
    expect(people(d).map((p) => [p.name, p.self])).toEqual([
      ['Pat Lindqvist', true],
      ['Noor Haddad', false],
      ['Noor Haddad', false],
    ]);
  });
});

describe('2026-10 client 7.2.0: PWA shell frame without the id, virtualised unified roster', () => {
  it('the meeting document is found in iframe.pwa-webclient__iframe without id="webclient"', () => {
    const top = load('2026-10-pwa-shell.html');
    const frameDoc = load('2026-10-two-person-gallery.html');
    const iframe = top.querySelector('iframe')!;
    expect(iframe.id).toBe('');
    Object.defineProperty(iframe, 'contentDocument', { get: () => frameDoc });
    expect(findMeetingDocument(top)).toBe(frameDoc);
    expect(createZoomAdapter().findRoot(top)).toBe(top);
  });
  it('rows with comma labels and no ids: names, self from "(Host, me),", mute and camera', () => {
    const doc = load('2026-10-two-person-gallery.html');
    expect(readPhase(doc).phase).toBe('in_call');
    expect(readPanel(doc)).toMatchObject({ open: true, layer: 'data:#participants-unified-list-row' });
    expect(people(doc)).toEqual([
      { name: 'Yuki Tanabe', key: 'Yuki Tanabe', self: true, muted: false, camera: false, speaking: false },
      { name: 'Omar Farouk', key: 'Omar Farouk', self: false, muted: true, camera: true, speaking: false },
    ]);
    expect(readSelf(readParticipants(doc)).name).toBe('Yuki Tanabe');
    expect(readSelfAudio(doc).muted).toBe(false);
  });
  it('a row without its name element: the label gives the name, without "(Host, me)" or the states', () => {
    const doc = load('2026-10-two-person-gallery.html');
    for (const el of doc.querySelectorAll('.participants-item__display-name')) el.remove();
    for (const el of doc.querySelectorAll('.gallery-video-container__video-frame')) el.remove();
    expect(people(doc).map((p) => [p.name, p.self, p.muted, p.camera])).toEqual([
      ['Yuki Tanabe', true, false, false],
      ['Omar Farouk', false, true, true],
    ]);
  });
});

describe('2026-10 session: a 2-person call has no ring, a third person brings it, no toasts', () => {
  const settle = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  let clock = 0;
  let events: MeetingEvent[] = [];
  let ac: AbortController;
  let session: ZoomSession;
  let frameDoc: Document;
  const advance = async (ms: number) => {
    const end = clock + ms;
    while (clock < end) {
      const step = Math.min(100, end - clock);
      clock += step;
      vi.advanceTimersByTime(step);
      await settle();
    }
  };
  const take = () => {
    const out = events;
    events = [];
    return out;
  };
  const healthOf = (es: MeetingEvent[]) =>
    Object.assign({}, ...es.flatMap((e) => (e.type === 'health' ? [e.signals] : [])));
  const idOf = (name: string, es: MeetingEvent[]) => {
    const j = es.find((e) => e.type === 'participant.joined' && e.name === name);
    if (j?.type !== 'participant.joined') throw new Error(`no join for ${name}`);
    return j.id;
  };
  const frameOf = (name: string) =>
    [...frameDoc.querySelectorAll('.gallery-video-container__video-frame')].find(
      (f) => f.querySelector('.video-avatar__avatar-footer span[role="none"]')?.textContent === name,
    )!;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    clock = 1000;
    events = [];
    document.body.replaceChildren();
    history.replaceState(null, '', '/wc/84512370096/join');
    const shell = load('2026-10-pwa-shell.html');
    document.body.innerHTML = shell.body.innerHTML;
    const iframe = document.querySelector('iframe')!;
    iframe.removeAttribute('src');
    frameDoc = iframe.contentDocument!;
    frameDoc.body.innerHTML = load('2026-10-two-person-gallery.html').body.innerHTML;
    ac = new AbortController();
    const adapter = createZoomAdapter();
    session = adapter.start(adapter.findRoot(document)!, {
      signal: ac.signal,
      emit: (e) => events.push(e),
      now: () => clock,
    });
  });
  afterEach(() => {
    ac.abort();
    vi.useRealTimers();
  });

  it('reads the call in the frame; speaking says "not visible", never 0 ms', async () => {
    expect(session.meetingDocument()).toBe(frameDoc);
    const es = take();
    expect(es[0]).toMatchObject({ type: 'call.started', platform: 'zoom' });
    const yuki = idOf('Yuki Tanabe', es);
    const omar = idOf('Omar Farouk', es);
    expect(es.filter((e) => e.type === 'participant.joined')).toEqual([
      { type: 'participant.joined', t: 1000, id: yuki, name: 'Yuki Tanabe', isSelf: true },
      { type: 'participant.joined', t: 1000, id: omar, name: 'Omar Farouk', isSelf: false },
    ]);
    expect(es).toContainEqual({ type: 'camera.on', t: 1000, id: omar });
    expect(es).toContainEqual({ type: 'mic.muted', t: 1000, id: omar });
    expect(es.some((e) => e.type === 'speaking.started')).toBe(false);
    expect(healthOf(es)).toMatchObject({
      participants: 'ok',
      self: 'ok',
      speaking: 'not_visible',
      mute: 'ok',
    });
    await advance(10_000);
    const state = createMeetingState();
    applyEvents(state, [...es, ...take()]);
    const sum = summarize(state);
    expect(sum.participants.map((p) => [p.name, p.speakingMs])).toEqual([
      ['Yuki Tanabe', null],
      ['Omar Farouk', null],
    ]);
  });

  it('a third person (a row and a tile, no toast) joins; the ring then counts', async () => {
    const es0 = take();
    const yuki = idOf('Yuki Tanabe', es0);
    await advance(500);
    const list = frameDoc.querySelector('.ReactVirtualized__Grid__innerScrollContainer')!;
    const row = list.lastElementChild!.cloneNode(true) as Element;
    row.setAttribute('style', 'position: absolute; top: 96px; height: 48px; width: 100%;');
    const li = row;
    li.setAttribute('aria-label', 'Ines Kowalczyk,computer audio unmuted,video off');
    li.querySelector('.participants-item__display-name')!.textContent = 'Ines Kowalczyk';
    list.append(row);
    const tile = frameOf('Yuki Tanabe').cloneNode(true) as Element;
    tile.querySelector('.video-avatar__avatar-name')!.textContent = 'Ines Kowalczyk';
    tile.querySelector('.video-avatar__avatar-footer span[role="none"]')!.textContent = 'Ines Kowalczyk';
    frameDoc.querySelector('.gallery-video-container__wrapper')!.append(tile);
    await advance(200);
    const es = take();
    expect(
      es.filter((e) => e.type === 'participant.joined').map((e) => e.type === 'participant.joined' && e.name),
    ).toEqual(['Ines Kowalczyk']);
    expect(healthOf(es).speaking).toBe('ok');
    frameOf('Yuki Tanabe').classList.add('gallery-video-container__video-frame--active');
    await settle();
    expect(take()).toEqual([{ type: 'speaking.started', t: 1700, id: yuki }]);
  });

  it('a ring seen in the 2-person call is trusted: health ok first, then the speaking it shows', async () => {
    const es0 = take();
    const yuki = idOf('Yuki Tanabe', es0);
    await advance(500);
    frameOf('Yuki Tanabe').classList.add('gallery-video-container__video-frame--active');
    await settle();
    expect(take()).toEqual([
      { type: 'health', t: 1500, signals: { speaking: 'ok' } },
      { type: 'speaking.started', t: 1500, id: yuki },
    ]);
  });
});

describe('an anonymised page sample of these shapes replays like the page', () => {
  it.each(['2020-classic-participants.html', '2026-10-two-person-gallery.html'])('%s', (file) => {
    const doc = load(file);
    const out = captureSkeleton(doc, {
      platform: 'zoom',
      salt: 'real-shapes',
      now: new Date('2026-12-04T10:00:00.000Z'),
      version: 'test',
    });
    expect(out).not.toContain('Noor Haddad');
    expect(out).not.toContain('Yuki Tanabe');
    expect(summarise('zoom', parseHtml(out))).toEqual(summarise('zoom', doc));
  });
});
