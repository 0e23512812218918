/** @vitest-environment happy-dom */
import { options, render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createMockOverlayClient,
  type MockOverlayClient,
  type OverlayState,
} from '@/components/overlay/client';
import { nobodySpoke, normalCall, person, snapshot, speakingBroken, T0 } from '@/components/overlay/fixtures';
import { Overlay, type OverlayProps } from '@/components/overlay/Overlay';

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

function mount(initial: Partial<OverlayState>, props: Partial<OverlayProps> = {}): MockOverlayClient {
  const client = createMockOverlayClient(initial);
  act(() => render(<Overlay client={client} platform="meet" {...props} />, container));
  return client;
}

const $ = <T extends Element = HTMLElement>(sel: string) => container.querySelector<T>(sel);
const $$ = (sel: string) => [...container.querySelectorAll<HTMLElement>(sel)];
const text = (sel: string) => $(sel)?.textContent ?? '';
const button = (name: string | RegExp) => {
  const b = $$('button').find((el) =>
    typeof name === 'string'
      ? el.textContent === name || el.getAttribute('aria-label') === name
      : name.test(el.getAttribute('aria-label') ?? el.textContent ?? ''),
  );
  if (!b) throw new Error(`no button ${name}`);
  return b;
};
const click = (el: HTMLElement) => act(() => el.click());

describe('pill', () => {
  it('is collapsed by default and shows your share against the fair share, call time and recording', () => {
    mount({ snapshot: normalCall() });
    expect($('.rp-panel')).toBeNull();
    const pill = $('.rp-pill')!;
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(text('[data-testid="pill-share"]')).toBe('You 34\u00a0% · fair 25\u00a0%');
    expect(text('[data-testid="pill-time"]')).toContain('32:15');
    expect(pill.textContent).toContain('Recording');
    expect($('.rp-dot--even')).not.toBeNull();
  });
  it('says unknown for a null share, not 0', () => {
    mount({ snapshot: speakingBroken() });
    expect(text('[data-testid="pill-share"]')).toBe('You unknown · fair 50\u00a0%');
    expect($('.rp-dot--unknown')).not.toBeNull();
  });
  it('shows paused and not-tracked states', () => {
    const client = mount({ snapshot: normalCall(), paused: true });
    expect(text('.rp-pill')).toContain('Paused');
    expect(text('.rp-pill')).not.toContain('Recording');
    act(() => client.setState({ neverTracked: true }));
    expect(text('.rp-pill')).toContain('Not tracked');
    expect($('[data-testid="pill-share"]')).toBeNull();
  });
  it('shows a waiting pill before the first snapshot', () => {
    mount({});
    expect(text('.rp-pill')).toContain('Rapport');
  });
});

