/** @vitest-environment happy-dom */
/**
 * Issue 18 (point 2): Zoom's caption box shows only the speaker's picture, and the local user's own first
 * words of a call went to someone else — before the participants pane was ever read, with the user's tile
 * showing a name instead of a picture, Zoom ringing nobody (it never puts the user in the speaker-view main
 * frame), the caption fell back to the main frame's person. These drive the adapter on the simulator's
 * classic-client page, reshaped to that moment, and feed its events to the acknowledgement detector.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AckEvent, createAckDetector } from '@/utils/acks';
import type { MeetingEvent } from '@/utils/meeting/events';
import { createZoomAdapter } from '@/utils/platforms/zoom';
import { loadIntoDocument, parseFixture, SIM_DIR } from './fixtures';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

let clock = 0;
let events: MeetingEvent[] = [];
let ac: AbortController;

function start(): void {
  ac = new AbortController();
  const adapter = createZoomAdapter();
  adapter.start(adapter.findRoot(document)!, {
    signal: ac.signal,
    emit: (e) => events.push(e),
    now: () => clock,
  });
}
async function advance(ms: number): Promise<void> {
  const end = clock + ms;
  while (clock < end) {
    clock += 100;
    vi.advanceTimersByTime(100);
    await settle();
  }
}

const ME = 'Rafael Souza';
const INES = 'Inès Lefèvre';
const HANA = '小林 花';

interface Shape {
  /** The participants pane is rendered (false: never opened yet). */
  pane?: boolean;
  /** Footer label of the user's audio button. */
  mic?: 'Mute' | 'Unmute';
  /** Whose tile carries the `--active` ring. */
  ring?: string;
  /** Show the tile of this person with a big name instead of a picture (camera off). */
  noPicture?: string;
  caption: string;
}

/**
 * The simulator's classic meeting page at the start of a call: nobody ringed yet, the speaker-view main
 * frame on Inès (Zoom shows someone other than you there), the user's tile without a picture, and the
 * caption row with the user's picture (sim-avatar-0) and the given text.
 */
function meetingHtml(shape: Shape): string {
  const doc = parseFixture('classic-meeting.html', SIM_DIR);
  if (shape.pane === false) doc.querySelector('#wc-container-right')?.remove();
  for (const f of doc.querySelectorAll('[class*="__video-frame--active"]'))
    f.classList.remove('speaker-bar-container__video-frame--active');
  for (const el of doc.querySelectorAll('.speaker-active-container__video-frame .video-avatar__avatar-name'))
    el.textContent = INES;
  for (const el of doc.querySelectorAll('.speaker-active-container__video-frame [role="none"]'))
    el.textContent = INES;
  const tile = (name: string) =>
    [...doc.querySelectorAll('.speaker-bar-container__video-frame')].find(
      (f) => f.querySelector('.video-avatar__avatar-footer span')?.textContent === name,
    )!;
  if (shape.ring) tile(shape.ring).classList.add('speaker-bar-container__video-frame--active');
  if (shape.noPicture) {
    const title = tile(shape.noPicture).querySelector('.video-avatar__avatar-title')!;
    const big = doc.createElement('div');
    big.className = 'video-avatar__avatar-name';
    big.textContent = shape.noPicture;
    title.replaceChildren(big);
  }
  doc.querySelector('.join-audio-container__btn .footer-button-base__button-label')!.textContent =
    shape.mic ?? 'Mute';
  doc.querySelector('.live-transcription-subtitle__item')!.textContent = shape.caption;
  return doc.body.innerHTML;
}

