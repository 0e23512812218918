/** @vitest-environment happy-dom */
/**
 * Self detection without the People panel (pre-join name, captions "You" + speaking widget, toolbar mic +
 * tile mute) and per-person visibility (People-panel rows without a tile), on the dated fixtures and on
 * simulated 2-person calls whose People panel was never opened.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SimModel } from '@/tests/sim/page/common';
import { MeetRenderer } from '@/tests/sim/page/meet';
import { defineScenario, type Scenario } from '@/tests/sim/scenario';
import { say, timeline } from '@/tests/sim/scenarios/helpers';
import { expandTimeline } from '@/tests/sim/timeline';
import { type MeetingEvent, meetingEventSchema } from '@/utils/meeting/events';
import { createMeetAdapter, readLobbyName } from '@/utils/platforms/meet';
import type { MeetSession } from '@/utils/platforms/meet/observer';
import { loadIntoDocument, parseFixture, SIM_DIR, setReadyState } from './fixtures';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};
const P1 = (s: string) => `spaces/SP1/devices/${s}`;
const INES = P1('dev-ines');
const AMARA = 'spaces/SP3/devices/dev-amara';

let clock = 1000;
let events: MeetingEvent[] = [];
let ac: AbortController;
let session: MeetSession;

function begin(doc: Document): void {
  ac = new AbortController();
  session = createMeetAdapter({ leaveDebounceMs: 3000, watchdogMs: 2000 }).start(doc, {
    signal: ac.signal,
    emit: (e) => events.push(e),
    now: () => clock,
  });
}
function start(file: string): Document {
  const doc = loadIntoDocument(file);
  begin(doc);
  return doc;
}
function take(): MeetingEvent[] {
  const out = events;
  events = [];
  for (const e of out) expect(meetingEventSchema.safeParse(e).success, JSON.stringify(e)).toBe(true);
  return out;
}
function swapBody(doc: Document, file: string, edit?: (d: Document) => void): void {
  const parsed = parseFixture(file);
  edit?.(parsed);
  doc.body.innerHTML = parsed.body.innerHTML;
  for (const v of doc.querySelectorAll('video[data-test-ready-state]'))
    setReadyState(v, Number(v.getAttribute('data-test-ready-state')));
}
async function tick(ms: number): Promise<void> {
  clock += ms;
  vi.advanceTimersByTime(ms);
  await settle();
}
const ofType = <K extends MeetingEvent['type']>(evs: MeetingEvent[], type: K) =>
  evs.filter((e): e is Extract<MeetingEvent, { type: K }> => e.type === type);
const selfJoins = (evs: MeetingEvent[]) =>
  ofType(evs, 'participant.joined')
    .filter((e) => e.isSelf)
    .map((e) => e.id);
const tile = (doc: Document, id: string) => doc.querySelector(`main [data-participant-id="${id}"]`)!;
const widget = (doc: Document, id: string) => tile(doc, id).querySelector('[jsname="QgSmzd"]')!;
function setSpeaking(doc: Document, id: string, on: boolean): void {
  const w = widget(doc, id);
  w.classList.toggle('HX2H7', on);
  w.classList.toggle('gjg47c', !on);
}
/** Mute state as Meet draws it on a tile: the widget display:none plus a mic_off ligature. */
function setTileMuted(doc: Document, id: string, muted: boolean): void {
  const t = tile(doc, id);
  (widget(doc, id) as HTMLElement).style.display = muted ? 'none' : '';
  const icon = [...t.querySelectorAll('i')].find((i) => i.textContent === 'mic_off');
  if (muted && !icon) {
    const i = doc.createElement('i');
    i.className = 'google-symbols';
    i.textContent = 'mic_off';
    t.append(i);
  } else if (!muted) icon?.remove();
}
function setToolbarMuted(doc: Document, muted: boolean): void {
  doc.querySelector('[jsname="hw0c9"]')!.setAttribute('data-is-muted', String(muted));
}
/** A 2026 captions region with one entry, as Meet renders it after CC is turned on. */
function addCaptions(doc: Document, speaker: string): Text {
  const wrap = doc.createElement('div');
  wrap.setAttribute('jsname', 'dsyhDe');
  wrap.innerHTML = `<div role="region" tabindex="0" aria-label="Captions" class="vNKgIf"><div class="nMcdL bj4p3b"><div class="adE6rb"><img data-iml="1" alt=""><div class="KcIKyf"><span class="NWpY1d"></span></div></div><div class="ygicle VbkSUe"></div></div><div></div><button>Jump to bottom</button></div>`;
  wrap.querySelector('.NWpY1d')!.textContent = speaker;
  const text = doc.createTextNode('');
  wrap.querySelector('.ygicle')!.append(text);
  doc.body.append(wrap);
  return text;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  clock = 1000;
  events = [];
});
afterEach(() => {
  ac?.abort();
  vi.useRealTimers();
});

