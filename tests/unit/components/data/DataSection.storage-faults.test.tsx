/** @vitest-environment happy-dom */
/**
 * What the user is told about storage faults (issue 24, points 5 and 8), in the words of the en messages:
 * the overlay while a call cannot be saved, and the options page's Data section when storage is full or
 * damaged records were set aside.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '@/components/data/DataSection';
import { createMockRapportClient } from '@/components/options/client';
import { createMockOverlayClient, type OverlayState } from '@/components/overlay/client';
import { normalCall } from '@/components/overlay/fixtures';
import { Overlay } from '@/components/overlay/Overlay';
import type { StorageUsage } from '@/utils/store';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.useRealTimers();
});

const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => await new Promise((r) => setTimeout(r, 0)));
};

function overlay(initial: Partial<OverlayState>) {
  const client = createMockOverlayClient({ snapshot: normalCall(), expanded: true, ...initial });
  act(() => render(<Overlay client={client} platform="meet" />, container));
  return client;
}

async function data(usage: StorageUsage) {
  act(() =>
    render(<DataSection client={createMockRapportClient({ usage })} download={vi.fn()} />, container),
  );
  await flush();
}

const usage = (extra: Partial<StorageUsage>): StorageUsage => ({
  usedBytes: 4096,
  quotaBytes: null,
  meetings: 2,
  approximate: true,
  ...extra,
});

describe('storage faults, as the user sees them', () => {
  it('overlay: storage full says "Not saved" and that recording goes on in memory', () => {
    overlay({ storage: 'full' });
    expect(container.querySelector('.rp-status')?.textContent).toBe('Not saved');
    const banner = container.querySelector('[data-testid="storage-banner"]');
    expect(banner?.getAttribute('role')).toBe('status');
    expect(banner?.textContent).toMatch(
      /^Storage is full: this call is still being recorded, but only in memory/,
    );
  });

  it('overlay: nothing about storage while writes work', () => {
    overlay({ storage: null });
    expect(container.querySelector('[data-testid="storage-banner"]')).toBeNull();
    expect(container.querySelector('.rp-status')?.textContent).toBe('Recording');
  });

  it('options Data: storage full is an alert; set-aside records are counted (one / several)', async () => {
    await data(usage({ writeTrouble: 'full', damaged: 1 }));
    expect(container.querySelector('[data-testid="storage-trouble"]')?.textContent).toMatch(
      /^Storage is full: Rapport cannot save\./,
    );
    expect(container.querySelector('[data-testid="storage-damaged"]')?.textContent).toMatch(
      /^1 damaged record was set aside/,
    );
    act(() => render(null, container));
    await data(usage({ writeTrouble: 'failing', damaged: 3 }));
    expect(container.querySelector('[data-testid="storage-trouble"]')?.textContent).toMatch(
      /^Rapport cannot save right now\./,
    );
    expect(container.querySelector('[data-testid="storage-damaged"]')?.textContent).toMatch(
      /^3 damaged records were set aside/,
    );
  });

  it('options Data: nothing when all is well', async () => {
    await data(usage({ damaged: 0 }));
    expect(container.querySelector('[data-testid="storage-trouble"]')).toBeNull();
    expect(container.querySelector('[data-testid="storage-damaged"]')).toBeNull();
  });
});
