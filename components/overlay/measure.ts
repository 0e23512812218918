/**
 * The DOM side of placement: finds the platform's toolbar and side panels through the finders the content
 * script passes in (fresh on every call — Meet and Zoom re-render those roots, so an element kept from an
 * earlier call may be detached), reads their boxes in this window's viewport and hands them to the pure
 * geometry in position.ts. Only called on drag start and in animation frames (see Overlay.tsx).
 */
import { type Box, type FreeArea, freeArea } from './position';

export interface PageChrome {
  /** The call-controls toolbar. */
  toolbar?: () => Element | null;
  /** Docked side panels that may be open (closed ones may be returned: they measure empty or hidden). */
  sidePanels?: () => readonly Element[];
}

/**
 * An element's box in the top window's viewport. Zoom's controls live in a same-origin `iframe#webclient`,
 * whose own viewport starts at the frame's content box, so each frame on the way up adds its offset.
 */
export function viewportBox(el: Element, top: Window = window): Box {
  const r = el.getBoundingClientRect();
  let left = r.left;
  let y = r.top;
  let win = el.ownerDocument.defaultView;
  while (win && win !== top) {
    let frame: Element | null = null;
    try {
      frame = win.frameElement;
    } catch {
      frame = null; // cross-origin: its offset is unknowable, and its controls are not ours to avoid
    }
    if (!frame) break;
    const f = frame.getBoundingClientRect();
    left += f.left + frame.clientLeft;
    y += f.top + frame.clientTop;
    win = frame.ownerDocument.defaultView;
  }
  return { left, top: y, width: r.width, height: r.height };
}

/** A panel that is laid out but hidden (visibility or display at an ancestor) is not in the way. */
function shown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?(o?: object): boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true }) : true;
}

export function measureFreeArea(chrome: PageChrome, top: Window = window): FreeArea {
  const bar = chrome.toolbar?.() ?? null;
  const panels = (chrome.sidePanels?.() ?? []).filter(shown).map((p) => viewportBox(p, top));
  return freeArea(
    { width: top.innerWidth, height: top.innerHeight },
    bar?.isConnected ? viewportBox(bar, top) : null,
    panels,
  );
}