describe('readLobbyName', () => {
  it('reads the pre-join name from .awLEm (dated variant and simulator lobby)', () => {
    expect(readLobbyName(parseFixture('2026-09-lobby.html'))).toEqual({
      name: 'Inès Duval',
      layer: 'class:awLEm',
    });
    expect(readLobbyName(parseFixture('lobby.html', SIM_DIR))).toEqual({
      name: 'Jonas Æbelø',
      layer: 'class:awLEm',
    });
  });
  it("falls back to a guest's typed name (the input's value), and rejects icon words", () => {
    const doc = parseFixture('2026-09-lobby.html');
    doc.querySelector('.awLEm')!.textContent = 'visual_effects';
    const input = doc.querySelector<HTMLInputElement>('input[type="text"]')!;
    expect(readLobbyName(doc)).toEqual({ layer: null });
    input.value = '  Gast  Nutzerin ';
    expect(readLobbyName(doc)).toEqual({ name: 'Gast Nutzerin', layer: 'structure:guest-name-input' });
  });
});

describe('self from the pre-join name', () => {
  it('lobby name → the uniquely named tile is self at the join; health says which source', async () => {
    const doc = start('2026-09-lobby.html');
    await settle();
    take();
    clock = 3000;
    swapBody(doc, '2026-09-2-person.html');
    await settle();
    const evs = take();
    expect(selfJoins(evs)).toEqual([INES]);
    expect(ofType(evs, 'participant.self')).toEqual([]); // known at the join: the join carries it
    expect(session.diagnostics().self).toEqual({ state: 'ok', layer: 'lobby:class:awLEm' });
  });

  it('a name shared by two tiles (companion mode) decides nothing', async () => {
    const doc = start('2026-09-lobby.html');
    await settle();
    swapBody(doc, '2026-09-2-person.html', (d) => {
      d.querySelector(`[data-participant-id="${AMARA}"] span.notranslate`)!.textContent = 'Inès Duval';
    });
    await settle();
    await tick(4000);
    const evs = take();
    expect(selfJoins(evs)).toEqual([]);
    expect(ofType(evs, 'participant.self')).toEqual([]);
    expect(session.diagnostics().self.state).toBe('not_visible');
  });

  it('a self tile named later (first rendered without a name) is matched once its name appears', async () => {
    const doc = start('2026-09-lobby.html');
    await settle();
    clock = 3000;
    swapBody(doc, '2026-09-2-person.html', (d) => {
      d.querySelector(`[data-participant-id="${INES}"] span.notranslate`)!.textContent = '';
    });
    await settle();
    expect(selfJoins(take())).toEqual([]);
    clock = 5000;
    tile(doc, INES).querySelector('span.notranslate')!.textContent = 'Inès Duval';
    await settle();
    expect(ofType(take(), 'participant.self')).toEqual([{ type: 'participant.self', t: 5000, id: INES }]);
  });

  it('the People panel "(You)" overrides a weaker decision', async () => {
    const doc = loadIntoDocument('2026-09-lobby.html');
    doc.querySelector('.awLEm')!.textContent = 'Søren Ødegård'; // a stale or wrong pre-join name
    begin(doc);
    await settle();
    clock = 3000;
    let aside = '';
    swapBody(doc, '2026-09-current.html', (d) => {
      aside = d.querySelector('aside')!.outerHTML;
      d.querySelector('aside')!.remove();
    });
    await settle();
    expect(selfJoins(take())).toEqual([P1('dev-soren')]);
    clock = 6000;
    doc.body.insertAdjacentHTML('beforeend', aside);
    await settle();
    expect(ofType(take(), 'participant.self')).toEqual([{ type: 'participant.self', t: 6000, id: INES }]);
    expect(session.diagnostics().self).toEqual({ state: 'ok', layer: 'class:NnTWjc' });
  });
});

