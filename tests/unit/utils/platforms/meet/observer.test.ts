/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MeetingEvent, meetingEventSchema } from '@/utils/meeting/events';
import {
  applyEvents,
  createMeetingState,
  type MeetingState,
  snapshot,
  summarize,
} from '@/utils/meeting/reducer';
import { createMeetAdapter } from '@/utils/platforms/meet';
import type { MeetSession } from '@/utils/platforms/meet/observer';
import { loadIntoDocument, parseFixture, setReadyState } from './fixtures';

const P = (s: string) => `spaces/SP1/devices/${s}`;
/** MutationObserver callbacks and the adapter's flush both run as microtasks. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

let clock = 1000;
let events: MeetingEvent[] = [];
let ac: AbortController;
let session: MeetSession;

function start(file: string, opts = {}): Document {
  const doc = loadIntoDocument(file);
  ac = new AbortController();
  session = createMeetAdapter({ leaveDebounceMs: 3000, watchdogMs: 2000, ...opts }).start(doc, {
    signal: ac.signal,
    emit: (e) => events.push(e),
    now: () => clock,
  });
  return doc;
}
/** Events since the last call, then clear. Every event must satisfy the contract's zod schema. */
function take(): MeetingEvent[] {
  const out = events;
  events = [];
  for (const e of out) expect(meetingEventSchema.safeParse(e).success, JSON.stringify(e)).toBe(true);
  return out;
}
function swapBody(doc: Document, file: string): void {
  const parsed = parseFixture(file);
  doc.body.innerHTML = parsed.body.innerHTML;
  for (const v of doc.querySelectorAll('video[data-test-ready-state]'))
    setReadyState(v, Number(v.getAttribute('data-test-ready-state')));
}
/** Moves the clock and the fake timers together, 100 ms at a time (timers read the clock when they fire). */
async function advanceTo(t: number): Promise<void> {
  while (clock < t) {
    const step = Math.min(100, t - clock);
    clock += step;
    vi.advanceTimersByTime(step);
    await settle();
  }
}
/** Whether the model has `id` speaking now (the adapter's re-announcement reached it). */
const snapshotSpeaking = (state: MeetingState, id: string) =>
  snapshot(state, state.lastT).currentSpeakerIds.includes(id);
const tileOf = (doc: Document, dev: string) => doc.querySelector(`main [data-participant-id="${P(dev)}"]`)!;
const widgetOf = (doc: Document, dev: string) => tileOf(doc, dev).querySelector('[jsname="QgSmzd"]')!;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  clock = 1000;
  events = [];
});
afterEach(() => {
  ac.abort();
  vi.useRealTimers();
});

const ALL_OK = {
  phase: 'ok',
  participants: 'ok',
  self: 'ok',
  speaking: 'ok',
  camera: 'ok',
  mute: 'ok',
  captions: 'ok',
  chat: 'ok',
} as const;

