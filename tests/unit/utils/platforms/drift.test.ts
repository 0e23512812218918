/** @vitest-environment happy-dom */
/**
 * DOM drift (issue 11): Meet and Zoom change their pages without notice. Each case below starts from a
 * real dated fixture, applies one small, realistic change as a function over the DOM, runs the real
 * adapter session on it (happy-dom MutationObserver, fake timers, injected clock) and folds its events
 * through the meeting model. Required of every case:
 * - health names the signal(s) the change took away as not ok (`broken` when Rapport can tell the page
 *   changed, `not_visible` when it cannot tell drift from "not shown right now"), and every other signal
 *   keeps exactly its state on the unmutated fixture;
 * - the figures of the affected signal are absent or null ("unknown"), never zeros or guesses, while the
 *   figures of unaffected signals are still there.
 * Each fixture is first run unmutated, so every "absent" below is shown to be present without the change.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readingClock } from '@/utils/content/run-adapter';
import type { HealthState, Signal } from '@/utils/meeting/constants';
import type { MeetingEvent } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, snapshot } from '@/utils/meeting/reducer';
import type { LiveSnapshot } from '@/utils/meeting/types';
import { createMeetAdapter } from '@/utils/platforms/meet';
import { createZoomAdapter } from '@/utils/platforms/zoom';
import { applyTestHooks, parseFixture as parseMeet } from './meet/fixtures';
import { parseFixture as parseZoom, VARIANTS_DIR as ZOOM_VARIANTS } from './zoom/fixtures';

type Health = Record<Signal, HealthState>;
type Mutation = (doc: Document) => void;

interface Run {
  events: MeetingEvent[];
  health: Health;
  live: LiveSnapshot;
}

const RUN_MS = 10_000;
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

let clock = 1000;
let ac: AbortController | undefined;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  clock = 1000;
  document.body.replaceChildren();
});
afterEach(() => {
  ac?.abort();
  ac = undefined;
  vi.useRealTimers();
});

/**
 * Loads `doc`'s body into the live document, runs the session for RUN_MS (watchdog ticks included).
 * `now` is the session's clock (default: the test clock, which stands still within a flush).
 */
async function run(
  platform: 'meet' | 'zoom',
  parsed: Document,
  now: () => number = () => clock,
): Promise<Run> {
  document.title = parsed.title;
  document.body.innerHTML = parsed.body.innerHTML;
  applyTestHooks(document);
  const events: MeetingEvent[] = [];
  ac = new AbortController();
  const ctx = { signal: ac.signal, emit: (e: MeetingEvent) => events.push(e), now };
  const session =
    platform === 'meet'
      ? createMeetAdapter().start(document, ctx)
      : (() => {
          const a = createZoomAdapter();
          return a.start(a.findRoot(document)!, ctx);
        })();
  await settle();
  for (let t = 0; t < RUN_MS; t += 100) {
    clock += 100;
    vi.advanceTimersByTime(100);
    await settle();
  }
  const state = createMeetingState();
  applyEvents(state, events);
  const diag = session.diagnostics!();
  const health = Object.fromEntries(Object.entries(diag).map(([s, d]) => [s, d.state])) as Health;
  return { events, health, live: snapshot(state, clock) };
}

const meetFixture = () => parseMeet('2026-09-current.html');
const zoomFixture = () => parseZoom('gallery-host-pane-2026-11.html', ZOOM_VARIANTS);

function mutated(parse: () => Document, m: Mutation): Document {
  const doc = parse();
  m(doc);
  return doc;
}

// -------------------------------------------------------------------------------------------- helpers

const all = (doc: Document, css: string) => [...doc.querySelectorAll(css)];
function renameAttr(doc: Document, attr: string, from: string, to: string): void {
  for (const el of all(doc, `[${attr}="${from}"]`)) el.setAttribute(attr, to);
}
function renameClass(doc: Document, from: string, to: string): void {
  for (const el of all(doc, `.${CSS.escape(from)}`)) el.classList.replace(from, to);
}
/** Replaces an element by a new one of tag `tag`, keeping its children (and nothing else). */
function retag(el: Element, tag: string, attrs: Record<string, string> = {}): Element {
  const n = el.ownerDocument.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  n.append(...el.childNodes);
  el.replaceWith(n);
  return n;
}
/** Material Symbols ligature text replaced by an inline SVG (what an icon-font migration looks like). */
function svgIcon(el: Element): void {
  const svg = el.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  el.replaceWith(svg);
}

