/** @vitest-environment happy-dom */

import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createMockOverlayClient } from '@/components/overlay/client';
import { normalCall } from '@/components/overlay/fixtures';
import { isToggleShortcut, mountOverlay, OVERLAY_NAME } from '@/components/overlay/mount';

const flush = () => new Promise((r) => setTimeout(r, 0));
const host = () => document.querySelector(OVERLAY_NAME);
const root = () => host()?.shadowRoot?.querySelector<HTMLElement>('.rp-root') ?? null;

let ctx: ContentScriptContext;
afterEach(() => {
  if (ctx?.isValid) ctx.notifyInvalidated();
  document.body.innerHTML = '';
});

const key = (init: KeyboardEventInit) =>
  new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

describe('isToggleShortcut', () => {
  it('matches Alt+Shift+R by physical key only', () => {
    expect(isToggleShortcut(key({ code: 'KeyR', altKey: true, shiftKey: true }))).toBe(true);
    expect(isToggleShortcut(key({ code: 'KeyR', altKey: true }))).toBe(false);
    expect(isToggleShortcut(key({ code: 'KeyR', altKey: true, shiftKey: true, ctrlKey: true }))).toBe(false);
    expect(isToggleShortcut(key({ code: 'KeyT', altKey: true, shiftKey: true }))).toBe(false);
  });
});

describe('mountOverlay', () => {
  it('mounts in a shadow root, toggles with the shortcut and removes cleanly', async () => {
    ctx = new ContentScriptContext('meet');
    const client = createMockOverlayClient({ snapshot: normalCall() });
    const ui = await mountOverlay(ctx, { platform: 'meet', client });
    await flush();
    expect(host()).not.toBeNull();
    expect(host()!.shadowRoot).not.toBeNull();
    // Isolated: the page's queries do not reach the overlay's DOM.
    expect(document.querySelector('.rp-root')).toBeNull();
    expect(root()!.dataset.platform).toBe('meet');
    expect(root()!.hidden).toBe(false);

    const e = key({ code: 'KeyR', altKey: true, shiftKey: true });
    window.dispatchEvent(e);
    await flush();
    expect(e.defaultPrevented).toBe(true);
    expect(ui.hidden).toBe(true);
    expect(root()!.hidden).toBe(true);
    ui.toggle();
    await flush();
    expect(root()!.hidden).toBe(false);

    expect(client.subscriberCount).toBe(1);
    ui.remove();
    expect(host()).toBeNull();
    expect(client.subscriberCount).toBe(0);
    window.dispatchEvent(key({ code: 'KeyR', altKey: true, shiftKey: true }));
    expect(ui.hidden).toBe(false);
  });

  it('goes away when the content script context is invalidated', async () => {
    ctx = new ContentScriptContext('zoom');
    const client = createMockOverlayClient({ snapshot: normalCall() });
    await mountOverlay(ctx, { platform: 'zoom', client });
    expect(host()).not.toBeNull();
    ctx.notifyInvalidated();
    expect(host()).toBeNull();
    expect(client.subscriberCount).toBe(0);
  });
});