describe('Meet adapter on the 2026 shape', () => {
  it('emits call.started, the roster with non-default states, captions, chat, then health', () => {
    start('2026-09-current.html');
    const t = 1000;
    expect(take()).toEqual([
      { type: 'call.started', t, platform: 'meet', meetingCode: 'abc-defg-hij' },
      { type: 'participant.joined', t, id: P('dev-ines'), name: 'Inès Duval', isSelf: true },
      { type: 'camera.on', t, id: P('dev-ines') },
      { type: 'participant.joined', t, id: P('dev-zoe'), name: 'Zoë Łukasiewicz-Brandt', isSelf: false },
      { type: 'camera.on', t, id: P('dev-zoe') },
      { type: 'speaking.started', t, id: P('dev-zoe') },
      { type: 'participant.joined', t, id: P('dev-soren'), name: 'Søren Ødegård', isSelf: false },
      { type: 'mic.muted', t, id: P('dev-soren') },
      { type: 'participant.joined', t, id: P('dev-misaki'), name: '山田 美咲', isSelf: false },
      { type: 'hand.raised', t, id: P('dev-misaki') },
      { type: 'participant.joined', t, id: P('dev-oleg'), name: 'Олег Петренко', isSelf: false },
      { type: 'camera.on', t, id: P('dev-oleg') },
      { type: 'reaction', t, id: P('dev-oleg'), emoji: '👍' },
      {
        type: 'caption',
        t,
        captionId: 'meet-1-c1',
        speakerId: P('dev-zoe'),
        speakerName: 'Zoë Łukasiewicz-Brandt',
        text: 'Thanks Søren for the numbers, that was really helpful',
        replaces: false,
      },
      {
        type: 'caption',
        t,
        captionId: 'meet-1-c2',
        speakerId: P('dev-ines'),
        speakerName: 'Inès Duval',
        text: 'happy to help',
        replaces: false,
      },
      {
        type: 'chat',
        t,
        senderId: P('dev-oleg'),
        senderName: 'Олег Петренко',
        isSelf: false,
        text: 'Привет всем',
      },
      { type: 'chat', t, senderId: P('dev-ines'), senderName: 'Inès Duval', isSelf: true, text: 'Hi!' },
      { type: 'health', t, signals: ALL_OK },
    ]);
    expect(session.diagnostics().speaking).toEqual({ state: 'ok', layer: 'jsname:QgSmzd' });
  });

  it('speaking: events on transitions only, not on the speaking-class cycle', async () => {
    const doc = start('2026-09-current.html');
    take();
    clock = 2000;
    widgetOf(doc, 'dev-oleg').classList.replace('gjg47c', 'HX2H7');
    await settle();
    clock = 2250;
    widgetOf(doc, 'dev-oleg').classList.replace('HX2H7', 'Oaajhc'); // still speaking
    widgetOf(doc, 'dev-zoe').classList.replace('HX2H7', 'gjg47c');
    await settle();
    clock = 2500;
    widgetOf(doc, 'dev-oleg').classList.replace('Oaajhc', 'gjg47c');
    await settle();
    expect(take()).toEqual([
      { type: 'speaking.started', t: 2000, id: P('dev-oleg') },
      { type: 'speaking.stopped', t: 2250, id: P('dev-zoe') },
      { type: 'speaking.stopped', t: 2500, id: P('dev-oleg') },
    ]);
  });

  it('join and leave: a tile re-render within the debounce is not a leave; a real leave is, reported late, effective at removal time', async () => {
    const doc = start('2026-09-current.html');
    take();
    const row = doc.querySelector(`aside [data-participant-id="${P('dev-oleg')}"]`)!;
    const tile = tileOf(doc, 'dev-oleg');
    const main = tile.parentElement!;
    // Re-render: gone for 1 s, then back.
    clock = 2000;
    tile.remove();
    row.remove();
    await settle();
    vi.advanceTimersByTime(1000);
    clock = 3000;
    main.append(tile);
    await settle();
    vi.advanceTimersByTime(5000); // past the debounce and two watchdog ticks
    // Not a leave; but for that second nobody could see Oleg: said at once, undone on the return.
    expect(take()).toEqual([
      { type: 'camera.off', t: 2000, id: P('dev-oleg') },
      { type: 'participant.visibility', t: 2000, id: P('dev-oleg'), speaking: false, camera: false },
      { type: 'participant.visibility', t: 3000, id: P('dev-oleg'), speaking: true, camera: true },
      { type: 'camera.on', t: 3000, id: P('dev-oleg') },
    ]);
    // Real leave.
    clock = 10_000;
    tile.remove();
    await settle();
    expect(take()).toEqual([
      { type: 'camera.off', t: 10_000, id: P('dev-oleg') },
      { type: 'participant.visibility', t: 10_000, id: P('dev-oleg'), speaking: false, camera: false },
    ]);
    clock = 12_999;
    vi.advanceTimersByTime(2999);
    expect(take()).toEqual([]);
    clock = 13_000;
    vi.advanceTimersByTime(1);
    // Decided now (time order), effective when the tile went.
    expect(take()).toEqual([{ type: 'participant.left', t: 13_000, id: P('dev-oleg'), at: 10_000 }]);
    // A new participant joins (name rendered later → renamed).
    clock = 14_000;
    const fresh = parseFixture('2026-09-2-person.html').querySelector('[data-participant-id$="dev-amara"]')!;
    fresh.querySelector('span.notranslate')!.textContent = '';
    main.append(doc.importNode(fresh, true));
    await settle();
    clock = 14_500;
    main.querySelector('[data-participant-id$="dev-amara"] span.notranslate')!.textContent =
      'Amara Nwosu-Ferreira';
    await settle();
    expect(take()).toEqual([
      { type: 'participant.joined', t: 14_000, id: 'spaces/SP3/devices/dev-amara', name: '', isSelf: false },
      { type: 'speaking.started', t: 14_000, id: 'spaces/SP3/devices/dev-amara' },
      {
        type: 'participant.renamed',
        t: 14_500,
        id: 'spaces/SP3/devices/dev-amara',
        name: 'Amara Nwosu-Ferreira',
      },
    ]);
  });

  it('a participant whose tile leaves the grid but stays in the People panel is neither left nor camera-off, only not visible', async () => {
    const doc = start('2026-09-current.html');
    take();
    tileOf(doc, 'dev-oleg').remove();
    await settle();
    vi.advanceTimersByTime(10_000);
    expect(take()).toEqual([
      { type: 'participant.visibility', t: 1000, id: P('dev-oleg'), speaking: false, camera: false },
    ]);
  });

  it('self is learned when the People panel first renders (participant.self), and stays when it closes', async () => {
    const doc = loadIntoDocument('2026-09-current.html');
    const aside = doc.querySelector('aside')!;
    aside.remove();
    ac = new AbortController();
    session = createMeetAdapter().start(doc, {
      signal: ac.signal,
      emit: (e) => events.push(e),
      now: () => clock,
    });
    const first = take();
    expect(first.find((e) => e.type === 'participant.joined')).toMatchObject({
      id: P('dev-ines'),
      isSelf: false,
    });
    expect(first.filter((e) => e.type === 'caption').map((c) => c.speakerName)).toEqual([
      'Zoë Łukasiewicz-Brandt',
      'You', // self unknown yet: the caption keeps Meet's label and no speakerId
    ]);
    clock = 5000;
    doc.querySelector('[data-call-ended]')!.append(aside);
    await settle();
    expect(take()).toEqual([
      { type: 'participant.self', t: 5000, id: P('dev-ines') },
      { type: 'health', t: 5000, signals: { self: 'ok' } },
    ]);
    clock = 6000;
    aside.remove();
    await settle();
    vi.advanceTimersByTime(4000);
    expect(take()).toEqual([]);
    expect(session.diagnostics().self.state).toBe('ok');
  });

  it('a speaker who leaves gets speaking.stopped when the tile goes, participant.left once confirmed', async () => {
    const doc = start('2026-09-current.html');
    take();
    clock = 5000;
    tileOf(doc, 'dev-zoe').remove();
    doc.querySelector(`aside [data-participant-id="${P('dev-zoe')}"]`)!.remove();
    await settle();
    clock = 8000;
    vi.advanceTimersByTime(3000);
    expect(take()).toEqual([
      { type: 'speaking.stopped', t: 5000, id: P('dev-zoe') },
      { type: 'camera.off', t: 5000, id: P('dev-zoe') },
      { type: 'participant.visibility', t: 5000, id: P('dev-zoe'), speaking: false, camera: false },
      { type: 'participant.left', t: 8000, id: P('dev-zoe'), at: 5000 },
    ]);
  });

  it('issue 18: tile and row gone, others speak within the debounce → the model closes the leaver at the removal time, nothing rejected', async () => {
    const doc = start('2026-09-current.html');
    const log = [...take()];
    clock = 30_000;
    tileOf(doc, 'dev-oleg').remove();
    doc.querySelector(`aside [data-participant-id="${P('dev-oleg')}"]`)!.remove();
    await settle();
    log.push(...take());
    // Within the debounce: Inès starts and stops, Zoë stops.
    for (const [at, act] of [
      [31_000, () => widgetOf(doc, 'dev-ines').classList.replace('gjg47c', 'HX2H7')],
      [31_500, () => widgetOf(doc, 'dev-zoe').classList.replace('HX2H7', 'gjg47c')],
      [32_500, () => widgetOf(doc, 'dev-ines').classList.replace('HX2H7', 'gjg47c')],
    ] as const) {
      await advanceTo(at);
      act();
      await settle();
      log.push(...take());
    }
    await advanceTo(40_000);
    log.push(...take());
    const left = log.filter((e) => e.type === 'participant.left');
    expect(left).toEqual([{ type: 'participant.left', t: 33_000, id: P('dev-oleg'), at: 30_000 }]);
    // Every event in time order: the model accepts all of them.
    const state = createMeetingState();
    applyEvents(state, log);
    const s = summarize(state);
    expect(s.rejectedEvents).toBe(0);
    const oleg = s.participants.find((p) => p.id === P('dev-oleg'))!;
    expect(oleg.present).toBe(false);
    expect(Math.abs(oleg.leftAt! - 30_000)).toBeLessThanOrEqual(100);
    expect(Math.abs(oleg.presentMs - (30_000 - 1000))).toBeLessThanOrEqual(100);
    expect(s.participants.find((p) => p.id === P('dev-ines'))).toMatchObject({
      present: true,
      speakingMs: 1500,
    });
  });

  it('issue 18: a speaker whose tile goes and comes back within the debounce is visible again and re-announced', async () => {
    const doc = start('2026-09-current.html');
    const log = take();
    const tile = tileOf(doc, 'dev-zoe');
    const main = tile.parentElement!;
    clock = 5000;
    tile.remove();
    await settle(); // the row stays: only out of sight
    clock = 6000;
    main.append(tile);
    await settle();
    vi.advanceTimersByTime(5000);
    const evs = take().filter((e) => e.type !== 'health');
    // Out of sight (the model stops her segment and camera), then visible: camera and speech are news again.
    expect(evs).toEqual([
      { type: 'participant.visibility', t: 5000, id: P('dev-zoe'), speaking: false, camera: false },
      { type: 'participant.visibility', t: 6000, id: P('dev-zoe'), speaking: true, camera: true },
      { type: 'camera.on', t: 6000, id: P('dev-zoe') },
      { type: 'speaking.started', t: 6000, id: P('dev-zoe') },
    ]);
    const state = createMeetingState();
    applyEvents(state, [...log, ...evs]);
    const zoe = summarize(state).participants.find((p) => p.id === P('dev-zoe'))!;
    expect(snapshotSpeaking(state, zoe.id)).toBe(true);
  });

  it('camera: readyState reaching 4 (media event, no DOM mutation) and a hidden video', async () => {
    const doc = start('2026-09-current.html');
    take();
    clock = 3000;
    const v = tileOf(doc, 'dev-soren').querySelector('video')!;
    setReadyState(v, 4);
    v.dispatchEvent(new Event('loadeddata'));
    await settle();
    clock = 4000;
    (tileOf(doc, 'dev-zoe').querySelector('video') as HTMLVideoElement).style.display = 'none';
    await settle();
    expect(take()).toEqual([
      { type: 'camera.on', t: 3000, id: P('dev-soren') },
      { type: 'camera.off', t: 4000, id: P('dev-zoe') },
    ]);
  });

  it('mute and hands: tile icons, the self toolbar', async () => {
    const doc = start('2026-09-current.html');
    take();
    clock = 3000;
    doc.querySelector('[jsname="hw0c9"]')!.setAttribute('data-is-muted', 'true');
    await settle();
    clock = 3500;
    tileOf(doc, 'dev-soren').querySelector('i')!.remove(); // mic_off icon gone
    (widgetOf(doc, 'dev-soren') as HTMLElement).style.display = '';
    doc
      .querySelector(`aside [data-participant-id="${P('dev-soren')}"] button[disabled]`)!
      .removeAttribute('disabled');
    await settle();
    clock = 4000;
    doc.querySelector('[jsname="FpSaz"]')!.setAttribute('aria-pressed', 'true');
    await settle();
    expect(take()).toEqual([
      { type: 'mic.muted', t: 3000, id: P('dev-ines') },
      { type: 'mic.unmuted', t: 3500, id: P('dev-soren') },
      { type: 'hand.raised', t: 4000, id: P('dev-ines') },
    ]);
  });

  it('reactions: once per bubble, owner from the tile or the name beside the bubble', async () => {
    const doc = start('2026-09-current.html');
    take();
    clock = 2000;
    const blob = doc.createElement('html-blob');
    const img = doc.createElement('img');
    img.setAttribute('aria-label', '🎉');
    blob.append(img);
    tileOf(doc, 'dev-soren').append(blob);
    await settle();
    clock = 2500;
    const bubble = doc.querySelector('.reaction-bubble')!.cloneNode(true) as Element;
    bubble.querySelector('img')!.setAttribute('aria-label', '👏');
    bubble.querySelector('span')!.textContent = '山田 美咲';
    doc.querySelector('[data-call-ended]')!.append(bubble);
    await settle();
    vi.advanceTimersByTime(2000); // a watchdog re-read does not repeat them
    expect(take()).toEqual([
      { type: 'reaction', t: 2000, id: P('dev-soren'), emoji: '🎉' },
      { type: 'reaction', t: 2500, id: P('dev-misaki'), emoji: '👏' },
    ]);
  });

  it('captions: rewrites in place keep the id (replaces), older entries are corrected, new entries get new ids', async () => {
    const doc = start('2026-09-current.html');
    take();
    const texts = () => doc.querySelectorAll('[role="region"] .ygicle');
    clock = 2000;
    texts()[1]!.firstChild!.textContent = 'happy to help, Zoë';
    await settle();
    clock = 2100;
    texts()[0]!.textContent = 'Thanks Søren for the numbers, that was really helpful.';
    await settle();
    clock = 2200;
    const region = doc.querySelector('[role="region"]')!;
    const entry = region.querySelector('.nMcdL')!.cloneNode(true) as Element;
    entry.querySelector('.NWpY1d')!.textContent = 'Олег Петренко';
    entry.querySelector('.ygicle')!.textContent = 'agreed';
    region.insertBefore(entry, region.querySelector('.nMcdL + .nMcdL')!.nextSibling);
    await settle();
    expect(take()).toEqual([
      {
        type: 'caption',
        t: 2000,
        captionId: 'meet-1-c2',
        speakerId: P('dev-ines'),
        speakerName: 'Inès Duval',
        text: 'happy to help, Zoë',
        replaces: true,
      },
      {
        type: 'caption',
        t: 2100,
        captionId: 'meet-1-c1',
        speakerId: P('dev-zoe'),
        speakerName: 'Zoë Łukasiewicz-Brandt',
        text: 'Thanks Søren for the numbers, that was really helpful.',
        replaces: true,
      },
      {
        type: 'caption',
        t: 2200,
        captionId: 'meet-1-c3',
        speakerId: P('dev-oleg'),
        speakerName: 'Олег Петренко',
        text: 'agreed',
        replaces: false,
      },
    ]);
  });

  it('captions: region node replaced on a CC toggle — re-attached, re-rendered entries are not re-emitted', async () => {
    const doc = start('2026-09-current.html');
    take();
    clock = 3000;
    const old = doc.querySelector('[role="region"]')!;
    const wrapper = old.parentElement!;
    old.remove(); // CC off
    await settle();
    expect(take()).toEqual([{ type: 'health', t: 3000, signals: { captions: 'not_visible' } }]);
    clock = 4000;
    wrapper.append(old.cloneNode(true)); // CC on: a new region node with the same recent entries
    await settle();
    expect(take()).toEqual([{ type: 'health', t: 4000, signals: { captions: 'ok' } }]);
    clock = 5000;
    const fresh = doc.querySelector('[role="region"]')!;
    expect(fresh).not.toBe(old);
    fresh.querySelectorAll('.ygicle')[1]!.textContent = 'happy to help again';
    await settle();
    expect(take()).toEqual([
      {
        type: 'caption',
        t: 5000,
        captionId: 'meet-1-c2',
        speakerId: P('dev-ines'),
        speakerName: 'Inès Duval',
        text: 'happy to help again',
        replaces: true,
      },
    ]);
    // The old (detached) node is no longer observed.
    old.querySelector('.ygicle')!.textContent = 'ghost';
    await settle();
    expect(take()).toEqual([]);
  });

  it('chat: once per data-message-id, own messages have no sender', async () => {
    const doc = start('2026-09-current.html');
    take();
    const chat = doc.querySelector('[jsname="xySENc"]')!;
    clock = 6000;
    const group = chat.firstElementChild!.cloneNode(true) as Element;
    const msg = group.querySelector('[data-message-id]')!;
    msg.setAttribute('data-message-id', '1714476400000');
    msg.querySelector('[jsname="dTKtvb"] > div')!.textContent = 'Danke, Inès!';
    chat.append(group);
    await settle();
    clock = 6500;
    group.querySelector('.MuzmKe')!.textContent = '10:44'; // unrelated re-render
    chat.append(chat.firstElementChild!); // reordering re-renders an old message
    await settle();
    vi.advanceTimersByTime(2000); // watchdog re-read
    expect(take()).toEqual([
      {
        type: 'chat',
        t: 6000,
        senderId: P('dev-oleg'),
        senderName: 'Олег Петренко',
        isSelf: false,
        text: 'Danke, Inès!',
      },
    ]);
  });

  it('end screen: speaking.stopped, call.ended with the reason, health not_visible; a second meeting starts cleanly', async () => {
    const doc = start('2026-09-current.html');
    take();
    clock = 9000;
    swapBody(doc, '2026-09-ended-host.html');
    await settle();
    expect(take()).toEqual([
      { type: 'speaking.stopped', t: 9000, id: P('dev-zoe') },
      { type: 'call.ended', t: 9000, reason: 'ended_by_host' },
      {
        type: 'health',
        t: 9000,
        signals: {
          participants: 'not_visible',
          self: 'not_visible',
          speaking: 'not_visible',
          camera: 'not_visible',
          mute: 'not_visible',
          captions: 'not_visible',
          chat: 'not_visible',
        },
      },
    ]);
    clock = 20_000;
    swapBody(doc, '2026-09-2-person.html');
    document.title = 'Meet – xyz-abcd-efg';
    await settle();
    const ev = take();
    expect(ev.slice(0, 3)).toEqual([
      { type: 'call.started', t: 20_000, platform: 'meet', meetingCode: 'xyz-abcd-efg' },
      {
        type: 'participant.joined',
        t: 20_000,
        id: 'spaces/SP3/devices/dev-amara',
        name: 'Amara Nwosu-Ferreira',
        isSelf: false,
      },
      { type: 'camera.on', t: 20_000, id: 'spaces/SP3/devices/dev-amara' },
    ]);
    expect(ev.at(-1)).toEqual({
      type: 'health',
      t: 20_000,
      signals: { ...ALL_OK, self: 'not_visible', captions: 'not_visible', chat: 'not_visible' },
    });
  });

  it('captions: an identical new entry after an old one scrolled out of the live region is new speech', async () => {
    const doc = start('2026-09-current.html');
    take();
    const region = doc.querySelector('[role="region"]')!;
    const last = region.querySelectorAll('.nMcdL')[1]!;
    clock = 2000;
    const again = last.cloneNode(true) as Element;
    last.remove(); // scrolled out
    region.insertBefore(again, region.querySelector('.nMcdL')!.nextSibling);
    await settle();
    expect(take()).toEqual([
      {
        type: 'caption',
        t: 2000,
        captionId: 'meet-1-c3',
        speakerId: P('dev-ines'),
        speakerName: 'Inès Duval',
        text: 'happy to help',
        replaces: false,
      },
    ]);
  });

  it('a second meeting entered in the same tab without an end screen ends the first and starts the next', async () => {
    const doc = start('2026-09-current.html');
    take();
    clock = 50_000;
    document.title = 'Meet – xyz-abcd-efg';
    swapBody(doc, '2026-09-2-person.html');
    await settle();
    const ev = take();
    expect(ev.slice(0, 3)).toEqual([
      { type: 'speaking.stopped', t: 50_000, id: P('dev-zoe') },
      { type: 'call.ended', t: 50_000, reason: 'unknown' },
      { type: 'call.started', t: 50_000, platform: 'meet', meetingCode: 'xyz-abcd-efg' },
    ]);
    expect(
      ev.filter((e) => e.type === 'participant.joined').map((e) => e.type === 'participant.joined' && e.name),
    ).toEqual(['Amara Nwosu-Ferreira', 'Inès Duval']);
  });

  it('left: a click on the Leave control makes an unrecognised end heading read as left', async () => {
    const doc = start('2026-09-de.html');
    take();
    clock = 7000;
    (doc.querySelector('[jsname="CQylAd"] i') as HTMLElement).click();
    swapBody(doc, '2026-09-ended-left.html');
    doc.querySelector('h1')!.textContent = 'Du hast den Anruf verlassen'; // not in our text table
    await settle();
    expect(take().filter((e) => e.type === 'call.ended')).toEqual([
      { type: 'call.ended', t: 7000, reason: 'left' },
    ]);
  });

  it('no end marker: call_end gone for three watchdog ticks ends the call as unknown', async () => {
    const doc = start('2026-09-2-person.html');
    take();
    doc.querySelector('[role="toolbar"]')!.remove();
    await settle();
    clock = 2000;
    vi.advanceTimersByTime(4000);
    expect(take().some((e) => e.type === 'call.ended')).toBe(false);
    clock = 6000;
    vi.advanceTimersByTime(2000);
    const ended = take().filter((e) => e.type === 'call.ended' || e.type === 'speaking.stopped');
    expect(ended).toEqual([
      { type: 'speaking.stopped', t: 6000, id: 'spaces/SP3/devices/dev-amara' },
      { type: 'call.ended', t: 6000, reason: 'unknown' },
    ]);
  });

  it('lobby → waiting → call: call.started only once admitted', async () => {
    const doc = start('2026-09-lobby.html');
    expect(take()).toEqual([
      {
        type: 'health',
        t: 1000,
        signals: {
          phase: 'ok',
          participants: 'not_visible',
          self: 'not_visible',
          speaking: 'not_visible',
          camera: 'not_visible',
          mute: 'not_visible',
          captions: 'not_visible',
          chat: 'not_visible',
        },
      },
    ]);
    swapBody(doc, '2026-09-waiting.html');
    await settle();
    vi.advanceTimersByTime(2000);
    expect(take()).toEqual([]);
    clock = 30_000;
    swapBody(doc, '2026-09-2-person.html');
    await settle();
    expect(take()[0]).toEqual({
      type: 'call.started',
      t: 30_000,
      platform: 'meet',
      meetingCode: 'abc-defg-hij',
    });
  });

  it('abort tears everything down: no events from mutations, timers or pending leaves', async () => {
    const doc = start('2026-09-current.html');
    take();
    tileOf(doc, 'dev-oleg').remove();
    doc.querySelector(`aside [data-participant-id="${P('dev-oleg')}"]`)!.remove(); // a pending leave timer
    await settle();
    expect(take().map((e) => e.type)).toEqual(['camera.off', 'participant.visibility']);
    ac.abort();
    widgetOf(doc, 'dev-soren').classList.replace('gjg47c', 'HX2H7');
    doc.querySelector('[role="region"] .ygicle')!.textContent = 'after abort';
    swapBody(doc, '2026-09-ended-left.html');
    await settle();
    vi.advanceTimersByTime(60_000);
    await settle();
    expect(take()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('Meet adapter health', () => {
  it('speaking widget renamed: speaking is broken and no speaking events are emitted (never silent zeros)', async () => {
    const doc = start('2026-09-mutated-speaking.html');
    const ev = take();
    expect(ev.filter((e) => e.type.startsWith('speaking.'))).toEqual([]);
    expect(ev.at(-1)).toEqual({ type: 'health', t: 1000, signals: { ...ALL_OK, speaking: 'broken' } });
    expect(session.diagnostics().speaking).toEqual({ state: 'broken', layer: null });
    const w = doc.querySelector('main [data-participant-id$="dev-oleg"] [jsname="Zx81Qq"]')!;
    w.classList.replace('k0s1Lt', 'aV9sPk');
    await settle();
    vi.advanceTimersByTime(2000);
    expect(take()).toEqual([]);
  });

  it('German labels: every signal is read (no English aria-label needed); chat panel closed ⇒ chat not_visible', () => {
    start('2026-09-de.html');
    const ev = take();
    expect(ev.at(-1)).toEqual({ type: 'health', t: 1000, signals: { ...ALL_OK, chat: 'not_visible' } });
    const caps = ev.filter((e) => e.type === 'caption');
    expect(caps.map((c) => [c.speakerName, c.speakerId])).toEqual([
      ['Søren Ødegård', P('dev-soren')],
      ['Inès Duval', P('dev-ines')],
    ]);
  });

  it('49 tiles: one join per tile, one speaker, health ok for the visible signals', () => {
    start('2026-09-49-tiles.html');
    const ev = take();
    expect(ev.filter((e) => e.type === 'participant.joined')).toHaveLength(49);
    expect(ev.filter((e) => e.type === 'speaking.started')).toEqual([
      { type: 'speaking.started', t: 1000, id: 'spaces/SP9/devices/dev-12' },
    ]);
    expect(ev.at(-1)).toEqual({
      type: 'health',
      t: 1000,
      signals: { ...ALL_OK, self: 'not_visible', captions: 'not_visible', chat: 'not_visible' },
    });
  });
});