// ------------------------------------------------------------------------------------ figure checks

const speakingUnknown = (r: Run) => {
  expect(r.events.filter((e) => e.type === 'speaking.started')).toEqual([]);
  for (const p of r.live.participants) {
    expect(p.speakingMs, p.name).toBeNull();
    expect(p.speakingShare, p.name).toBeNull();
    expect(p.meanTurnMs, p.name).toBeNull();
    expect(p.coverage.speaking, p.name).toBe(0);
  }
  expect(r.live.balanceIndex).toBeNull();
  expect(r.live.selfShare).toBeNull();
  // Nobody is called silent on evidence nobody could see.
  expect(r.live.silentIds).toEqual([]);
};
const cameraUnknown = (r: Run) => {
  for (const p of r.live.participants) {
    expect(p.cameraOnMs, p.name).toBeNull();
    expect(p.cameraShare, p.name).toBeNull();
  }
};
const nobody = (r: Run) => {
  expect(r.events.filter((e) => e.type === 'participant.joined')).toEqual([]);
  expect(r.live.participants).toEqual([]);
};
const selfUnknown = (r: Run) => {
  expect(r.live.selfId).toBeNull();
  expect(r.live.selfShare).toBeNull();
  expect(r.live.participants.filter((p) => p.isSelf)).toEqual([]);
};
const noMuteFromToolbar = (r: Run) => {
  expect(r.live.coverage.mute).toBe(0);
};
const noCaptions = (r: Run) => {
  expect(r.events.filter((e) => e.type === 'caption')).toEqual([]);
  expect(r.live.coverage.captions).toBe(0);
};
const noChat = (r: Run) => {
  expect(r.events.filter((e) => e.type === 'chat')).toEqual([]);
  expect(r.live.coverage.chat).toBe(0);
};
const noCall = (r: Run) => {
  expect(r.events.filter((e) => e.type !== 'health')).toEqual([]);
};

/** Figures the unmutated fixture yields for each signal (checked present when the signal is unaffected). */
const present: Record<'meet' | 'zoom', Partial<Record<Signal, (r: Run) => void>>> = {
  meet: {
    participants: (r) => expect(r.live.participants.length).toBe(5),
    self: (r) => expect(r.live.participants.find((p) => p.isSelf)?.name).toBe('Inès Duval'),
    // Zoë speaks throughout: RUN_MS of speaking, not 0.
    speaking: (r) =>
      expect(r.live.participants.find((p) => p.name === 'Zoë Łukasiewicz-Brandt')?.speakingMs).toBe(RUN_MS),
    camera: (r) => expect(r.live.participants.find((p) => p.name === 'Inès Duval')?.cameraOnMs).toBe(RUN_MS),
    captions: (r) => expect(r.events.filter((e) => e.type === 'caption').length).toBeGreaterThan(0),
    chat: (r) => expect(r.events.filter((e) => e.type === 'chat').length).toBeGreaterThan(0),
  },
  zoom: {
    participants: (r) => expect(r.live.participants.length).toBe(4),
    self: (r) => expect(r.live.participants.find((p) => p.isSelf)?.name).toBe('Ana Host'),
    // Carla's frame is the active one: RUN_MS of speaking, not 0.
    speaking: (r) =>
      expect(r.live.participants.find((p) => p.name === 'Carla Díaz')?.speakingMs).toBe(RUN_MS),
    camera: (r) => expect(r.live.participants.find((p) => p.name === 'Carla Díaz')?.cameraOnMs).toBe(RUN_MS),
    captions: (r) => expect(r.events.filter((e) => e.type === 'caption').length).toBeGreaterThan(0),
    chat: (r) => expect(r.events.filter((e) => e.type === 'chat').length).toBeGreaterThan(0),
  },
};

interface Case {
  name: string;
  mutate: Mutation;
  /** The signals this change takes away, with the state health must report for each. */
  expect: Partial<Health>;
  /** What the affected figures must look like. */
  unknown: ((r: Run) => void)[];
}

// ------------------------------------------------------------------------------------- Meet drifts

