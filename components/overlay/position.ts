/** Pure geometry for dragging: the overlay stays inside the viewport and above the platform's toolbar. */
import type { OverlayPosition } from './client';

/**
 * When the platform's toolbar cannot be found, keep out of this many px at the bottom: Meet's call controls
 * bar is about 80 px tall and Zoom web's about 60 px (both measured 2025-06), plus a little air.
 */
export const TOOLBAR_BAND_PX = 88;
/** Gap kept between the overlay and every edge, so it never looks glued to the page's chrome. */
export const EDGE_MARGIN_PX = 8;

export interface Size {
  width: number;
  height: number;
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

const clamp = (v: number, min: number, max: number) => (max < min ? min : Math.min(Math.max(v, min), max));

/** Clamp a top-left position so the whole box stays in the viewport and above `bottom`. */
export function clampPosition(
  pos: OverlayPosition,
  size: Size,
  viewport: Size,
  bottom: number,
  margin: number = EDGE_MARGIN_PX,
): OverlayPosition {
  return {
    x: Math.round(clamp(pos.x, margin, viewport.width - size.width - margin)),
    y: Math.round(clamp(pos.y, margin, Math.min(bottom, viewport.height) - size.height - margin)),
  };
}