/** The call as the content script sees it, through the detector (English rules). */
function acksOf(es: MeetingEvent[]): string[] {
  const names = new Map<string, string>();
  for (const e of es) if (e.type === 'participant.joined') names.set(e.id, e.name);
  const det = createAckDetector({ language: 'en' });
  const out: AckEvent[] = [];
  for (const e of es) out.push(...det.push(e));
  out.push(...det.flush());
  return out.map((a) => `${names.get(a.fromId ?? '')} → ${names.get(a.toId)}: ${a.kind}`);
}
const firstCaption = (es: MeetingEvent[]) => es.find((e) => e.type === 'caption');
const joinedId = (es: MeetingEvent[], name: string) =>
  es.flatMap((e) => (e.type === 'participant.joined' && e.name === name ? [e.id] : []))[0];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  clock = 1000;
  events = [];
  document.body.replaceChildren();
  history.replaceState(null, '', '/wc/join/84512370096');
});
afterEach(() => {
  ac?.abort();
  vi.useRealTimers();
});

describe('the local user’s first caption of a Zoom call (picture only)', () => {
  it('pre-join name, pane never opened, nobody ringed: attributed to the user and yields the invitation', async () => {
    loadIntoDocument('classic-prejoin.html', SIM_DIR); // "Your Name" = Rafael Souza
    start();
    document.body.innerHTML = meetingHtml({ pane: false, caption: 'Inès, what do you think of the icons?' });
    await settle();
    await advance(200);
    const me = joinedId(events, ME);
    expect(me).toBeDefined();
    expect(firstCaption(events)).toMatchObject({ type: 'caption', speakerId: me, speakerName: ME });
    expect(acksOf(events)).toEqual([`${ME} → ${INES}: invitation`]);
  });

  it('self not known yet (no pre-join seen, no pane): "You", and the ack is the user’s once the pane shows "(me)"', async () => {
    const full = parseFixture('classic-meeting.html', SIM_DIR);
    const pane = full.querySelector('#wc-container-right')!.outerHTML;
    document.body.innerHTML = meetingHtml({ pane: false, caption: 'Inès, what do you think of the icons?' });
    start();
    await advance(200);
    const cap = firstCaption(events);
    expect(cap).toMatchObject({ type: 'caption', speakerName: 'You' });
    expect(cap?.type === 'caption' && cap.speakerId).toBeFalsy();
    // The user opens the participants pane a moment later: the "(me)" row names the user.
    document.querySelector('.meeting-app')!.insertAdjacentHTML('beforeend', pane);
    await settle();
    await advance(200);
    expect(acksOf(events)).toEqual([`${ME} → ${INES}: invitation`]);
  });

  it('the user’s picture seen once on the "(me)" row stays theirs after the pane is closed', async () => {
    document.body.innerHTML = meetingHtml({ ring: HANA, noPicture: HANA, caption: 'Give me a second' });
    start();
    await advance(200);
    document.querySelector('#wc-container-right')!.remove();
    await settle();
    await advance(200);
    // A new utterance in a new row: Hana still carries the ring (her picture unknown), the row shows the
    // user's picture.
    const row = document.querySelector('#live-transcription-subtitle')!;
    const next = row.cloneNode(true) as Element;
    next.querySelector('.live-transcription-subtitle__item')!.textContent = 'Thanks Inès, that was clear';
    row.replaceWith(next);
    await settle();
    const me = joinedId(events, ME);
    const caps = events.filter((e) => e.type === 'caption' && e.text.startsWith('Thanks'));
    expect(caps[0]).toMatchObject({ speakerId: me });
    expect(acksOf(events)).toEqual([`${ME} → ${INES}: thanks`]);
  });

  it('not the user when their mic is muted (footer says Unmute): the active-speaker fallback stays', async () => {
    loadIntoDocument('classic-prejoin.html', SIM_DIR);
    start();
    document.body.innerHTML = meetingHtml({ pane: false, mic: 'Unmute', caption: 'what do you think' });
    await settle();
    await advance(200);
    expect(firstCaption(events)).toMatchObject({ speakerName: INES });
  });

  it('not the user while someone else whose picture is unknown carries the ring', async () => {
    loadIntoDocument('classic-prejoin.html', SIM_DIR);
    start();
    document.body.innerHTML = meetingHtml({
      pane: false,
      ring: HANA,
      noPicture: HANA,
      caption: 'what do you think',
    });
    await settle();
    await advance(200);
    expect(firstCaption(events)).toMatchObject({ speakerName: HANA });
  });
});