const MEET_CASES: Case[] = [
  {
    name: 'the audio widget gets a new jsname, controller and classes (tiles and People rows)',
    mutate: (doc) => {
      renameAttr(doc, 'jsname', 'QgSmzd', 'Zx81Qq');
      renameAttr(doc, 'jscontroller', 'tae9tc', 'uU7yNe');
      renameClass(doc, 'IisKdb', 'Pq2Lmn');
      renameClass(doc, 'gjg47c', 'k0s1Lt');
      renameClass(doc, 'HX2H7', 'aV9sPk');
    },
    expect: { speaking: 'broken' },
    unknown: [speakingUnknown],
  },
  {
    name: 'tiles and People rows lose data-participant-id / data-requested-participant-id',
    mutate: (doc) => {
      for (const el of all(doc, '[data-participant-id], [data-requested-participant-id]')) {
        const id = el.getAttribute('data-participant-id') ?? '';
        el.removeAttribute('data-participant-id');
        el.removeAttribute('data-requested-participant-id');
        el.setAttribute('data-ssrc-key', id.split('/').pop() ?? '');
      }
    },
    expect: { participants: 'broken', self: 'not_visible', speaking: 'not_visible', camera: 'not_visible' },
    unknown: [nobody, speakingUnknown, cameraUnknown, selfUnknown],
  },
  {
    name: 'the People panel self marker changes class and language ("(나)")',
    mutate: (doc) => {
      for (const el of all(doc, '.NnTWjc')) {
        el.className = 'rT5mQa';
        el.textContent = '(나)';
      }
    },
    expect: { self: 'not_visible' },
    unknown: [selfUnknown],
  },
  {
    name: 'the toolbar microphone drops its jsname and data-is-muted for aria-pressed',
    mutate: (doc) => {
      const mic = doc.querySelector('[jsname="hw0c9"]')!;
      mic.removeAttribute('jsname');
      mic.removeAttribute('data-is-muted');
      mic.setAttribute('aria-pressed', 'false');
    },
    expect: { mute: 'broken' },
    unknown: [noMuteFromToolbar],
  },
  {
    name: 'tiles render video into a <canvas> instead of a <video>, avatars hidden under it',
    mutate: (doc) => {
      for (const v of all(doc, 'main video')) retag(v, 'canvas', { class: 'vQf3Lb' });
    },
    expect: { camera: 'broken' },
    unknown: [cameraUnknown],
  },
  {
    name: 'caption entries get a new class and initials instead of avatar pictures',
    mutate: (doc) => {
      renameClass(doc, 'nMcdL', 'Lk2Pxa');
      for (const img of all(doc, '[role="region"] img[data-iml]')) retag(img, 'div', { class: 'Qm8vNe' });
    },
    expect: { captions: 'broken' },
    unknown: [noCaptions],
  },
  {
    name: 'chat messages move their id to a new attribute and their text to a new wrapper',
    mutate: (doc) => {
      for (const el of all(doc, '[data-message-id]')) {
        el.setAttribute('data-msg-key', el.getAttribute('data-message-id') ?? '');
        el.removeAttribute('data-message-id');
      }
      renameAttr(doc, 'jsname', 'dTKtvb', 'Wq0rYc');
      renameClass(doc, 'QTyiie', 'Hb3Kza');
      renameClass(doc, 'poVWob', 'Jm7Tqe');
    },
    expect: { chat: 'broken' },
    unknown: [noChat],
  },
  {
    name: 'call markers change: no data-call-ended, Leave and CC buttons get new jsnames and SVG icons',
    mutate: (doc) => {
      doc.querySelector('[data-call-ended]')!.removeAttribute('data-call-ended');
      renameAttr(doc, 'jsname', 'CQylAd', 'Vt6Hke');
      renameAttr(doc, 'jsname', 'RrG0hf', 'Nc1Wsa');
      for (const i of all(doc, '[role="toolbar"] i')) svgIcon(i);
    },
    expect: {
      phase: 'broken',
      participants: 'not_visible',
      self: 'not_visible',
      speaking: 'not_visible',
      camera: 'not_visible',
      mute: 'not_visible',
      captions: 'not_visible',
      chat: 'not_visible',
    },
    unknown: [noCall],
  },
];

