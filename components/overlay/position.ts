/**
 * Pure geometry for placing and dragging the overlay: it stays inside the viewport, above the platform's
 * call-controls toolbar and left of a docked side panel (Meet's People/chat panel, Zoom's participants/chat
 * pane). The free area is one rectangle — the viewport cut at the toolbar's top and the panels' left edge —
 * so a box inside it can intersect neither, wherever it is dragged.
 */
import type { OverlayPosition } from './client';

/**
 * When the platform's toolbar cannot be found, keep out of this many px at the bottom: Meet's call controls
 * bar is about 80 px tall and Zoom web's about 60 px (both measured 2025-06), plus a little air.
 */
export const TOOLBAR_BAND_PX = 88;
/** Gap kept between the overlay and every edge, so it never looks glued to the page's chrome. */
export const EDGE_MARGIN_PX = 8;
/** Where the overlay sits before it was ever dragged: this far from the top and right of the free area. */
export const DEFAULT_INSET_PX = 16;
/**
 * A side panel that would leave less room than this on its left is ignored: the expanded panel is 320 px
 * wide plus margins, and squeezing it into a sliver would hide it rather than the page's panel.
 */
export const MIN_FREE_WIDTH_PX = 360;

export interface Size {
  width: number;
  height: number;
}

/** A box in viewport coordinates (the shape of a DOMRect). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The viewport and the part of it the overlay may use: x in [0, right), y in [0, bottom). */
export interface FreeArea {
  width: number;
  height: number;
  right: number;
  bottom: number;
}

/**
 * The lowest y the overlay may reach. A toolbar only counts when it sits in the lower half of the
 * viewport and is visible; a toolbar that moved to the top (or was replaced by something else matching
 * the selector) must not squeeze the overlay into nothing.
 */
export function bottomLimit(
  viewportHeight: number,
  toolbarRect: { top: number; height: number } | null,
): number {
  if (
    toolbarRect &&
    toolbarRect.height > 0 &&
    toolbarRect.top > viewportHeight / 2 &&
    toolbarRect.top <= viewportHeight
  ) {
    return toolbarRect.top;
  }
  return viewportHeight - TOOLBAR_BAND_PX;
}

/**
 * The rightmost x the overlay may reach: the left edge of the leftmost docked side panel. A panel counts
 * when it is laid out (non-empty), starts in the right half of the viewport and reaches above `bottom`;
 * anything else (a closed panel of size 0, a dialog in the middle, a pane below the toolbar line) does not.
 */
export function rightLimit(viewportWidth: number, bottom: number, panels: readonly Box[]): number {
  let right = viewportWidth;
  for (const p of panels) {
    if (!(p.width > 0 && p.height > 0)) continue;
    if (p.left < viewportWidth / 2 || p.left >= viewportWidth) continue;
    if (p.top >= bottom) continue;
    right = Math.min(right, p.left);
  }
  return right < MIN_FREE_WIDTH_PX ? viewportWidth : right;
}

export function freeArea(viewport: Size, toolbar: Box | null, panels: readonly Box[]): FreeArea {
  const bottom = Math.min(bottomLimit(viewport.height, toolbar), viewport.height);
  return { ...viewport, right: rightLimit(viewport.width, bottom, panels), bottom };
}

export const sameArea = (a: FreeArea, b: FreeArea) =>
  a.width === b.width && a.height === b.height && a.right === b.right && a.bottom === b.bottom;

const clamp = (v: number, min: number, max: number) => (max < min ? min : Math.min(Math.max(v, min), max));

/** Clamp a top-left position so the whole box stays inside the free area, `margin` px from its edges. */
export function clampPosition(
  pos: OverlayPosition,
  size: Size,
  area: FreeArea,
  margin: number = EDGE_MARGIN_PX,
): OverlayPosition {
  return {
    x: Math.round(clamp(pos.x, margin, Math.min(area.right, area.width) - size.width - margin)),
    y: Math.round(clamp(pos.y, margin, Math.min(area.bottom, area.height) - size.height - margin)),
  };
}

/**
 * Where a never-dragged overlay sits: `right`/`top` offsets (CSS) that keep it DEFAULT_INSET_PX from the
 * free area's top-right corner, moved up if it is so tall it would reach the toolbar. Offsets rather than
 * a left edge, so a pill whose text grows by a digit keeps its right edge still without being measured.
 */
export function defaultOffsets(size: Size, area: FreeArea): { right: number; top: number } {
  const top = clamp(DEFAULT_INSET_PX, EDGE_MARGIN_PX, area.bottom - size.height - EDGE_MARGIN_PX);
  return { right: Math.max(DEFAULT_INSET_PX, area.width - area.right + DEFAULT_INSET_PX), top };
}
