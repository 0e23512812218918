/** @vitest-environment happy-dom */
/**
 * The Zoom session on live DOM mutations (happy-dom's MutationObserver, fake timers, injected clock):
 * event sequences, rolling captions, chat runs across virtualisation, leave debounce, renames,
 * visibility, end detection, frame replacement, teardown, and health (mutated builds → broken).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingEvent } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, snapshot, summarize } from '@/utils/meeting/reducer';
import { createZoomAdapter, type ZoomSession } from '@/utils/platforms/zoom';
import { loadIntoDocument, SIM_DIR, VARIANTS_DIR } from './fixtures';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

let clock = 0;
let events: MeetingEvent[] = [];
let ac: AbortController;
let session: ZoomSession;

function start(doc: Document = document): ZoomSession {
  ac = new AbortController();
  const adapter = createZoomAdapter();
  session = adapter.start(adapter.findRoot(doc)!, {
    signal: ac.signal,
    emit: (e) => events.push(e),
    now: () => clock,
  });
  return session;
}
async function advance(ms: number): Promise<void> {
  const end = clock + ms;
  while (clock < end) {
    const step = Math.min(100, end - clock);
    clock += step;
    vi.advanceTimersByTime(step);
    await settle();
  }
}
const take = () => {
  const out = events;
  events = [];
  return out;
};
const types = (es: MeetingEvent[]) => es.map((e) => e.type);
const idOf = (name: string, es: MeetingEvent[]): string => {
  const j = es.find((e) => e.type === 'participant.joined' && e.name === name);
  if (j?.type !== 'participant.joined') throw new Error(`no join for ${name}`);
  return j.id;
};
const healthOf = (es: MeetingEvent[]) =>
  Object.assign({}, ...es.flatMap((e) => (e.type === 'health' ? [e.signals] : [])));
const $ = (css: string, doc: Document = document) => doc.querySelector(css)!;
const frameOf = (name: string, doc: Document = document) =>
  [...doc.querySelectorAll('[class*="__video-frame"]:not(.speaker-active-container__video-frame)')].find(
    (f) => f.querySelector('.video-avatar__avatar-footer span')?.textContent === name,
  )!;

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

describe('call start on the classic client (speaker view, pane, captions, chat)', () => {
  it('announces the call, the roster with self, non-default states, caption and chat, all healthy', () => {
    loadIntoDocument('classic-meeting.html', SIM_DIR);
    start();
    const es = take();
    expect(es[0]).toMatchObject({
      type: 'call.started',
      platform: 'zoom',
      meetingCode: '84512370096',
      title: 'Design review',
      t: 1000,
    });
    const joins = es.filter((e) => e.type === 'participant.joined');
    expect(joins.map((j) => (j.type === 'participant.joined' ? [j.name, j.isSelf] : []))).toEqual([
      ['Rafael Souza', true],
      ['小林 花', false],
      ['Inès Lefèvre', false],
    ]);
    const me = idOf('Rafael Souza', es);
    const hana = idOf('小林 花', es);
    const ines = idOf('Inès Lefèvre', es);
    expect(es).toContainEqual({ type: 'speaking.started', t: 1000, id: me });
    expect(es).toContainEqual({ type: 'camera.on', t: 1000, id: hana });
    expect(es).toContainEqual({ type: 'camera.on', t: 1000, id: ines });
    expect(es).toContainEqual({ type: 'mic.muted', t: 1000, id: hana });
    expect(es.filter((e) => e.type === 'participant.visibility')).toEqual([]);
    expect(es).toContainEqual(
      expect.objectContaining({
        type: 'caption',
        speakerId: me,
        speakerName: 'Rafael Souza',
        replaces: false,
      }),
    );
    expect(es).toContainEqual(
      expect.objectContaining({ type: 'chat', senderId: ines, senderName: 'Inès Lefèvre', isSelf: false }),
    );
    expect(healthOf(es)).toEqual({
      phase: 'ok',
      participants: 'ok',
      self: 'ok',
      speaking: 'ok',
      camera: 'ok',
      mute: 'ok',
      captions: 'ok',
      chat: 'ok',
    });
  });

  it('active speaker moves: stop then start at the mutation time (hot path)', async () => {
    loadIntoDocument('classic-meeting.html', SIM_DIR);
    start();
    const es0 = take();
    const me = idOf('Rafael Souza', es0);
    const ines = idOf('Inès Lefèvre', es0);
    await advance(500);
    frameOf('Rafael Souza').classList.remove('speaker-bar-container__video-frame--active');
    frameOf('Inès Lefèvre').classList.add('speaker-bar-container__video-frame--active');
    await settle();
    expect(take()).toEqual([
      { type: 'speaking.stopped', t: 1500, id: me },
      { type: 'speaking.started', t: 1500, id: ines },
    ]);
    frameOf('Inès Lefèvre').classList.remove('speaker-bar-container__video-frame--active');
    await settle();
    expect(take()).toEqual([{ type: 'speaking.stopped', t: 1500, id: ines }]);
  });

  it('camera and mute changes on tiles and pane rows', async () => {
    loadIntoDocument('classic-meeting.html', SIM_DIR);
    start();
    const ines = idOf('Inès Lefèvre', take());
    const row = [...document.querySelectorAll('.participants-li')].find((r) =>
      r.textContent?.includes('Inès'),
    )!;
    row
      .querySelector('.participants-icon__participant-video')!
      .classList.add('participants-icon__participant-video--stopped');
    row.querySelector('.participants-icon__participants-mute')!.className =
      'participants-icon__participants-unmute';
    await settle();
    expect(take()).toEqual([
      { type: 'camera.off', t: 1000, id: ines },
      { type: 'mic.muted', t: 1000, id: ines },
    ]);
  });

  it('self mute follows the footer button', async () => {
    loadIntoDocument('classic-meeting.html', SIM_DIR);
    start();
    const me = idOf('Rafael Souza', take());
    $('.join-audio-container__btn .footer-button-base__button-label').textContent = 'Unmute';
    $('.join-audio-container__btn').setAttribute('aria-label', 'unmute my microphone');
    await settle();
    // Muting also ends the self's speaking (a muted mic cannot be the active speaker).
    expect(take()).toEqual([
      { type: 'mic.muted', t: 1000, id: me },
      { type: 'speaking.stopped', t: 1000, id: me },
    ]);
  });
});

describe('captions: rolling window merged into one caption per utterance', () => {
  it('growth, head trim and correction keep the captionId; a new speaker row starts a new one', async () => {
    loadIntoDocument('classic-meeting.html', SIM_DIR);
    start();
    const first = take().find((e) => e.type === 'caption')!;
    if (first.type !== 'caption') throw new Error();
    const item = () => $('.live-transcription-subtitle__item');
    const steps = [
      'Agreed, credit to Inès for the icons and',
      'credit to Inès for the icons and the new colour tokens',
      'credit to Inès for the icons and the new color tokens',
    ];
    for (const s of steps) {
      item().textContent = s;
      await settle();
    }
    const caps = take().filter((e) => e.type === 'caption');
    expect(caps.map((c) => (c.type === 'caption' ? [c.captionId, c.replaces, c.text] : []))).toEqual([
      [first.captionId, true, 'Agreed, credit to Inès for the icons and'],
      [first.captionId, true, 'Agreed, credit to Inès for the icons and the new colour tokens'],
      [first.captionId, true, 'Agreed, credit to Inès for the icons and the new color tokens'],
    ]);
    // Another speaker: Zoom replaces the row; the initial resolves to the only "小" participant.
    const row = $('#live-transcription-subtitle');
    const next = row.cloneNode(true) as Element;
    next.querySelector('img')!.replaceWith(
      Object.assign(document.createElement('span'), {
        className: 'zmu-data-selector-item__icon',
        textContent: '小',
      }),
    );
    next.querySelector('.live-transcription-subtitle__item')!.textContent = 'next item on the agenda';
    row.replaceWith(next);
    await settle();
    const [c2] = take().filter((e) => e.type === 'caption');
    expect(c2).toMatchObject({ speakerName: '小林 花', replaces: false, text: 'next item on the agenda' });
    expect(c2?.type === 'caption' && c2.captionId).not.toBe(first.captionId);
  });

  it('captions turned off: not_visible; on again: ok', async () => {
    loadIntoDocument('classic-meeting.html', SIM_DIR);
    start();
    take();
    const box = $('.live-transcription-subtitle__box');
    const host = box.parentElement!;
    box.remove();
    await settle();
    await advance(200);
    expect(healthOf(take()).captions).toBe('not_visible');
    host.append(box);
    await settle();
    await advance(200);
    expect(healthOf(take()).captions).toBe('ok');
  });
});

describe('chat across a virtualised list', () => {
  it('header-less messages keep the run sender, even after the run head is unrendered', async () => {
    loadIntoDocument('gallery-host-pane-2026-11.html', VARIANTS_DIR);
    start();
    expect(
      take()
        .filter((e) => e.type === 'chat')
        .map((e) => (e.type === 'chat' ? e.senderName : '')),
    ).toEqual(['Dan Wu', 'Carla Díaz', 'Carla Díaz']);
    const list = $('#chat-list-content');
    // Virtuoso drops the first rendered items and appends a new header-less message of Carla's run.
    list.firstElementChild!.remove();
    list.firstElementChild!.remove();
    const item = list.lastElementChild!.cloneNode(true) as Element;
    item.setAttribute('data-index', '10');
    const msg = item.querySelector('.chat-item-container')!;
    msg.setAttribute('data-id', 'msg-11');
    msg.removeAttribute('aria-label');
    msg.querySelector('._rtfEditor_1n3rs_1')!.textContent = 'and page 5';
    list.append(item);
    await settle();
    expect(take().filter((e) => e.type === 'chat')).toEqual([
      {
        type: 'chat',
        t: 1000,
        senderName: 'Carla Díaz',
        senderId: expect.any(String),
        isSelf: false,
        text: 'and page 5',
      },
    ]);
  });
});

describe('roster', () => {
  it('a pane-only participant is speaking-invisible but camera-visible', () => {
    loadIntoDocument('gallery-host-pane-2026-11.html', VARIANTS_DIR);
    start();
    const es = take();
    const dan = idOf('Dan Wu', es);
    expect(es).toContainEqual({
      type: 'participant.visibility',
      t: 1000,
      id: dan,
      speaking: false,
      camera: true,
    });
    expect(es).toContainEqual({ type: 'hand.raised', t: 1000, id: idOf('Carla Díaz', es) });
    expect(es.find((e) => e.type === 'participant.joined' && e.isSelf)).toMatchObject({ name: 'Ana Host' });
  });

  it('leave is confirmed after the debounce and dated when the tile vanished; a quick return is no leave', async () => {
    loadIntoDocument('gallery-host-pane-2026-11.html', VARIANTS_DIR);
    start();
    const es = take();
    const ben = idOf('Ben Okafor', es);
    const benRow = [...document.querySelectorAll('.participants-item-position')].find((r) =>
      r.textContent?.includes('Ben'),
    )!;
    const benFrame = frameOf('Ben Okafor');
    const parent = benFrame.parentElement!;
    // A layout re-render: gone and back within the debounce.
    benFrame.remove();
    await settle();
    await advance(1000);
    parent.append(benFrame);
    await settle();
    await advance(3000);
    // Tile gone, pane row still there: present, but the speaking indicator is not visible meanwhile.
    const ben0 = take().filter((e) => e.type.startsWith('participant.'));
    expect(ben0).toEqual([
      { type: 'participant.visibility', t: 1000, id: ben, speaking: false, camera: true },
      { type: 'participant.visibility', t: 2000, id: ben, speaking: true, camera: true },
    ]);
    await advance(100);
    benFrame.remove();
    benRow.remove();
    await settle();
    const gone = clock;
    await advance(3200);
    const left = take().filter((e) => e.type === 'participant.left');
    expect(left).toEqual([{ type: 'participant.left', t: expect.any(Number), id: ben, at: gone }]);
    // Reported once confirmed (time order), effective when the tile went.
    expect(left[0]!.t - gone).toBeGreaterThanOrEqual(3000);
  });

  it('issue 18: tile and row gone, the next speakers start within the debounce → the model closes the leaver at the removal time, nothing rejected', async () => {
    loadIntoDocument('classic-meeting.html', SIM_DIR);
    start();
    const log = take();
    const me = idOf('Rafael Souza', log);
    const ines = idOf('Inès Lefèvre', log);
    const hana = idOf('小林 花', log);
    const active = 'speaker-bar-container__video-frame--active';
    await advance(9000); // clock 10 000
    const row = [...document.querySelectorAll('.participants-li')].find((r) =>
      r.textContent?.includes('小林'),
    )!;
    frameOf('小林 花').remove();
    row.remove();
    await settle();
    const gone = clock;
    log.push(...take());
    // Within the debounce: the active speaker moves twice.
    await advance(800);
    frameOf('Rafael Souza').classList.remove(active);
    frameOf('Inès Lefèvre').classList.add(active);
    await settle();
    await advance(1200);
    frameOf('Inès Lefèvre').classList.remove(active);
    frameOf('Rafael Souza').classList.add(active);
    await settle();
    await advance(3000);
    log.push(...take());
    expect(log.filter((e) => e.type === 'participant.left')).toEqual([
      { type: 'participant.left', t: expect.any(Number), id: hana, at: gone },
    ]);
    const state = createMeetingState();
    applyEvents(state, log);
    const s = summarize(state);
    expect(s.rejectedEvents).toBe(0);
    const left = s.participants.find((p) => p.id === hana)!;
    expect(left.present).toBe(false);
    expect(Math.abs(left.leftAt! - gone)).toBeLessThanOrEqual(100);
    expect(Math.abs(left.presentMs - (gone - 1000))).toBeLessThanOrEqual(100);
    expect(s.participants.find((p) => p.id === ines)).toMatchObject({ present: true, speakingMs: 1200 });
    expect(snapshot(state, clock).currentSpeakerIds).toEqual([me]);
  });

  it('issue 18: a frame and row that come back within the debounce are visible again, camera re-announced', async () => {
    loadIntoDocument('gallery-host-pane-2026-11.html', VARIANTS_DIR);
    start();
    const log = take();
    const carla = idOf('Carla Díaz', log);
    const frame = frameOf('Carla Díaz');
    const row = [...document.querySelectorAll('.participants-item-position')].find((r) =>
      r.textContent?.includes('Carla'),
    )!;
    const [fp, rp] = [frame.parentElement!, row.parentElement!];
    expect(log).toContainEqual({ type: 'camera.on', t: 1000, id: carla });
    frame.remove();
    row.remove();
    await settle();
    await advance(1000);
    fp.append(frame);
    rp.append(row);
    await settle();
    await advance(4000);
    const all = take();
    const evs = all.filter((e) => 'id' in e && e.id === carla);
    expect(evs.filter((e) => e.type === 'participant.left')).toEqual([]);
    expect(evs.filter((e) => e.type === 'participant.visibility')).toEqual([
      { type: 'participant.visibility', t: 1000, id: carla, speaking: false, camera: false },
      { type: 'participant.visibility', t: 2000, id: carla, speaking: true, camera: true },
    ]);
    // Camera off when she went out of sight, on again (for the model, which turned it off) on her return.
    expect(evs.filter((e) => e.type.startsWith('camera.'))).toEqual([
      { type: 'camera.off', t: 1000, id: carla },
      { type: 'camera.on', t: 2000, id: carla },
    ]);
    const state = createMeetingState();
    applyEvents(state, [...log, ...all]);
    const s = snapshot(state, clock); // 6 s: out of sight for 1–2 s only
    expect(s.rejectedEvents).toBe(0);
    expect(s.participants.find((p) => p.id === carla)).toMatchObject({
      present: true,
      cameraOnMs: 4000,
      coverage: { speaking: 0.8, camera: 0.8 },
    });
  });

  it('a rename keeps the id (same tile and row elements)', async () => {
    loadIntoDocument('gallery-host-pane-2026-11.html', VARIANTS_DIR);
    start();
    const ben = idOf('Ben Okafor', take());
    const frame = frameOf('Ben Okafor');
    for (const el of frame.querySelectorAll('.video-avatar__avatar-name, .video-avatar__avatar-footer span'))
      el.textContent = 'Ben O. (mobile)';
    const row = [...document.querySelectorAll('.participants-li')].find((r) =>
      r.textContent?.includes('Ben'),
    )!;
    row.querySelector('.participants-item__display-name')!.textContent = 'Ben O. (mobile)';
    await settle();
    await advance(3500);
    const es = take();
    expect(es.filter((e) => e.type.startsWith('participant.'))).toEqual([
      { type: 'participant.renamed', t: 1000, id: ben, name: 'Ben O. (mobile)' },
    ]);
  });

  it('a rename that reaches the tile before the pane row is still one rename', async () => {
    loadIntoDocument('gallery-host-pane-2026-11.html', VARIANTS_DIR);
    start();
    const ben = idOf('Ben Okafor', take());
    for (const el of frameOf('Ben Okafor').querySelectorAll(
      '.video-avatar__avatar-name, .video-avatar__avatar-footer span',
    ))
      el.textContent = 'Benjamin';
    await settle();
    await advance(500);
    const row = [...document.querySelectorAll('.participants-li')].find((r) =>
      r.textContent?.includes('Ben'),
    )!;
    row.querySelector('.participants-item__display-name')!.textContent = 'Benjamin';
    await settle();
    await advance(3500);
    expect(take().filter((e) => e.type.startsWith('participant.'))).toEqual([
      { type: 'participant.renamed', t: 1500, id: ben, name: 'Benjamin' },
    ]);
  });

  it('self from the pre-join name when the pane is closed (lobby → meeting)', async () => {
    loadIntoDocument('new-prejoin.html', SIM_DIR);
    ($('#input-for-name') as HTMLInputElement).value = 'Alice Example';
    start();
    expect(types(take())).toEqual(['health']);
    loadIntoDocument('two-person-speaker-2026-11.html', VARIANTS_DIR);
    await settle();
    await advance(200);
    const es = take();
    expect(es[0]?.type).toBe('call.started');
    expect(es.find((e) => e.type === 'participant.joined' && e.isSelf)).toMatchObject({
      name: 'Alice Example',
    });
    expect(healthOf(es).self).toBe('ok');
  });
});

describe('phase transitions and the end', () => {
  it('waiting room: no call until admitted', async () => {
    loadIntoDocument('waiting-room.html', SIM_DIR);
    start();
    expect(types(take())).toEqual(['health']);
    await advance(4000);
    expect(types(take())).toEqual([]);
    loadIntoDocument('new-meeting.html', SIM_DIR);
    await settle();
    await advance(200);
    expect(types(take())[0]).toBe('call.started');
  });

  it('ended by host: the modal ends the call at once, speaking stopped first', async () => {
    loadIntoDocument('classic-meeting.html', SIM_DIR);
    start();
    const me = idOf('Rafael Souza', take());
    await advance(50); // within the 100 ms full-read window: the end is still not deferred
    const modal = document.createElement('div');
    modal.className = 'zm-modal';
    modal.innerHTML =
      '<div class="zm-modal-body-title">This meeting has been ended by host</div><button>OK</button>';
    $('.meeting-app').append(modal);
    await settle();
    expect(take()).toEqual([
      { type: 'speaking.stopped', t: 1050, id: me },
      { type: 'call.ended', t: 1050, reason: 'ended_by_host' },
      expect.objectContaining({ type: 'health' }),
    ]);
  });

  it.each([
    ['removed-modal-2026-11.html', 'removed'],
    ['left-page-2026-11.html', 'left'],
  ])('%s ends the call with reason %s', async (file, reason) => {
    loadIntoDocument('settings-modal-2026-11.html', VARIANTS_DIR);
    start();
    expect(types(take())[0]).toBe('call.started'); // an unrelated modal is not the end
    loadIntoDocument(file, VARIANTS_DIR);
    await settle();
    expect(take().find((e) => e.type === 'call.ended')).toEqual({ type: 'call.ended', t: 1000, reason });
  });

  it('Leave clicked and the meeting vanished without an end screen: left, after 3 watchdog misses', async () => {
    loadIntoDocument('new-meeting.html', SIM_DIR);
    start();
    take();
    ($('.footer__leave-btn-container button') as HTMLElement).click();
    document.body.replaceChildren();
    await settle();
    await advance(5000);
    expect(take().find((e) => e.type === 'call.ended')).toBeUndefined();
    await advance(1100);
    expect(take().find((e) => e.type === 'call.ended')).toMatchObject({ reason: 'left' });
  });
});

describe('iframe#webclient (PWA shell)', () => {
  function shell(): HTMLIFrameElement {
    loadIntoDocument('pwa-shell.html', SIM_DIR);
    return document.querySelector('iframe#webclient')!;
  }

  it('reads the meeting inside the same-origin frame; findRoot returns the top document', () => {
    const frame = shell();
    loadIntoDocument('new-meeting.html', SIM_DIR, frame.contentDocument!);
    const adapter = createZoomAdapter();
    expect(adapter.findRoot(document)).toBe(document);
    start();
    expect(session.meetingDocument()).toBe(frame.contentDocument);
    expect(take().filter((e) => e.type === 'participant.joined')).toHaveLength(3);
  });

  it('a replaced frame is re-found: the same call continues without re-joins, new mutations are read', async () => {
    const frame = shell();
    loadIntoDocument('new-meeting.html', SIM_DIR, frame.contentDocument!);
    start();
    const es = take();
    const ines = idOf('Inès Lefèvre', es);
    const next = document.createElement('iframe');
    next.id = 'webclient';
    next.className = 'pwa-webclient__iframe';
    frame.replaceWith(next);
    loadIntoDocument('new-meeting.html', SIM_DIR, next.contentDocument!);
    await settle();
    await advance(2100);
    expect(session.meetingDocument()).toBe(next.contentDocument);
    expect(types(take()).filter((t) => t === 'call.started' || t === 'participant.joined')).toEqual([]);
    const f = frameOf('Inès Lefèvre', next.contentDocument!);
    f.classList.add('gallery-video-container__video-frame--active');
    await settle();
    expect(take()).toContainEqual({ type: 'speaking.started', t: clock, id: ines });
  });
});

describe('health: mutated builds say broken, never silent zeros', () => {
  it('hashed tiles, pane, audio button, caption text and chat body', async () => {
    loadIntoDocument('mutated-hashed-2026-12.html', VARIANTS_DIR);
    start();
    const es = take();
    expect(es[0]?.type).toBe('call.started');
    expect(es.filter((e) => e.type === 'participant.joined')).toEqual([]);
    expect(healthOf(es)).toEqual({
      phase: 'ok',
      participants: 'broken',
      self: 'not_visible',
      speaking: 'broken',
      camera: 'broken',
      mute: 'broken',
      captions: 'broken',
      chat: 'broken',
    });
    expect(session.diagnostics().participants).toEqual({ state: 'broken', layer: null });
  });

  it('meeting furniture without any phase hook: phase broken, no call', () => {
    loadIntoDocument('mutated-no-footer-2026-12.html', VARIANTS_DIR);
    start();
    const es = take();
    expect(types(es)).toEqual(['health']);
    expect(healthOf(es).phase).toBe('broken');
  });

  it('the pane closing does not break camera health while tiles still tell it', async () => {
    loadIntoDocument('classic-meeting.html', SIM_DIR);
    start();
    take();
    $('.participants-section-container').remove();
    await settle();
    await advance(200);
    const es = take();
    expect(healthOf(es).camera).toBeUndefined(); // unchanged: still ok
    expect(session.diagnostics().camera.state).toBe('ok');
  });
});

describe('teardown', () => {
  it('abort stops observers and timers: nothing more is emitted', async () => {
    loadIntoDocument('classic-meeting.html', SIM_DIR);
    start();
    take();
    ac.abort();
    frameOf('Inès Lefèvre').classList.add('speaker-bar-container__video-frame--active');
    $('.meeting-app').remove();
    await settle();
    await advance(10_000);
    expect(take()).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    expect(session.meetingDocument()).toBeNull();
  });

  it('an already-aborted signal starts nothing', async () => {
    loadIntoDocument('classic-meeting.html', SIM_DIR);
    ac = new AbortController();
    ac.abort();
    createZoomAdapter().start(document, { signal: ac.signal, emit: (e) => events.push(e), now: () => clock });
    await advance(5000);
    expect(events).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
