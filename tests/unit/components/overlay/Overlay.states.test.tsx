/** @vitest-environment happy-dom */
/**
 * Every state the in-call overlay must render (issue 6): empty, one person, twelve people, health broken,
 * captions off, and long / right-to-left / emoji names. Overlay.test.tsx covers the interactions; this file
 * pins down what each state shows, in the English the components render.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createMockOverlayClient,
  type MockOverlayClient,
  type OverlayClient,
  type OverlayState,
} from '@/components/overlay/client';
import { person, snapshot, speakingBroken, T0 } from '@/components/overlay/fixtures';
import { Overlay, type OverlayProps } from '@/components/overlay/Overlay';
import type { LiveSnapshot, ParticipantSummary } from '@/utils/meeting/types';

const MIN = 60_000;
let container: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.useRealTimers();
});

function mount(
  initial: Partial<OverlayState>,
  props: Partial<OverlayProps> = {},
  extra: Partial<OverlayClient> = {},
): MockOverlayClient {
  const client = Object.assign(createMockOverlayClient(initial), extra);
  act(() => render(<Overlay client={client} platform="meet" {...props} />, container));
  return client;
}

const $ = <T extends Element = HTMLElement>(sel: string) => container.querySelector<T>(sel);
const $$ = (sel: string) => [...container.querySelectorAll<HTMLElement>(sel)];
const text = (sel: string) => $(sel)?.textContent ?? '';
const pct = (s: string) => Number.parseFloat(s);

/**
 * Twelve people, 45 minutes in: ten present (you among them, not the top speaker), two who left. `quiet`
 * last spoke 25 minutes ago, `new` joined late and has not spoken, and `p7` is speaking now.
 */
function twelvePeople(opts: { everyoneSpoke?: boolean } = {}): LiveSnapshot {
  const now = T0 + 45 * MIN;
  const spoke = (min: number) => ({ speakingMs: min * MIN, lastSpokeAt: now - 2 * MIN });
  const ps: ParticipantSummary[] = [
    person({ id: 'p1', name: 'Avery', ...spoke(6) }),
    person({ id: 'me', name: 'Sam', isSelf: true, ...spoke(5) }),
    person({ id: 'p3', name: 'Bea', ...spoke(4), firstJoinedAt: T0 + 1000 }),
    person({ id: 'p4', name: 'Cy', ...spoke(4), firstJoinedAt: T0 + 2000 }),
    person({ id: 'p5', name: 'Dee', ...spoke(3) }),
    person({ id: 'p6', name: 'Eli', ...spoke(2) }),
    person({ id: 'p7', name: 'Fay', ...spoke(1), lastSpokeAt: now }),
    person({ id: 'quiet', name: 'Gus', speakingMs: 0.5 * MIN, lastSpokeAt: now - 25 * MIN }),
    person({ id: 'p9', name: 'Hal', ...spoke(0.5) }),
    opts.everyoneSpoke
      ? person({ id: 'new', name: 'Ivy', ...spoke(0.25) })
      : person({ id: 'new', name: 'Ivy', speakingMs: 0, lastSpokeAt: null, firstJoinedAt: T0 + 30 * MIN }),
    person({ id: 'gone1', name: 'Jo', present: false, leftAt: T0 + 20 * MIN, ...spoke(2) }),
    person({ id: 'gone2', name: 'Kim', present: false, leftAt: T0 + 5 * MIN, ...spoke(1) }),
  ];
  const total = ps.reduce((a, p) => a + (p.speakingMs ?? 0), 0);
  const participants = ps.map((p) => ({ ...p, speakingShare: (p.speakingMs ?? 0) / total }));
  return snapshot({
    durationMs: 45 * MIN,
    now,
    balanceIndex: 0.81,
    selfShare: participants.find((p) => p.id === 'me')!.speakingShare,
    fairShare: 1 / 10,
    currentSpeakerIds: ['p7'],
    participants,
  });
}

