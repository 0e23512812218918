/** @vitest-environment happy-dom */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createMockOverlayClient } from '@/components/overlay/client';
import { normalCall } from '@/components/overlay/fixtures';
import { isToggleShortcut, mountOverlay, OVERLAY_NAME } from '@/components/overlay/mount';

const flush = () => new Promise((r) => setTimeout(r, 0));
const host = () => document.querySelector(OVERLAY_NAME);
// The overlay's root is closed, so `host.shadowRoot` is null; the test keeps the roots it attaches (in
// happy-dom the test and the overlay share one world, unlike a page and a content script).
const realAttachShadow = Element.prototype.attachShadow;
let attached: { host: string; mode: ShadowRootMode; root: ShadowRoot }[] = [];
const root = () => attached.at(-1)?.root.querySelector<HTMLElement>('.rp-root') ?? null;

let ctx: ContentScriptContext;
beforeEach(() => {
  attached = [];
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const r = realAttachShadow.call(this, init);
    attached.push({ host: this.localName, mode: init.mode, root: r });
    return r;
  };
});
afterEach(() => {
  Element.prototype.attachShadow = realAttachShadow;
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
    // Closed: the meeting page's scripts cannot read it through the host (tests/e2e/privacy.spec.ts).
    expect(attached.map((a) => [a.host, a.mode])).toEqual([[OVERLAY_NAME, 'closed']]);
    expect(host()!.shadowRoot).toBeNull();
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