describe('panel', () => {
  it('expands on click, lists present people first with you first and highlighted', () => {
    const client = mount({ snapshot: normalCall() });
    click($('.rp-pill')!);
    expect(client.calls.setExpanded).toEqual([true]);
    expect($('.rp-panel')).not.toBeNull();
    const rows = $$('.rp-row');
    expect(rows.map((r) => r.dataset.id)).toEqual(['me', 'ana', 'bo', 'kai', 'old']);
    expect(rows[0]!.classList.contains('rp-row--self')).toBe(true);
    expect(rows.filter((r) => r.classList.contains('rp-row--self'))).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('(you)');
    expect(rows[4]!.textContent).toContain('left');
    expect(text('.rp-time')).toBe('32:15');
  });
  it('shows speaking time, turns, camera share and acks per person, and markers', () => {
    mount({ snapshot: normalCall(), expanded: true });
    const ana = $('[data-id="ana"]')!;
    expect(ana.querySelector('[data-fig="speaking"]')!.textContent).toBe('spoke 9 min 30 s · 38\u00a0%');
    expect(ana.querySelector('[data-fig="turns"]')!.textContent).toBe('12 turns');
    expect(ana.querySelector('[data-fig="camera"]')!.textContent).toBe('camera 95\u00a0%');
    expect(ana.querySelector('[data-fig="acks"]')!.textContent).toBe('3 acks');
    expect(ana.textContent).toContain('speaking');
    expect($('[data-id="kai"] [data-marker="not_spoken"]')!.textContent).toBe('hasn’t spoken yet');
  });
  it('marks someone quiet for 20 min', () => {
    const now = T0 + 45 * 60_000;
    mount({
      expanded: true,
      snapshot: snapshot({
        now,
        participants: [
          person({
            id: 'q',
            name: 'Q',
            speakingMs: 60_000,
            speakingShare: 1,
            lastSpokeAt: now - 22 * 60_000,
          }),
        ],
      }),
    });
    expect(text('[data-id="q"] [data-marker="quiet"]')).toBe('quiet for 22 min');
  });
  it('renders null figures as unknown with a reason, never 0', () => {
    mount({ snapshot: speakingBroken(), expanded: true });
    const ana = $('[data-id="ana"]')!;
    expect(ana.querySelector('[data-fig="speaking"]')!.textContent).toMatch(/^spoke unknown/);
    expect(ana.querySelector('[data-fig="camera"]')!.textContent).toMatch(/^camera unknown/);
    expect(ana.querySelector('.rp-unknown')!.getAttribute('title')).toMatch(/didn’t see/);
    expect(ana.querySelector('[data-fig="speaking"]')!.textContent).not.toMatch(/\b0\b/);
    expect(ana.querySelector('[data-marker]')).toBeNull();
    expect(text('.rp-bar')).toBe('Speaking shares unknown');
  });
  it('has no health lines when all is well', () => {
    mount({ snapshot: normalCall(), expanded: true });
    expect($('.rp-health')).toBeNull();
  });
  it('shows a health line per broken or hidden signal and the partial coverage', () => {
    mount({ snapshot: speakingBroken(), expanded: true });
    const lines = $$('.rp-health-line').map((l) => l.textContent);
    expect(lines).toEqual([
      'Rapport can’t see who is speaking — speaking figures are unknown until it can.',
      'Captions are off — turn them on to see acknowledgements.',
      'Speaking seen for 62\u00a0% of the call',
    ]);
  });
  it('shows the balance bar with your segment first and the fair-share mark', () => {
    mount({ snapshot: normalCall(), expanded: true });
    const segs = $$('.rp-seg');
    expect(segs).toHaveLength(3);
    expect(segs[0]!.classList.contains('rp-seg--self')).toBe(true);
    expect(segs[0]!.style.width).toBe('34.00%');
    expect($('.rp-fair')!.style.left).toBe('25.00%');
    expect($('.rp-bar')!.getAttribute('aria-label')).toBe(
      'Speaking shares. Your share 34\u00a0%, fair share 25\u00a0%.',
    );
  });
  it('shows the intention only when set', () => {
    mount({ snapshot: normalCall(), expanded: true, intention: 'Invite Kai in early' });
    expect(text('.rp-intention')).toBe('Your intention: Invite Kai in early');
    act(() => render(null, container));
    mount({ snapshot: normalCall(), expanded: true });
    expect($('.rp-intention')).toBeNull();
  });
  it('handles an empty call, one person and 12 people', () => {
    const client = mount({ snapshot: snapshot({ participants: [] }), expanded: true });
    expect($$('.rp-row')).toHaveLength(0);
    act(() => {
      client.setState({
        snapshot: snapshot({ participants: [person({ id: 'me', name: 'Me', isSelf: true })] }),
      });
      vi.advanceTimersByTime(1000);
    });
    expect($$('.rp-row')).toHaveLength(1);
    expect($$('.rp-row button')).toHaveLength(0); // no acknowledging yourself
    const twelve = Array.from({ length: 12 }, (_, i) =>
      person({ id: `p${i}`, name: `P${i}`, isSelf: i === 5 }),
    );
    act(() => {
      client.setState({ snapshot: snapshot({ selfId: 'p5', participants: twelve }) });
      vi.advanceTimersByTime(1000);
    });
    expect($$('.rp-row')).toHaveLength(12);
    expect($$('.rp-row')[0]!.dataset.id).toBe('p5');
  });
  it('collapses with the button and with Escape, moving focus back to the pill', () => {
    const client = mount({ snapshot: normalCall(), expanded: true });
    click(button('Collapse the Rapport panel'));
    expect($('.rp-panel')).toBeNull();
    expect(client.calls.setExpanded).toEqual([false]);
    expect(container.ownerDocument.activeElement).toBe($('.rp-pill'));
    click($('.rp-pill')!);
    expect(container.ownerDocument.activeElement?.getAttribute('aria-label')).toBe(
      'Collapse the Rapport panel',
    );
    act(() => {
      $('.rp-panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect($('.rp-panel')).toBeNull();
  });
});

describe('actions call the client', () => {
  it('acknowledges a participant, pauses, resumes, never-tracks and undoes', () => {
    const client = mount({ snapshot: normalCall(), expanded: true });
    click(button('I acknowledged them: Ana María Ñúñez'));
    expect(client.calls.markAcknowledged).toEqual(['ana']);
    expect(text('[data-id="ana"] button')).toBe('Noted');
    act(() => {
      vi.advanceTimersByTime(2500);
    });
    expect(text('[data-id="ana"] button')).toBe('I acknowledged them');

    click(button('Pause for this call'));
    expect(client.calls.setPaused).toEqual([true]);
    expect(text('.rp-banner')).toMatch(/nothing is recorded until you resume/);
    expect(text('.rp-status')).toBe('Paused');
    click(button('Resume'));
    expect(client.calls.setPaused).toEqual([true, false]);

    click(button('Never track this meeting'));
    expect(client.calls.neverTrack).toBe(1);
    expect($$('.rp-row')).toHaveLength(0);
    expect(() => button('Pause for this call')).toThrow();
    click(button('Undo — track this meeting'));
    expect(client.calls.undoNeverTrack).toBe(1);
    expect($$('.rp-row').length).toBeGreaterThan(0);
  });
  it('offers the hide button only when the mount provides it', () => {
    const onHide = vi.fn();
    mount({ snapshot: normalCall(), expanded: true }, { onHide });
    click(button(/^Hide Rapport/));
    expect(onHide).toHaveBeenCalledTimes(1);
  });
});

describe('hostile page text', () => {
  it('renders names and the intention as literal text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    mount({
      expanded: true,
      intention: '<b>bold</b>',
      snapshot: snapshot({
        participants: [
          person({ id: 'me', name: 'Me', isSelf: true }),
          person({ id: 'x', name: evil }),
          person({ id: 'rtl', name: 'مريم العربية' }),
          person({ id: 'long', name: `🌊${'a'.repeat(180)}` }),
        ],
      }),
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(text('[data-id="x"] .rp-name')).toBe(evil);
    expect(button(`I acknowledged them: ${evil}`)).toBeTruthy();
    expect($('[data-id="rtl"] .rp-name')!.getAttribute('dir')).toBe('auto');
    expect(text('.rp-intention')).toContain('<b>bold</b>');
  });
});

describe('nudges', () => {
  const silentCall = () => {
    const now = T0 + 40 * 60_000;
    return snapshot({
      now,
      participants: [
        person({ id: 'me', name: 'Me', isSelf: true, speakingMs: 60_000, lastSpokeAt: now }),
        person({ id: 'a', name: '<i>Ana</i>', speakingMs: 60_000, lastSpokeAt: now - 16 * 60_000 }),
      ],
    });
  };
  it('shows nothing when nudges are off (the default)', () => {
    mount({ snapshot: silentCall() });
    expect($$('.rp-nudge')).toHaveLength(0);
  });
  it('shows a silent-participant nudge in a polite live region when enabled, even collapsed', () => {
    mount({ snapshot: silentCall(), nudges: { selfMonologue: false, silentParticipant: true } });
    const region = $('[aria-live]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('<i>Ana</i> hasn’t spoken in 15 minutes — maybe invite them in?');
    expect(container.querySelector('i')).toBeNull();
    expect($$('[aria-live]')).toHaveLength(1); // the 1 Hz figures are not live
  });
  it('does not nudge when the condition does not hold or the call is paused', () => {
    // Two minutes in: nobody has been quiet for 15 minutes and you are not speaking.
    const client = mount({
      snapshot: nobodySpoke(),
      nudges: { selfMonologue: true, silentParticipant: true },
    });
    expect($$('.rp-nudge')).toHaveLength(0);
    act(() => client.setState({ snapshot: silentCall(), paused: true }));
    expect($$('.rp-nudge')).toHaveLength(0);
  });
  it('nudges after you have spoken 3 minutes straight, tracked across snapshots', () => {
    const client = mount({ snapshot: null, nudges: { selfMonologue: true, silentParticipant: false } });
    for (let s = 0; s <= 181; s += 1) {
      act(() => {
        client.pushSnapshot(snapshot({ now: T0 + s * 1000, currentSpeakerIds: ['me'] }));
        vi.advanceTimersByTime(1000);
      });
      if (s === 170) expect($$('.rp-nudge')).toHaveLength(0);
    }
    expect(text('[data-nudge="self_monologue"]')).toMatch(/speaking for 3 minutes straight/);
  });
});

describe('throttle', () => {
  it('renders the figures at most twice for many snapshots within a second', () => {
    let renders = 0;
    const prev = options.diffed;
    options.diffed = (vnode: VNode) => {
      if (vnode.type === Overlay) renders += 1;
      prev?.(vnode);
    };
    try {
      const client = mount({ snapshot: snapshot({ durationMs: 1000 }) });
      renders = 0;
      act(() => {
        for (let i = 2; i <= 60; i += 1) {
          client.pushSnapshot(snapshot({ durationMs: i * 1000 }));
          vi.advanceTimersByTime(10);
        }
      });
      expect(text('[data-testid="pill-time"]')).toContain('0:01');
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(text('[data-testid="pill-time"]')).toContain('1:00');
      expect(renders).toBeLessThanOrEqual(2);
      expect(renders).toBeGreaterThanOrEqual(1);
    } finally {
      options.diffed = prev;
    }
  });
  it('renders nothing while hidden, and the latest figures once shown again', () => {
    let renders = 0;
    const prev = options.diffed;
    options.diffed = (vnode: VNode) => {
      if (vnode.type === Overlay) renders += 1;
      prev?.(vnode);
    };
    try {
      const client = createMockOverlayClient({ snapshot: snapshot({ durationMs: 1000 }) });
      const show = (hidden: boolean) =>
        act(() => render(<Overlay client={client} platform="meet" hidden={hidden} />, container));
      show(true);
      renders = 0;
      act(() => {
        for (let i = 2; i <= 30; i += 1) {
          client.pushSnapshot(snapshot({ durationMs: i * 1000 }));
          vi.advanceTimersByTime(1000);
        }
      });
      expect(renders).toBe(0);
      show(false);
      act(() => {
        vi.advanceTimersByTime(0);
      });
      expect(text('[data-testid="pill-time"]')).toContain('0:30');
    } finally {
      options.diffed = prev;
    }
  });
  it('unsubscribes from the client on unmount', () => {
    const client = mount({ snapshot: normalCall() });
    expect(client.subscriberCount).toBe(1);
    act(() => render(null, container));
    expect(client.subscriberCount).toBe(0);
  });
});

describe('drag', () => {
  const pointer = (type: string, x: number, y: number) =>
    new PointerEvent(type, { clientX: x, clientY: y, button: 0, bubbles: true, pointerId: 1 });

  it('clamps to the viewport and above the toolbar, and saves the dropped position', () => {
    const measureArea = () => ({
      width: window.innerWidth,
      height: window.innerHeight,
      right: 900,
      bottom: 500,
    });
    const client = mount({ snapshot: normalCall() }, { measureArea });
    const pill = $('.rp-pill')!;
    act(() => {
      pill.dispatchEvent(pointer('pointerdown', 10, 10));
      pill.dispatchEvent(pointer('pointermove', 5000, 5000));
      pill.dispatchEvent(pointer('pointerup', 5000, 5000));
    });
    const root = $('.rp-root')!;
    // happy-dom lays nothing out: the box measures 0×0, so the clamp is panel edge − margin and toolbar − margin.
    const expected = { x: 900 - 8, y: 500 - 8 };
    expect(client.calls.savePosition).toEqual([expected]);
    expect(root.style.left).toBe(`${expected.x}px`);
    expect(root.style.top).toBe(`${expected.y}px`);
    // The press that ended a drag does not also toggle the panel.
    click(pill);
    expect($('.rp-panel')).toBeNull();
  });
  it('treats a press without movement as a click', () => {
    const client = mount({ snapshot: normalCall() });
    const pill = $('.rp-pill')!;
    act(() => {
      pill.dispatchEvent(pointer('pointerdown', 10, 10));
      pill.dispatchEvent(pointer('pointermove', 11, 11));
      pill.dispatchEvent(pointer('pointerup', 11, 11));
    });
    click(pill);
    expect(client.calls.savePosition).toEqual([]);
    expect($('.rp-panel')).not.toBeNull();
  });
  it('starts from the remembered position and re-clamps it into a smaller viewport', () => {
    mount({ snapshot: normalCall(), position: { x: 99_999, y: 99_999 } });
    const root = $('.rp-root')!;
    expect(root.style.left).toBe(`${window.innerWidth - 8}px`);
    expect(root.style.top).toBe(`${window.innerHeight - 88 - 8}px`);
  });
});

describe('placement around the page’s toolbar and side panels', () => {
  const areaWith = (right: number, bottom = window.innerHeight - 88) => ({
    width: window.innerWidth,
    height: window.innerHeight,
    right,
    bottom,
  });
  /** Lets the animation frame that measures run (happy-dom's rAF is a timer under fake timers). */
  const frame = () =>
    act(() => {
      vi.advanceTimersByTime(20);
    });

  it('sits left of an open side panel before it was ever dragged', () => {
    mount({ snapshot: normalCall() }, { measureArea: () => areaWith(700) });
    frame();
    const root = $('.rp-root')!;
    expect(root.style.right).toBe(`${window.innerWidth - 700 + 16}px`);
    expect(root.style.left).toBe('');
  });

  it('keeps the remembered position as the wish: clamped while a panel is open, back once it closes', () => {
    let right = 700;
    mount({ snapshot: normalCall(), position: { x: 900, y: 100 } }, { measureArea: () => areaWith(right) });
    frame();
    const root = $('.rp-root')!;
    expect(root.style.left).toBe(`${700 - 8}px`);
    right = window.innerWidth; // the panel closes; the next page input re-measures
    act(() => {
      window.dispatchEvent(new Event('pointerup'));
    });
    frame();
    expect(root.style.left).toBe('900px');
  });

  it('measures on mount, expand and page input, not on every figures tick', () => {
    const measureArea = vi.fn(() => areaWith(window.innerWidth));
    const client = mount({ snapshot: normalCall() }, { measureArea });
    frame();
    const afterMount = measureArea.mock.calls.length;
    expect(afterMount).toBe(1);
    for (let s = 1; s <= 30; s++) {
      act(() => {
        client.pushSnapshot(snapshot({ now: T0 + s * 1000 }));
        vi.advanceTimersByTime(1000);
      });
    }
    // 30 s of 1 Hz figures: only the 2 s safety check measured (15 times), never once per snapshot.
    expect(measureArea.mock.calls.length - afterMount).toBeLessThanOrEqual(15);
    const beforeExpand = measureArea.mock.calls.length;
    click($('.rp-pill')!);
    frame();
    expect(measureArea.mock.calls.length).toBe(beforeExpand + 1);
  });
});

describe('placement measures', () => {
  it('re-measures after a click or a shortcut on the page, not after each key typed into a text field', () => {
    const measureArea = vi.fn(() => ({
      width: window.innerWidth,
      height: window.innerHeight,
      right: window.innerWidth,
      bottom: window.innerHeight - 88,
    }));
    mount({ snapshot: normalCall() }, { measureArea });
    act(() => {
      vi.advanceTimersByTime(20);
    });
    const base = measureArea.mock.calls.length;
    const field = document.createElement('textarea');
    document.body.append(field);
    act(() => {
      for (let i = 0; i < 20; i++)
        field.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', bubbles: true }));
      vi.advanceTimersByTime(500);
    });
    expect(measureArea.mock.calls.length).toBe(base);
    act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'c', bubbles: true }));
      vi.advanceTimersByTime(20);
    });
    // The frame after the input, then once more when a panel's slide-in is over.
    expect(measureArea.mock.calls.length).toBe(base + 1);
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(measureArea.mock.calls.length).toBe(base + 2);
    field.remove();
  });
});
