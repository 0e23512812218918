// @vitest-environment happy-dom
/** Renderer behaviour the adapters depend on, driven event by event (no real timers). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MEET_MAX_CAPTION_ENTRIES, MEET_MAX_CHAT_MESSAGES } from '@/tests/sim/page/meet';
import type { ScenarioInput } from '@/tests/sim/scenario';
import { setup } from './setup';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Meet renderer', () => {
  it('replaces the captions region node on a CC toggle and rewrites entries in place', () => {
    const { to } = setup('meet', [
      {
        at: 0,
        type: 'caption',
        who: 'b',
        text: 'thanks pria',
        durationMs: 200,
        correction: 'thanks Priya',
        correctAfterMs: 0,
      },
      { at: 1000, type: 'captions', on: false },
      { at: 2000, type: 'captions', on: true },
      { at: 2100, type: 'caption', who: 'c', text: 'hello', durationMs: 10 },
    ]);
    to(0);
    const region1 = document.querySelector('[role="region"][aria-label="Captions"]')!;
    const textNode = region1.querySelector('.ygicle')!.firstChild!;
    expect(textNode.textContent).toBe('thanks');
    to(150);
    expect(region1.querySelector('.ygicle')!.firstChild).toBe(textNode); // same node, new data
    expect(textNode.textContent).toBe('thanks pria');
    to(200);
    expect(textNode.textContent).toBe('thanks Priya');
    to(1000);
    expect(document.querySelector('[role="region"][aria-label="Captions"]')).toBeNull();
    expect(document.querySelector('button[jsname="RrG0hf"] i')!.textContent).toBe('closed_caption_off');
    to(2100);
    const region2 = document.querySelector('[role="region"][aria-label="Captions"]')!;
    expect(region2).not.toBe(region1);
    expect(region1.isConnected).toBe(false);
    expect(region2.querySelector('.NWpY1d')!.textContent).toBe('佐藤 美咲');
  });

  it('keeps at most the recent caption entries and chat messages', () => {
    const steps: ScenarioInput['steps'] = [];
    for (let k = 0; k < 20; k++)
      steps.push({ at: k * 100, type: 'caption', who: k % 2 ? 'b' : 'c', text: `line ${k}`, durationMs: 10 });
    for (let k = 0; k < 130; k++)
      steps.push({ at: 3000 + k, type: 'chat', who: k % 3 ? 'b' : 'me', text: `msg ${k}` });
    const { to } = setup('meet', steps);
    to(10_000);
    expect(document.querySelectorAll('.nMcdL')).toHaveLength(MEET_MAX_CAPTION_ENTRIES);
    expect(document.querySelectorAll('.RLrADb[data-message-id]')).toHaveLength(MEET_MAX_CHAT_MESSAGES);
    expect(document.querySelector('.RLrADb [jsname="dTKtvb"] > div')!.textContent).toBe('msg 30');
    // Own messages carry no sender name.
    const own = [...document.querySelectorAll('.Ss4fHf')].filter((g) => !g.querySelector('.poVWob'));
    expect(own.length).toBeGreaterThan(0);
  });

  it('hides the muted widget, shows mic_off, and auto-hides the toolbar without removing it', () => {
    const { to } = setup(
      'meet',
      [
        { at: 0, type: 'speak', who: 'b', on: true },
        { at: 500, type: 'mute', who: 'b', muted: true },
      ],
      { autoHideToolbar: true },
    );
    to(0);
    const w = document.querySelector('.sim-tile[data-participant-id$="/b"] [jsname="QgSmzd"]') as HTMLElement;
    expect(w.classList.contains('gjg47c')).toBe(false);
    to(500);
    expect(w.style.display).toBe('none');
    expect(w.classList.contains('gjg47c')).toBe(true);
    expect(document.querySelector('.sim-tile[data-participant-id$="/b"]')!.textContent).toContain('mic_off');
    vi.advanceTimersByTime(3000);
    const bar = document.querySelector('[role="toolbar"]') as HTMLElement;
    expect(bar.style.visibility).toBe('hidden');
    expect(bar.querySelector('button[jsname="CQylAd"]')).not.toBeNull();
  });
});
