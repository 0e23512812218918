/** @vitest-environment happy-dom */
/**
 * The overlay's quiet targets progress (TargetsProgress.tsx, issue 22): what it shows during the call, that
 * it is plain text outside any live region (no announcements, no sound, no motion), and axe.
 */
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockOverlayClient, type OverlayState } from '@/components/overlay/client';
import { normalCall, T0 } from '@/components/overlay/fixtures';
import { Overlay } from '@/components/overlay/Overlay';
import { TargetsProgress } from '@/components/overlay/TargetsProgress';
import type { SeriesSettings } from '@/utils/store/series';

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

const series = (o: Partial<SeriesSettings> = {}): SeriesSettings => ({
  role: 'participant',
  presenters: [],
  targets: { maxSharePct: 30, inviteQuiet: true, ackByName: true },
  ...o,
});
const lines = () =>
  [...container.querySelectorAll('[data-testid="rp-targets"] li')].map((li) => li.textContent);

function mountOverlay(state: Partial<OverlayState>) {
  const client = createMockOverlayClient({ snapshot: normalCall(), expanded: true, ...state });
  act(() => render(<Overlay client={client} platform="meet" />, container));
  return client;
}

describe('TargetsProgress in the overlay', () => {
  it('shows each target so far in the expanded panel', () => {
    mountOverlay({ series: series() });
    // normalCall: my share 34 % against at most 30 %; no invitation and no acknowledgement yet.
    expect(lines()).toEqual([
      'At most 30%: 34% so far',
      'Invite a quiet person: not yet',
      'Acknowledge someone by name: not yet',
    ]);
  });

  it('turns a target to done once the figures show it, still as plain text', () => {
    const snap = normalCall();
    snap.acks = [{ t: T0 + 1000, fromId: 'me', toId: 'kai', kind: 'invitation', source: 'caption' }];
    act(() => render(<TargetsProgress snapshot={snap} series={series()} />, container));
    expect(lines()).toEqual([
      'At most 30%: 34% so far',
      'Invited a quiet person: done',
      'Acknowledged someone by name: done',
    ]);
  });

  it('is quiet: no live region, no alert, no animation class, outside the nudges region', () => {
    mountOverlay({ series: series() });
    const el = container.querySelector('[data-testid="rp-targets"]')!;
    expect(el.closest('[aria-live],[role="alert"],[role="status"]')).toBeNull();
    expect(el.querySelector('[aria-live],[role="alert"],[role="status"]')).toBeNull();
    expect(el.outerHTML).not.toMatch(/blink|flash|pulse|anim/i);
  });

  it('says which expectation the fair share uses for a host, and nothing without series settings', () => {
    mountOverlay({
      series: series({ role: 'host', targets: { maxSharePct: null, inviteQuiet: false, ackByName: false } }),
    });
    // Four counted people (fair share 25 %), host weight 1.5: 1.5 / 4.5 = 33 %.
    expect(container.querySelector('.rp-targets-expected')?.textContent).toBe('Expected as host: 33%');
    expect(lines()).toEqual([]);
    act(() => render(null, container));
    mountOverlay({});
    expect(container.querySelector('[data-testid="rp-targets"]')).toBeNull();
  });

  it('has no serious or critical axe violation', async () => {
    mountOverlay({ series: series({ role: 'presenter' }) });
    vi.useRealTimers();
    const res = await axe.run(container, {
      resultTypes: ['violations'],
      rules: { 'color-contrast': { enabled: false } },
    });
    const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => v.id)).toEqual([]);
  });
});
