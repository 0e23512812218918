// @vitest-environment happy-dom
/** Renderer behaviour the adapters depend on, driven event by event (no real timers). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ZOOM_CAPTION_MAX_CHARS } from '@/tests/sim/page/zoom';
import { setup } from './setup';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Zoom renderer', () => {
  it('marks the most recent starter active, clears it in silence, keeps the main frame', () => {
    const { to } = setup('zoom', [
      { at: 0, type: 'speak', who: 'b', durationMs: 1000 },
      { at: 500, type: 'speak', who: 'c', durationMs: 1000 },
    ]);
    const active = () =>
      [
        ...document.querySelectorAll(
          '.speaker-bar-container__video-frame--active .video-avatar__avatar-footer span',
        ),
      ].map((e) => e.textContent);
    to(0);
    expect(active()).toEqual(['Bartek Wiśniewski']);
    to(500);
    expect(active()).toEqual(['佐藤 美咲']);
    to(1000);
    expect(active()).toEqual(['佐藤 美咲']);
    to(1500);
    expect(active()).toEqual([]);
    expect(
      document.querySelector('.speaker-active-container__video-frame .video-avatar__avatar-footer span')!
        .textContent,
    ).toBe('佐藤 美咲');
  });

  it('rolls the caption window and shows an initial for people without a picture', () => {
    const long = Array.from({ length: 60 }, (_, k) => `word${k}`).join(' ');
    const { to } = setup('zoom', [{ at: 0, type: 'caption', who: 'b', text: long, durationMs: 600 }]);
    to(1000);
    const item = document.querySelector('#live-transcription-subtitle .live-transcription-subtitle__item')!;
    expect(item.textContent!.length).toBeLessThanOrEqual(ZOOM_CAPTION_MAX_CHARS);
    expect(item.textContent!.endsWith('word59')).toBe(true);
    expect(
      document.querySelector('#live-transcription-subtitle .zmu-data-selector-item__icon')!.textContent,
    ).toBe('B');
  });
});