describe('self from captions "You" while exactly one tile speaks', () => {
  async function setup(): Promise<{ doc: Document; text: Text }> {
    const doc = start('2026-09-2-person.html');
    await settle();
    setSpeaking(doc, AMARA, false);
    setTileMuted(doc, INES, false);
    setToolbarMuted(doc, false);
    await settle();
    const text = addCaptions(doc, 'You');
    await settle();
    await tick(2000); // clock 3000: the region is found and observed
    take();
    return { doc, text };
  }

  it('needs two observations at least 500 ms apart, then emits participant.self', async () => {
    const { doc, text } = await setup();
    setSpeaking(doc, INES, true);
    await settle();
    clock = 4000;
    text.data = 'Sure';
    await settle();
    clock = 4200;
    text.data = 'Sure, thanks'; // same moment: not a second observation
    await settle();
    expect(ofType(take(), 'participant.self')).toEqual([]);
    clock = 4700;
    text.data = 'Sure, thanks for';
    await settle();
    expect(ofType(take(), 'participant.self')).toEqual([{ type: 'participant.self', t: 4700, id: INES }]);
    expect(session.diagnostics().self).toEqual({ state: 'ok', layer: 'captions:self-label+speaking' });
  });

  it('no observation while nobody or two tiles speak; a disagreeing observation needs outvoting', async () => {
    const { doc, text } = await setup();
    clock = 4000;
    text.data = 'one'; // nobody speaking
    await settle();
    setSpeaking(doc, INES, true);
    setSpeaking(doc, AMARA, true);
    await settle();
    clock = 5000;
    text.data = 'one two'; // two speaking
    await settle();
    setSpeaking(doc, INES, false); // caption lag: only Amara's widget is active now
    await settle();
    clock = 6000;
    text.data = 'one two three';
    await settle();
    setSpeaking(doc, AMARA, false);
    setSpeaking(doc, INES, true);
    await settle();
    for (const t of [7000, 8000]) {
      clock = t;
      text.data += ' more';
      await settle();
    }
    expect(ofType(take(), 'participant.self')).toEqual([]); // Ines 2, Amara 1: not yet
    clock = 9000;
    text.data += ' again';
    await settle();
    expect(ofType(take(), 'participant.self')).toEqual([{ type: 'participant.self', t: 9000, id: INES }]);
  });

  it('a participant actually named like the self label is never taken for self', async () => {
    const { doc, text } = await setup();
    tile(doc, AMARA).querySelector('span.notranslate')!.textContent = 'Du';
    await settle();
    text.parentElement!.closest('.nMcdL')!.querySelector('.NWpY1d')!.textContent = 'Du';
    setSpeaking(doc, AMARA, true);
    await settle();
    for (const t of [4000, 5000, 6000]) {
      clock = t;
      text.data += ' Hallo';
      await settle();
    }
    expect(ofType(take(), 'participant.self')).toEqual([]);
  });
});

describe('self from the toolbar mic flipping with exactly one tile', () => {
  async function setup(): Promise<Document> {
    const doc = start('2026-09-2-person.html');
    await settle();
    take();
    return doc;
  }
  async function flip(doc: Document, muted: boolean, alsoAmara = false): Promise<void> {
    setToolbarMuted(doc, muted);
    setTileMuted(doc, INES, muted);
    if (alsoAmara) setTileMuted(doc, AMARA, muted);
    await settle();
    await tick(2000); // the correlation window closes; the watchdog settles it
  }

  it('two agreeing flips decide; the self tile follows the toolbar from then on', async () => {
    const doc = await setup();
    await flip(doc, false);
    expect(ofType(take(), 'participant.self')).toEqual([]);
    await flip(doc, true);
    const evs = take();
    expect(ofType(evs, 'participant.self').map((e) => e.id)).toEqual([INES]);
    expect(session.diagnostics().self).toEqual({ state: 'ok', layer: 'mute:data-is-muted+tile' });
  });

  it('a flip shared by two tiles, or a tile flipping the other way, is no observation', async () => {
    const doc = await setup();
    await flip(doc, false, false);
    await flip(doc, true, true); // Amara muted at the same moment: ambiguous
    // Toolbar unmutes while only Amara's tile unmutes (Ines's does not follow): one observation for Amara,
    // which cancels Ines's single one — the agreement rule keeps both undecided.
    setToolbarMuted(doc, false);
    setTileMuted(doc, AMARA, false);
    await settle();
    await tick(2000);
    setToolbarMuted(doc, true);
    await settle();
    await tick(2000);
    expect(ofType(take(), 'participant.self')).toEqual([]);
    expect(session.diagnostics().self.state).toBe('not_visible');
  });
});

