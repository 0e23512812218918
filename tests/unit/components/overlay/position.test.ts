import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Box,
  bottomLimit,
  clampPosition,
  DEFAULT_INSET_PX,
  defaultOffsets,
  EDGE_MARGIN_PX,
  freeArea,
  MIN_FREE_WIDTH_PX,
  rightLimit,
  TOOLBAR_BAND_PX,
} from '@/components/overlay/position';

const viewport = { width: 1280, height: 800 };
const size = { width: 200, height: 40 };
const area = (bottom: number, right = 1280) => ({ ...viewport, right, bottom });

describe('bottomLimit', () => {
  it('keeps out of the bottom 88 px when there is no toolbar', () => {
    expect(bottomLimit(800, null)).toBe(800 - TOOLBAR_BAND_PX);
  });
  it('uses the toolbar top when it sits in the lower half and is visible', () => {
    expect(bottomLimit(800, { top: 700, height: 80 })).toBe(700);
  });
  it('ignores a hidden toolbar or one at the top of the page', () => {
    expect(bottomLimit(800, { top: 700, height: 0 })).toBe(712);
    expect(bottomLimit(800, { top: 0, height: 64 })).toBe(712);
  });
});

describe('rightLimit', () => {
  const panel = (left: number, top = 0, width = 300, height = 600): Box => ({ left, top, width, height });
  it('is the viewport edge without panels', () => {
    expect(rightLimit(1280, 712, [])).toBe(1280);
  });
  it('is the left edge of the leftmost docked panel', () => {
    expect(rightLimit(1280, 712, [panel(980), panel(1000, 400, 280, 300)])).toBe(980);
  });
  it('ignores a closed (empty) panel, one in the left half, one off screen and one below the toolbar line', () => {
    expect(rightLimit(1280, 712, [panel(980, 0, 0, 0)])).toBe(1280);
    expect(rightLimit(1280, 712, [panel(500)])).toBe(1280);
    expect(rightLimit(1280, 712, [panel(1280)])).toBe(1280);
    expect(rightLimit(1280, 712, [panel(980, 720, 300, 80)])).toBe(1280);
  });
  it('ignores a panel that would leave less room than the expanded overlay needs', () => {
    expect(rightLimit(700, 500, [panel(MIN_FREE_WIDTH_PX - 1, 0, 340, 500)])).toBe(700);
    expect(rightLimit(720, 500, [panel(MIN_FREE_WIDTH_PX, 0, 360, 500)])).toBe(MIN_FREE_WIDTH_PX);
  });
});

describe('freeArea', () => {
  it('cuts the viewport at the toolbar top and the panel edge', () => {
    const toolbar = { left: 0, top: 664, width: 980, height: 56 };
    expect(
      freeArea({ width: 1280, height: 720 }, toolbar, [{ left: 980, top: 0, width: 300, height: 396 }]),
    ).toEqual({ width: 1280, height: 720, right: 980, bottom: 664 });
  });
});

describe('clampPosition', () => {
  it('leaves a position inside the allowed area alone', () => {
    expect(clampPosition({ x: 100, y: 100 }, size, area(712))).toEqual({ x: 100, y: 100 });
  });
  it('clamps to the viewport edges with a margin', () => {
    expect(clampPosition({ x: -50, y: -50 }, size, area(712))).toEqual({
      x: EDGE_MARGIN_PX,
      y: EDGE_MARGIN_PX,
    });
    expect(clampPosition({ x: 5000, y: 10 }, size, area(712)).x).toBe(1280 - 200 - EDGE_MARGIN_PX);
  });
  it('never lets the box reach into the toolbar band', () => {
    const p = clampPosition({ x: 100, y: 790 }, size, area(700));
    expect(p.y + size.height).toBeLessThanOrEqual(700 - EDGE_MARGIN_PX);
    expect(p.y).toBe(700 - 40 - EDGE_MARGIN_PX);
  });
  it('never lets the box reach into a side panel', () => {
    const p = clampPosition({ x: 1200, y: 100 }, size, area(712, 980));
    expect(p.x).toBe(980 - 200 - EDGE_MARGIN_PX);
  });
  it('pins to the top-left margin when the box is larger than the room', () => {
    expect(clampPosition({ x: 300, y: 300 }, { width: 2000, height: 2000 }, area(712))).toEqual({
      x: EDGE_MARGIN_PX,
      y: EDGE_MARGIN_PX,
    });
  });

  it('for any toolbar, panels, box and drop point, a box that fits is clear of the toolbar and every counted panel', () => {
    const n = (lo: number, hi: number) => fc.integer({ min: lo, max: hi });
    fc.assert(
      fc.property(
        fc.record({ width: n(360, 2560), height: n(300, 1440) }),
        fc.record({ top: n(-100, 1500), height: n(0, 200) }),
        fc.array(
          fc.record({ left: n(-100, 2600), top: n(-100, 1500), width: n(0, 600), height: n(0, 1500) }),
          {
            maxLength: 3,
          },
        ),
        fc.record({ width: n(40, 340), height: n(30, 700) }),
        fc.record({ x: n(-5000, 5000), y: n(-5000, 5000) }),
        (vp, bar, panels, box, drop) => {
          const toolbar = { left: 0, width: vp.width, ...bar };
          const a = freeArea(vp, toolbar, panels);
          const fits =
            box.width + 2 * EDGE_MARGIN_PX <= a.right && box.height + 2 * EDGE_MARGIN_PX <= a.bottom;
          const p = clampPosition(drop, box, a);
          // Inside the viewport, always.
          expect(p.x).toBeGreaterThanOrEqual(EDGE_MARGIN_PX);
          expect(p.y).toBeGreaterThanOrEqual(EDGE_MARGIN_PX);
          if (!fits) return;
          expect(p.x + box.width).toBeLessThanOrEqual(vp.width - EDGE_MARGIN_PX);
          expect(p.y + box.height).toBeLessThanOrEqual(vp.height);
          // A counted toolbar: the box ends above its top.
          if (bottomLimit(vp.height, toolbar) === toolbar.top)
            expect(p.y + box.height).toBeLessThan(toolbar.top);
          // Every panel that shaped the area: the box ends left of it.
          for (const q of panels) if (q.left === a.right) expect(p.x + box.width).toBeLessThan(q.left);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('defaultOffsets', () => {
  it('sits 16 px from the top-right corner of the viewport without panels', () => {
    expect(defaultOffsets(size, area(712))).toEqual({ right: DEFAULT_INSET_PX, top: DEFAULT_INSET_PX });
  });
  it('moves left of an open side panel', () => {
    expect(defaultOffsets(size, area(712, 980)).right).toBe(300 + DEFAULT_INSET_PX);
  });
  it('moves up when the box would otherwise reach the toolbar', () => {
    expect(defaultOffsets({ width: 320, height: 680 }, area(700)).top).toBe(700 - 680 - EDGE_MARGIN_PX);
    expect(defaultOffsets({ width: 320, height: 2000 }, area(700)).top).toBe(EDGE_MARGIN_PX);
  });
});
