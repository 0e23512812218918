/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { findSidePanels, findToolbar } from '@/utils/platforms/zoom';
import { parseFixture, SIM_DIR } from './fixtures';

describe('Zoom chrome for the overlay to keep clear of', () => {
  it('finds the footer with the call controls, and a re-rendered one', () => {
    const doc = parseFixture('new-meeting.html', SIM_DIR);
    const footer = doc.querySelector('#wc-footer');
    expect(footer).not.toBeNull();
    expect(findToolbar(doc)).toBe(footer);
    const copy = footer!.cloneNode(true) as Element;
    footer!.replaceWith(copy);
    expect(findToolbar(doc)).toBe(copy);
  });
  it('finds the open right-hand panes and nothing once they are closed', () => {
    const doc = parseFixture('new-meeting.html', SIM_DIR);
    const panels = findSidePanels(doc);
    expect(panels).toContain(doc.querySelector('#wc-container-right'));
    doc.querySelector('#wc-container-right')!.remove();
    expect(findSidePanels(doc)).toEqual([]);
  });
  it('finds nothing while the shell’s frame has no reachable document', () => {
    const doc = parseFixture('pwa-shell.html', SIM_DIR);
    Object.defineProperty(doc.querySelector('iframe#webclient')!, 'contentDocument', { value: null });
    expect(findToolbar(doc)).toBeNull();
    expect(findSidePanels(doc)).toEqual([]);
  });
});