describe('visibility: People-panel rows without a tile (49-tile call)', () => {
  const EXTRA = Array.from({ length: 11 }, (_, i) => ({
    id: `spaces/SP9/devices/dev-x${i}`,
    name: `Offstage Person ${i}`,
  }));
  function panelHtml(doc: Document): string {
    const rows = [...doc.querySelectorAll('main [data-participant-id]')].map((t) => ({
      id: t.getAttribute('data-participant-id')!,
      name: t.querySelector('span.notranslate')!.textContent!,
    }));
    const all = [...rows, ...EXTRA];
    const items = all
      .map(
        (p) =>
          `<div role="listitem" aria-label="${p.name}" class="cxdMu" data-participant-id="${p.id}"><span class="zWGUib">${p.name}</span>${p.id === INES ? '<span class="NnTWjc">(You)</span>' : ''}</div>`,
      )
      .join('');
    return `<aside aria-label="Side panel"><div role="list" aria-label="Participants" aria-setsize="${all.length}">${items}</div></aside>`;
  }

  it('panel-only participants are joined and not visible; a tile makes them visible, losing it hides them again', async () => {
    const doc = loadIntoDocument('2026-09-49-tiles.html');
    doc.body.insertAdjacentHTML('beforeend', panelHtml(doc));
    begin(doc);
    await settle();
    const first = take();
    expect(ofType(first, 'participant.joined')).toHaveLength(60);
    const vis = ofType(first, 'participant.visibility');
    expect(vis.map((e) => e.id).sort()).toEqual(EXTRA.map((p) => p.id).sort());
    expect(vis.every((e) => !e.speaking && !e.camera && e.t === 1000)).toBe(true);
    // Each visibility event follows that participant's join.
    for (const v of vis) {
      const j = first.findIndex((e) => e.type === 'participant.joined' && e.id === v.id);
      expect(j).toBeGreaterThanOrEqual(0);
      expect(first.indexOf(v)).toBeGreaterThan(j);
    }
    expect(selfJoins(first)).toEqual([INES]);

    // The grid pages: one off-stage person gets a tile, a staged person loses theirs (row stays).
    clock = 3000;
    const staged = 'spaces/SP9/devices/dev-03';
    const moved = tile(doc, staged);
    moved.setAttribute('data-participant-id', EXTRA[0]!.id);
    moved.setAttribute('data-requested-participant-id', EXTRA[0]!.id);
    moved.querySelector('span.notranslate')!.textContent = EXTRA[0]!.name;
    await settle();
    await tick(10_000);
    expect(take().filter((e) => e.type !== 'health')).toEqual([
      { type: 'participant.visibility', t: 3000, id: EXTRA[0]!.id, speaking: true, camera: true },
      { type: 'participant.visibility', t: 3000, id: staged, speaking: false, camera: false },
    ]);
  });

  it('a tile that goes with no panel row is a leave (not only a visibility change); no events without a panel', async () => {
    const doc = start('2026-09-49-tiles.html');
    await settle();
    const first = take();
    expect(ofType(first, 'participant.joined')).toHaveLength(49);
    expect(ofType(first, 'participant.visibility')).toEqual([]);
    clock = 2000;
    tile(doc, 'spaces/SP9/devices/dev-05').remove();
    await settle();
    await tick(4000);
    const evs = take();
    // Out of sight at once (it might be a re-render), left once the debounce confirms it.
    expect(ofType(evs, 'participant.visibility').map((e) => [e.id, e.t, e.speaking])).toEqual([
      ['spaces/SP9/devices/dev-05', 2000, false],
    ]);
    expect(ofType(evs, 'participant.left').map((e) => [e.id, e.at])).toEqual([
      ['spaces/SP9/devices/dev-05', 2000],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The simulator: 2-person calls whose People panel was never opened.
// ---------------------------------------------------------------------------------------------------------

describe('simulated 2-person calls without the People panel', () => {
  beforeAll(() => {
    Object.defineProperty(HTMLVideoElement.prototype, 'readyState', {
      configurable: true,
      get(this: HTMLVideoElement) {
        return this.style.display === 'none' ? 0 : 4;
      },
    });
  });
  afterAll(() => {
    delete (HTMLVideoElement.prototype as { readyState?: number }).readyState;
  });

  const people = [
    { id: 'me', name: 'Lena Fischer', isSelf: true, camera: true },
    { id: 'tomas', name: 'Tomás Ortega' },
  ];
  const base = {
    meetingCode: 'kfw-pzne-hbu',
    title: 'Quick check-in',
    panels: { people: false, chat: true },
    participants: people,
  } as const;

  async function play(scenario: Scenario): Promise<{ events: MeetingEvent[]; session: MeetSession }> {
    document.body.replaceChildren();
    const model = new SimModel(scenario);
    const renderer = new MeetRenderer(document, model);
    renderer.mount();
    clock = 0;
    const out: MeetingEvent[] = [];
    const abort = new AbortController();
    const s = createMeetAdapter().start(document, {
      signal: abort.signal,
      emit: (e) => out.push(e),
      now: () => clock,
    });
    const advanceTo = async (t: number) => {
      while (clock < t) {
        const step = Math.min(250, t - clock);
        clock += step;
        vi.advanceTimersByTime(step);
        await settle();
      }
    };
    const timelineEvents = expandTimeline(scenario);
    for (const e of timelineEvents) {
      await advanceTo(e.t);
      model.apply(e);
      renderer.apply(e);
      await settle();
    }
    await advanceTo(clock + 3000);
    abort.abort();
    for (const e of out) expect(meetingEventSchema.safeParse(e).success, JSON.stringify(e)).toBe(true);
    return { events: out, session: s };
  }
  const selfId = (evs: MeetingEvent[]) => {
    const ids = [...selfJoins(evs), ...ofType(evs, 'participant.self').map((e) => e.id)];
    return ids.at(-1)?.split('/').pop();
  };

  it('from the lobby name: self is known at the join although self never speaks or mutes', async () => {
    const scenario = defineScenario({
      ...base,
      name: 'two-person-lobby-no-panel',
      initialPhase: 'lobby',
      captions: false,
      steps: timeline(
        { at: 1500, type: 'phase', phase: 'in-call' },
        say(2000, 'tomas', 'Hi Lena, do you have a minute?', 2000),
        { at: 5000, type: 'end', reason: 'left' },
      ),
    });
    const { events: evs } = await play(scenario);
    expect(selfJoins(evs).map((id) => id.split('/').pop())).toEqual(['me']);
    expect(selfId(evs)).toBe('me');
    const started = ofType(evs, 'call.started');
    expect(started).toHaveLength(1);
    expect(evs.find((e) => e.type === 'health' && e.signals.self === 'ok')).toBeDefined();
  });

  it('without a lobby, from captions "You" while only the self tile speaks', async () => {
    const scenario = defineScenario({
      ...base,
      name: 'two-person-captions-no-panel',
      captions: true,
      steps: timeline(
        say(500, 'tomas', 'Hi Lena, do you have a minute for the review?', 2000),
        say(3500, 'me', 'Sure, thanks Tomás for sending it early, let me open it', 2500),
        { at: 8000, type: 'end', reason: 'left' },
      ),
    });
    const { events: evs } = await play(scenario);
    expect(selfJoins(evs)).toEqual([]);
    const self = ofType(evs, 'participant.self');
    expect(self.map((e) => e.id.split('/').pop())).toEqual(['me']);
    expect(self[0]!.t).toBeGreaterThanOrEqual(3500);
    expect(self[0]!.t).toBeLessThanOrEqual(6000);
    // Once known, the "You" captions carry self's id and name.
    const last = ofType(evs, 'caption').at(-1)!;
    expect(last.speakerId?.split('/').pop()).toBe('me');
    expect(last.speakerName).toBe('Lena Fischer');
  });

  it('without a lobby or captions, from the toolbar mic flipping with the self tile', async () => {
    const scenario = defineScenario({
      ...base,
      name: 'two-person-mute-no-panel',
      captions: false,
      steps: timeline(
        say(500, 'tomas', 'Can you hear me?', 1500),
        { at: 2500, type: 'mute', who: 'me', muted: true },
        { at: 3800, type: 'mute', who: 'tomas', muted: true },
        { at: 5000, type: 'mute', who: 'me', muted: false },
        { at: 9000, type: 'end', reason: 'left' },
      ),
    });
    const { events: evs } = await play(scenario);
    expect(selfJoins(evs)).toEqual([]);
    const self = ofType(evs, 'participant.self');
    expect(self.map((e) => e.id.split('/').pop())).toEqual(['me']);
    expect(self[0]!.t).toBeGreaterThanOrEqual(5000);
  });

  it('control: the same call with self never muting nor captioned leaves self unknown', async () => {
    const scenario = defineScenario({
      ...base,
      name: 'two-person-no-evidence',
      captions: false,
      steps: timeline(
        say(500, 'tomas', 'Can you hear me?', 1500),
        { at: 3000, type: 'mute', who: 'tomas', muted: true },
        { at: 5000, type: 'mute', who: 'tomas', muted: false },
        { at: 7000, type: 'end', reason: 'left' },
      ),
    });
    const { events: evs } = await play(scenario);
    expect(selfId(evs)).toBeUndefined();
  });
});
