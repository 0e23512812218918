/**
 * Puts the overlay on the meeting page in a closed shadow root (styles isolated both ways, and its text
 * unreadable by the page's scripts). Its CSS goes into the shadow root as text (`css`), so the calling
 * script needs no `cssInjectionMode: 'ui'` stylesheet.
 */

import { h, render } from 'preact';
import { type ContentScriptContext, createShadowRootUi } from '#imports';
import type { MountOverlayOptions, OverlayHandle } from '@/utils/content/overlay-client';

export type { MountOverlayOptions, OverlayHandle };

import { measureFreeArea } from './measure';
import { Overlay } from './Overlay';
// Inlined: the call runtime is an injected script with no stylesheet of its own, and a stylesheet file
// would have to be web-accessible (a URL pages could probe) for the shadow root to load it.
import overlayCss from './overlay.css?inline';

export const OVERLAY_NAME = 'rapport-overlay';
/** Above the platforms' own popovers (Meet uses z-indexes in the thousands), below nothing we know of. */
const Z_INDEX = 2147483000;

/**
 * Alt+Shift+R (R for Rapport): unused by Meet and Zoom web (their shortcuts are Ctrl/⌘ + D/E and Alt + A/V),
 * by Chrome and by Firefox. `code` rather than `key`, because Alt+Shift turns `key` into another character on macOS.
 */
export function isToggleShortcut(
  e: Pick<KeyboardEvent, 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>,
) {
  return e.code === 'KeyR' && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey;
}

export async function mountOverlay(
  ctx: ContentScriptContext,
  opts: MountOverlayOptions,
): Promise<OverlayHandle> {
  let hidden = false;
  let focusToken = 0;
  let container: HTMLElement | null = null;

  const measureArea = () => measureFreeArea({ toolbar: opts.toolbarSelector, sidePanels: opts.sidePanels });
  const draw = () => {
    if (!container) return;
    render(
      h(Overlay, {
        client: opts.client,
        platform: opts.platform,
        hidden,
        focusToken,
        measureArea,
        onHide: () => setHidden(true),
      }),
      container,
    );
  };
  const setHidden = (b: boolean, focus = false) => {
    hidden = b;
    if (!b && focus) focusToken += 1;
    draw();
  };

  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_NAME,
    // Closed: the meeting page's own scripts share this DOM, and an open root would hand them every name
    // and figure the overlay shows (`host.shadowRoot.textContent`). The content script runs in its own
    // world (Chrome's isolated world, Firefox's Xray view), so a page that wraps `attachShadow` or DOM
    // methods before we run never sees this root either — tests/e2e/privacy.spec.ts checks both.
    mode: 'closed',
    css: overlayCss,
    position: 'overlay',
    anchor: 'body',
    append: 'last',
    zIndex: Z_INDEX,
    onMount(uiContainer) {
      container = uiContainer;
      draw();
      return uiContainer;
    },
    onRemove(mounted) {
      if (mounted) render(null, mounted);
      container = null;
    },
  });
  ui.mount();

  const onKeyDown = (e: KeyboardEvent) => {
    if (!isToggleShortcut(e)) return;
    e.preventDefault();
    e.stopPropagation();
    setHidden(!hidden, true);
  };
  ctx.addEventListener(window, 'keydown', onKeyDown, { capture: true });

  let removed = false;
  return {
    remove() {
      if (removed) return;
      removed = true;
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      ui.remove();
    },
    toggle: () => setHidden(!hidden, true),
    setHidden: (b) => setHidden(b, !b),
    get hidden() {
      return hidden;
    },
  };
}