describe('empty', () => {
  it('before the first figures, the pill names Rapport and the panel says it is waiting', () => {
    const client = mount({});
    expect(text('.rp-pill')).toContain('Rapport');
    expect($('[data-testid="pill-share"]')).toBeNull();
    act(() => $('.rp-pill')!.click());
    expect(client.calls.setExpanded).toEqual([true]);
    expect(text('.rp-body')).toBe('Waiting for the call’s first figures…');
    expect($('.rp-list')).toBeNull();
    expect($('.rp-bar')).toBeNull();
    // Still controllable before there is anything to show.
    expect($$('.rp-actions button').map((b) => b.textContent)).toEqual([
      'Pause for this call',
      'Never track this meeting',
    ]);
  });
  it('a call with nobody seen yet has an empty list, unknown shares, and no fair-share mark', () => {
    mount({
      expanded: true,
      snapshot: snapshot({ participants: [], balanceIndex: null, selfShare: null, fairShare: null }),
    });
    expect($('.rp-list')).not.toBeNull();
    expect($$('.rp-row')).toHaveLength(0);
    expect(text('.rp-bar')).toBe('Speaking shares unknown');
    expect($('.rp-fair')).toBeNull();
    expect($('.rp-health')).toBeNull();
    act(() => $<HTMLButtonElement>('[aria-label="Collapse the Rapport panel"]')!.click());
    expect(text('[data-testid="pill-share"]')).toBe('You unknown · fair unknown');
    expect($('.rp-dot--unknown')).not.toBeNull();
  });
});