// ------------------------------------------------------------------------------------- Zoom drifts

const ZOOM_CASES: Case[] = [
  {
    name: 'gallery frames get a CSS-module class instead of gallery-video-container__video-frame',
    mutate: (doc) => {
      for (const f of all(doc, '.gallery-video-container__video-frame')) {
        const active = f.classList.contains('gallery-video-container__video-frame--active');
        f.className = active ? '_videoFrame_k2x9a_1 _active_k2x9a_7' : '_videoFrame_k2x9a_1';
      }
    },
    expect: { speaking: 'broken' },
    unknown: [speakingUnknown],
  },
  {
    name: 'the webclient iframe is renamed in the PWA shell (the meeting document is not found)',
    mutate: (doc) => {
      doc.body.innerHTML =
        '<div id="root" class="pwa-app"><div class="pwa-webclient">' +
        '<iframe id="meeting-frame" class="pwa-meeting__frame" src="about:blank"></iframe></div></div>';
    },
    expect: {
      phase: 'not_visible',
      participants: 'not_visible',
      self: 'not_visible',
      speaking: 'not_visible',
      camera: 'not_visible',
      mute: 'not_visible',
      captions: 'not_visible',
      chat: 'not_visible',
    },
    unknown: [noCall],
  },
  {
    name: 'the "(Host, me)" self label and the row summaries switch to Korean',
    mutate: (doc) => {
      for (const el of all(doc, '.participants-item__name-label'))
        el.textContent = (el.textContent ?? '')
          .replace('Host, me', '호스트, 나')
          .replace('Co-host', '공동 호스트');
      for (const li of all(doc, 'li[aria-label]')) {
        const name = li.querySelector('.participants-item__display-name')?.textContent ?? '';
        li.setAttribute('aria-label', `${name} 컴퓨터 오디오`);
      }
    },
    expect: { self: 'broken' },
    unknown: [selfUnknown],
  },
  {
    name: 'mute state moves to hashed classes (tile footers, pane icons, footer audio button)',
    mutate: (doc) => {
      for (const f of all(doc, '.video-avatar__avatar-footer')) f.className = '_tileFooter_p0q1r_3';
      for (const i of all(
        doc,
        '.participants-icon__participants-mute, .participants-icon__participants-unmute',
      ))
        i.className = '_micIcon_z8y7x_1';
      doc.querySelector('.join-audio-container__btn')!.className =
        'footer-button-base__button _audioBtn_3kd9_2';
      for (const li of all(doc, 'li[aria-label]')) {
        const name = li.querySelector('.participants-item__display-name')?.textContent ?? '';
        li.setAttribute('aria-label', name);
      }
    },
    expect: { mute: 'broken' },
    unknown: [noMuteFromToolbar],
  },
  {
    name: 'camera state moves: avatar title and pane video icon get hashed classes',
    mutate: (doc) => {
      for (const t of all(doc, '.video-avatar__avatar-title')) t.className = '_avatarTitle_m3n4_1';
      for (const i of all(doc, '.participants-icon__participant-video')) i.className = '_camIcon_m3n4_9';
      for (const li of all(doc, 'li[aria-label]')) {
        const name = li.querySelector('.participants-item__display-name')?.textContent ?? '';
        li.setAttribute('aria-label', name);
      }
    },
    expect: { camera: 'broken' },
    unknown: [cameraUnknown],
  },
  {
    name: 'the caption row keeps its id but the text span loses its class and dir',
    mutate: (doc) => {
      for (const s of all(doc, '.live-transcription-subtitle__item'))
        retag(s, 'p', { class: '_line_c4d5_2' });
    },
    expect: { captions: 'broken' },
    unknown: [noCaptions],
  },
  {
    name: 'chat message bodies get CSS-module classes',
    mutate: (doc) => {
      for (const c of all(doc, '.new-chat-message__container')) c.className = '_msgBody_x1y2_4';
      for (const c of all(doc, '.new-chat-message__text-content')) c.className = '_msgText_x1y2_8';
    },
    expect: { chat: 'broken' },
    unknown: [noChat],
  },
  {
    name: 'the footer loses its ids and BEM classes (no Leave / End hook, no in-meeting hint)',
    mutate: (doc) => {
      const footer = doc.querySelector('#wc-footer')!;
      footer.removeAttribute('id');
      footer.className = '_footer_a9b8_1';
      for (const el of all(doc, '#audioOptionMenu')) el.removeAttribute('id');
      for (const el of all(doc, '.footer__btns-container')) el.className = '_btns_a9b8_4';
      for (const b of all(doc, 'button[aria-label="End"], button[aria-label="Leave"]'))
        b.setAttribute('aria-label', 'Beenden');
    },
    expect: {
      phase: 'broken',
      participants: 'not_visible',
      self: 'not_visible',
      speaking: 'not_visible',
      camera: 'not_visible',
      mute: 'not_visible',
      captions: 'not_visible',
      chat: 'not_visible',
    },
    unknown: [noCall],
  },
];

