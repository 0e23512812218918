/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { findSidePanels, findToolbar } from '@/utils/platforms/meet';
import { parseFixture } from './fixtures';

describe('Meet chrome for the overlay to keep clear of', () => {
  it('finds the call-controls bar through the Leave control, not a tile’s own toolbar', () => {
    const doc = parseFixture('2026-09-current.html');
    const bar = doc.querySelector('[role="toolbar"]:has(button[jsname="CQylAd"])');
    expect(bar).not.toBeNull();
    // A hover toolbar inside a tile comes first in document order.
    const tile = doc.querySelector('[data-participant-id]')!;
    const hover = doc.createElement('div');
    hover.setAttribute('role', 'toolbar');
    tile.prepend(hover);
    expect(doc.querySelector('[role="toolbar"]')).toBe(hover);
    expect(findToolbar(doc)).toBe(bar);
  });
  it('re-finds a re-rendered bar and finds none once the call controls are gone', () => {
    const doc = parseFixture('2026-09-current.html');
    const old = findToolbar(doc)!;
    const copy = old.cloneNode(true) as Element;
    old.replaceWith(copy);
    expect(findToolbar(doc)).toBe(copy);
    copy.remove();
    expect(findToolbar(doc)).toBeNull();
  });
  it('finds the side panel by its landmark, whatever its label’s language, and the chat list once', () => {
    const doc = parseFixture('2026-09-de.html');
    const panels = findSidePanels(doc);
    expect(panels.length).toBeGreaterThan(0);
    expect(panels[0]!.tagName).toBe('ASIDE');
    const chat = doc.querySelector('[jsname="xySENc"]');
    if (chat) expect(panels.filter((p) => p === chat || p.contains(chat))).toHaveLength(1);
  });
  it('finds no panel on a page without one', () => {
    const doc = parseFixture('2024-07-legacy.html');
    for (const el of doc.querySelectorAll('aside, [jsname="xySENc"], .Ge9Kpc')) el.remove();
    expect(findSidePanels(doc)).toEqual([]);
  });
});
