import { describe, expect, it } from 'vitest';
import { bottomLimit, clampPosition, EDGE_MARGIN_PX, TOOLBAR_BAND_PX } from '@/components/overlay/position';

const viewport = { width: 1280, height: 800 };
const size = { width: 200, height: 40 };

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

describe('clampPosition', () => {
  it('leaves a position inside the allowed area alone', () => {
    expect(clampPosition({ x: 100, y: 100 }, size, viewport, 712)).toEqual({ x: 100, y: 100 });
  });
  it('clamps to the viewport edges with a margin', () => {
    expect(clampPosition({ x: -50, y: -50 }, size, viewport, 712)).toEqual({
      x: EDGE_MARGIN_PX,
      y: EDGE_MARGIN_PX,
    });
    expect(clampPosition({ x: 5000, y: 10 }, size, viewport, 712).x).toBe(1280 - 200 - EDGE_MARGIN_PX);
  });
  it('never lets the box reach into the toolbar band', () => {
    const p = clampPosition({ x: 100, y: 790 }, size, viewport, 700);
    expect(p.y + size.height).toBeLessThanOrEqual(700 - EDGE_MARGIN_PX);
    expect(p.y).toBe(700 - 40 - EDGE_MARGIN_PX);
  });
  it('pins to the top-left margin when the box is larger than the room', () => {
    expect(clampPosition({ x: 300, y: 300 }, { width: 2000, height: 2000 }, viewport, 712)).toEqual({
      x: EDGE_MARGIN_PX,
      y: EDGE_MARGIN_PX,
    });
  });
});