describe('one person', () => {
  it('shows you alone at 100 %, with no fair-share mark and nobody to acknowledge', () => {
    const now = T0 + 5 * MIN;
    mount({
      expanded: true,
      snapshot: snapshot({
        durationMs: 5 * MIN,
        now,
        balanceIndex: 1,
        selfShare: 1,
        fairShare: 1,
        participants: [
          person({
            id: 'me',
            name: 'Sam',
            isSelf: true,
            speakingMs: 2 * MIN,
            speakingShare: 1,
            turns: 1,
            lastSpokeAt: now - MIN,
          }),
        ],
      }),
    });
    const rows = $$('.rp-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.classList.contains('rp-row--self')).toBe(true);
    expect(rows[0]!.querySelector('[data-fig="speaking"]')!.textContent).toBe('spoke 2 min · 100\u00a0%');
    expect(rows[0]!.querySelector('[data-fig="turns"]')!.textContent).toBe('1 turn');
    expect(rows[0]!.querySelector('button')).toBeNull();
    const segs = $$('.rp-seg');
    expect(segs).toHaveLength(1);
    expect(segs[0]!.style.width).toBe('100.00%');
    // A fair share of 100 % would sit on the bar's right edge and say nothing.
    expect($('.rp-fair')).toBeNull();
  });
});

describe('twelve people', () => {
  it('lists all twelve: you first and highlighted, present people by speaking time, then those who left', () => {
    mount({ expanded: true, snapshot: twelvePeople() });
    const rows = $$('.rp-row');
    expect(rows.map((r) => r.dataset.id)).toEqual([
      'me',
      'p1',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
      'quiet',
      'p9',
      'new',
      'gone1',
      'gone2',
    ]);
    const self = rows.filter((r) => r.classList.contains('rp-row--self'));
    expect(self).toEqual([rows[0]]);
    expect(rows[0]!.dataset.self).toBe('true');
    expect(rows[0]!.querySelector('.rp-tag')!.textContent).toBe('(you)');
    for (const r of rows.slice(10)) {
      expect(r.classList.contains('rp-row--left'), r.dataset.id).toBe(true);
      expect(r.textContent).toContain('left');
    }
    for (const r of rows.slice(0, 10)) expect(r.classList.contains('rp-row--left'), r.dataset.id).toBe(false);
    // Everyone but you can be acknowledged, including people who left.
    expect($$('.rp-row button')).toHaveLength(11);
    expect(text('[data-id="p7"] .rp-tag--now')).toBe('speaking');
    expect($$('.rp-tag--now')).toHaveLength(1);
  });

  it('marks who has not spoken yet and who has been quiet for 20+ minutes, and nobody else', () => {
    mount({ expanded: true, snapshot: twelvePeople() });
    const markers = $$('[data-marker]').map((m) => [
      m.closest('.rp-row')!.getAttribute('data-id'),
      m.textContent,
    ]);
    expect(markers).toEqual([
      ['quiet', 'quiet for 25 min'],
      ['new', 'hasn’t spoken yet'],
    ]);
  });

  it('draws one bar segment per person who spoke, yours first, summing to 100 %, with the fair-share mark', () => {
    mount({ expanded: true, snapshot: twelvePeople({ everyoneSpoke: true }) });
    const segs = $$('.rp-seg');
    expect(segs).toHaveLength(12);
    expect(segs[0]!.classList.contains('rp-seg--self')).toBe(true);
    expect($$('.rp-seg--self')).toHaveLength(1);
    const widths = segs.map((s) => pct(s.style.width));
    // Each width is rounded to 0.01 %, so twelve of them sum to 100 % within 0.06 %.
    expect(Math.abs(widths.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(0.06);
    // After yours, largest first.
    const others = widths.slice(1);
    expect(others).toEqual([...others].sort((a, b) => b - a));
    expect($('.rp-fair')!.style.left).toBe('10.00%');
    expect($('.rp-fair')!.getAttribute('title')).toBe('fair share');
    expect($('.rp-bar')!.getAttribute('aria-label')).toMatch(
      /^Speaking shares\. Your share \d+\u00a0%, fair share 10\u00a0%\.$/,
    );
  });

  it('leaves someone who has not spoken out of the bar (11 segments), still summing to 100 %', () => {
    mount({ expanded: true, snapshot: twelvePeople() });
    const widths = $$('.rp-seg').map((s) => pct(s.style.width));
    expect(widths).toHaveLength(11);
    expect(Math.abs(widths.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(0.06);
  });

  it('the pill shows your share against a fair share of one in ten', () => {
    mount({ snapshot: twelvePeople() });
    const self = twelvePeople().participants.find((p) => p.id === 'me')!;
    expect(text('[data-testid="pill-share"]')).toBe(
      `You ${Math.round(self.speakingShare! * 100)}\u00a0% · fair 10\u00a0%`,
    );
    expect(text('[data-testid="pill-time"]')).toContain('45:00');
  });
});

describe('health broken', () => {
  it('shows every broken signal as its own line, in order of importance, with a details link', () => {
    const openHealth = vi.fn();
    const base = speakingBroken();
    mount(
      {
        expanded: true,
        snapshot: {
          ...base,
          health: {
            phase: 'broken',
            participants: 'broken',
            self: 'broken',
            speaking: 'broken',
            camera: 'broken',
            captions: 'broken',
            chat: 'broken',
          },
          coverage: { ...base.coverage, speaking: 0, camera: 0, captions: 0 },
        },
      },
      {},
      { openHealth },
    );
    const lines = $$('.rp-health-line');
    expect(lines.map((l) => l.dataset.signal)).toEqual([
      'phase',
      'participants',
      'self',
      'speaking',
      'camera',
      'captions',
      'chat',
    ]);
    expect(lines.map((l) => l.firstChild?.textContent)).toEqual([
      'Rapport can’t tell whether the call is running — figures may stop.',
      'Rapport can’t see the participant list — some people may be missing.',
      'Rapport can’t tell which participant is you — your share is unknown.',
      'Rapport can’t see who is speaking — speaking figures are unknown until it can.',
      'Rapport can’t see cameras — camera-on time is unknown.',
      'Rapport can’t read captions — acknowledgements in speech are not seen.',
      'Rapport can’t read chat — acknowledgements in chat are not seen.',
    ]);
    for (const l of lines) expect(l.classList.contains('rp-health-line--broken')).toBe(true);
    const details = $$('.rp-health-line button');
    expect(details.map((b) => b.textContent)).toEqual(Array(7).fill('Details'));
    act(() => details[3]!.click());
    expect(openHealth).toHaveBeenCalledTimes(1);
  });

  it('shows unknown figures and no silence markers or silence nudges while speaking is broken', () => {
    const base = speakingBroken();
    // Bo was seen not speaking before detection broke: 0 is a figure, but a silence nudge now would be a guess.
    const bo = person({
      id: 'bo',
      name: 'Bo',
      speakingMs: 0,
      speakingShare: 0,
      coverage: { speaking: 0.62, camera: 1 },
    });
    const client = mount({
      expanded: true,
      nudges: { selfMonologue: true, silentParticipant: true },
      snapshot: {
        ...base,
        now: T0 + 40 * MIN,
        durationMs: 40 * MIN,
        participants: [...base.participants, bo],
      },
    });
    expect(text('.rp-bar')).toBe('Speaking shares unknown');
    expect(text('[data-id="me"] [data-fig="speaking"]')).toMatch(/^spoke unknown/);
    expect(text('[data-id="ana"] [data-fig="speaking"]')).toMatch(/^spoke unknown/);
    expect($('[data-id="me"] [data-marker]')).toBeNull();
    expect($('[data-id="ana"] [data-marker]')).toBeNull();
    expect($('.rp-nudge')).toBeNull();
    // The same call with speaking healthy does nudge about Bo: the absence above is the health check's doing.
    act(() => {
      client.pushSnapshot({
        ...client.getState().snapshot!,
        health: { ...base.health, speaking: 'ok' },
      });
      vi.advanceTimersByTime(1000);
    });
    expect(text('.rp-nudge')).toBe('Bo hasn’t spoken in 15 minutes — maybe invite them in?');
  });

  it('a signal hidden by the page reads as fixable, not broken', () => {
    mount({
      expanded: true,
      snapshot: snapshot({
        participants: [person({ id: 'me', name: 'Sam', isSelf: true })],
        health: { phase: 'ok', participants: 'ok', self: 'ok', speaking: 'not_visible', camera: 'ok' },
      }),
    });
    const line = $('.rp-health-line')!;
    expect(line.classList.contains('rp-health-line--not_visible')).toBe(true);
    expect(line.textContent).toBe(
      'Rapport can’t see who is speaking right now — show the participant tiles to fix it.',
    );
    // No openHealth on this client: no link to nowhere.
    expect($('.rp-health-line button')).toBeNull();
  });
});

describe('captions off', () => {
  const withCaptions = (captions: 'ok' | 'not_visible', coverage: number) => {
    const s = twelvePeople();
    return {
      ...s,
      health: { ...s.health, captions },
      coverage: { ...s.coverage, captions: coverage },
    };
  };
  it('says once that captions are off, and keeps every speaking figure', () => {
    mount({ expanded: true, snapshot: withCaptions('not_visible', 0) });
    expect($$('.rp-health-line').map((l) => l.textContent)).toEqual([
      'Captions are off — turn them on to see acknowledgements.',
    ]);
    expect($('.rp-health-line')!.dataset.signal).toBe('captions');
    expect($$('.rp-seg')).toHaveLength(11);
    expect($$('[data-fig="speaking"]').every((f) => !f.textContent!.includes('unknown'))).toBe(true);
    expect($$('[data-fig="acks"]')).toHaveLength(12);
  });
  it('captions turned on mid-call: the line goes and the partial coverage is stated instead', () => {
    const client = mount({ expanded: true, snapshot: withCaptions('not_visible', 0) });
    act(() => {
      client.pushSnapshot(withCaptions('ok', 0.4));
      vi.advanceTimersByTime(1000);
    });
    expect($$('.rp-health-line').map((l) => l.textContent)).toEqual([
      'Captions seen for 40\u00a0% of the call',
    ]);
    expect($('.rp-health-line')!.classList.contains('rp-health-line--partial')).toBe(true);
  });
});

describe('names from the page', () => {
  const withNames = (names: Record<string, string>) =>
    snapshot({
      participants: [
        person({ id: 'me', name: 'Sam', isSelf: true }),
        ...Object.entries(names).map(([id, name]) => person({ id, name })),
      ],
    });

  it('right-to-left names render as text in an isolated, direction-detecting name element', () => {
    const names = {
      ar: 'مريم العربية',
      he: 'דנה כהן',
      // Mixed: RTL letters with digits and brackets, the case where bidi reordering shows if not isolated.
      mixed: 'נועה (2) Levi',
    };
    mount({ expanded: true, snapshot: withNames(names) });
    for (const [id, name] of Object.entries(names)) {
      const el = $(`[data-id="${id}"] .rp-name`)!;
      expect(el.textContent, id).toBe(name);
      expect(el.children, id).toHaveLength(0);
      expect(el.getAttribute('dir'), id).toBe('auto');
      expect(el.getAttribute('title'), id).toBe(name);
      // In the label the name sits in a first-strong isolate, so it can't reorder the words around it.
      expect($(`[data-id="${id}"] button`)!.getAttribute('aria-label')).toBe(
        `I acknowledged them: \u2068${name}\u2069`,
      );
    }
    // The row's own labels stay in the UI's direction: only the name detects its own.
    expect($('[data-id="ar"] .rp-row-head')!.hasAttribute('dir')).toBe(false);
    expect($('[data-id="ar"] [data-fig="speaking"]')!.hasAttribute('dir')).toBe(false);
  });

  it('a long name keeps its full text in the title and is truncated by the stylesheet, not by the code', () => {
    const long = `Maximiliane Alexandra von Hohenzollern-Sigmaringen ${'de '.repeat(60)}Bourbon`;
    mount({ expanded: true, snapshot: withNames({ long }) });
    const el = $('[data-id="long"] .rp-name')!;
    expect(el.textContent).toBe(long);
    expect(el.getAttribute('title')).toBe(long);
    // happy-dom has no layout, so the truncation is checked where it is decided: the overlay's stylesheet.
    const css = readFileSync(
      resolve(import.meta.dirname, '../../../../components/overlay/overlay.css'),
      'utf8',
    );
    const rule = /\.rp-name\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/text-overflow:\s*ellipsis/);
    expect(rule).toMatch(/white-space:\s*nowrap/);
    expect(rule).toMatch(/overflow:\s*hidden/);
    // A flex child only shrinks below its content width with min-width: 0.
    expect(rule).toMatch(/min-width:\s*0/);
  });

  it('emoji names (ZWJ sequences, skin tones, flags) come through whole in the name, title and labels', () => {
    const names = {
      zwj: '👩🏽‍💻 Priya',
      flag: 'João 🇧🇷',
      only: '🌊🌊🌊',
      family: '👨‍👩‍👧‍👦 Family room',
    };
    mount({
      expanded: true,
      nudges: { selfMonologue: false, silentParticipant: true },
      snapshot: { ...withNames(names), now: T0 + 40 * MIN, durationMs: 40 * MIN },
    });
    for (const [id, name] of Object.entries(names)) {
      expect(text(`[data-id="${id}"] .rp-name`), id).toBe(name);
      expect($(`[data-id="${id}"] .rp-name`)!.getAttribute('title'), id).toBe(name);
      expect($(`[data-id="${id}"] button`)!.getAttribute('aria-label')).toBe(`I acknowledged them: ${name}`);
    }
    // All four have been silent 30 min (presentMs): the nudge names the first one intact.
    expect(text('.rp-nudge')).toMatch(
      /^(👩🏽‍💻 Priya|João 🇧🇷|🌊🌊🌊|👨‍👩‍👧‍👦 Family room) and 3 others haven’t spoken in 15 minutes/u,
    );
  });
});

describe('focus follows the toggle', () => {
  it('lands on the collapse button even when a figures update renders just before the pill is pressed', async () => {
    // Regression: the 1 Hz figures render left an effect pending; it consumed the focus request before the
    // panel existed, and focus was lost. Real timers: the race is between Preact's scheduled renders.
    vi.useRealTimers();
    const client = mount({});
    client.pushSnapshot(snapshot());
    await Promise.resolve();
    await Promise.resolve();
    $<HTMLButtonElement>('.rp-pill')!.click();
    await new Promise((r) => setTimeout(r, 300));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Collapse the Rapport panel');
  });
});