// ------------------------------------------------------------------------------------------- tests

const SUITES = [
  { platform: 'meet' as const, fixture: meetFixture, cases: MEET_CASES },
  { platform: 'zoom' as const, fixture: zoomFixture, cases: ZOOM_CASES },
];

it('covers at least ten distinct drifts, each taking away at least one signal', () => {
  const cases = SUITES.flatMap((s) => s.cases);
  expect(cases.length).toBeGreaterThanOrEqual(10);
  expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  for (const c of cases)
    expect(
      Object.values(c.expect).some((s) => s !== 'ok'),
      c.name,
    ).toBe(true);
});

for (const { platform, fixture, cases } of SUITES) {
  describe(`${platform}: DOM drift yields degraded health and no invented figures`, () => {
    let baseline: Run;
    beforeEach(async () => {
      if (platform === 'zoom') history.replaceState(null, '', '/wc/join/84512370096');
      else history.replaceState(null, '', '/abc-defg-hij');
    });

    it('the unmutated fixture: every signal ok, every figure present', async () => {
      baseline = await run(platform, fixture());
      expect(baseline.health).toEqual({
        phase: 'ok',
        participants: 'ok',
        self: 'ok',
        speaking: 'ok',
        camera: 'ok',
        mute: 'ok',
        captions: 'ok',
        chat: 'ok',
      });
      for (const check of Object.values(present[platform])) check(baseline);
    });

    for (const c of cases) {
      it(c.name, async () => {
        const r = await run(platform, mutated(fixture, c.mutate));
        const want = Object.fromEntries(
          Object.keys(r.health).map((s) => [s, c.expect[s as Signal] ?? 'ok']),
        ) as Health;
        expect(r.health).toEqual(want);
        for (const check of c.unknown) check(r);
        // Unaffected signals keep their figures (the change took away only what it names).
        for (const [s, check] of Object.entries(present[platform])) {
          if (want[s as Signal] === 'ok' && want.participants === 'ok') check(r);
        }
        // What the model says about health agrees with the adapter.
        for (const [s, state] of Object.entries(c.expect)) {
          if (r.events.some((e) => e.type === 'call.started'))
            expect(r.live.health[s as Signal], s).toBe(state);
        }
      });
    }
  });
}

describe('the content script clock: one reading of the page is one instant', () => {
  // A real clock moves while a flush runs (emit joins, then read health): 1 ms per call here.
  const ticking = () => () => ++clock;
  const widgetDrift = () => mutated(meetFixture, MEET_CASES[0]!.mutate);

  it('without it, the milliseconds between the joins and the health event pass as seen speaking (0, not unknown)', async () => {
    history.replaceState(null, '', '/abc-defg-hij');
    const r = await run('meet', widgetDrift(), ticking());
    expect(r.health.speaking).toBe('broken');
    expect(r.live.participants.some((p) => p.speakingMs === 0 && p.coverage.speaking > 0)).toBe(true);
  });

  it('with readingClock (what runAdapter gives adapters), speaking stays unknown', async () => {
    history.replaceState(null, '', '/abc-defg-hij');
    const r = await run('meet', widgetDrift(), readingClock(ticking()));
    expect(r.health.speaking).toBe('broken');
    speakingUnknown(r);
  });

  it('readingClock reads the base clock once per synchronous run', async () => {
    let n = 0;
    const now = readingClock(() => ++n);
    expect([now(), now(), now()]).toEqual([1, 1, 1]);
    await Promise.resolve();
    expect([now(), now()]).toEqual([2, 2]);
  });
});
