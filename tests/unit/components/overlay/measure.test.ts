/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { measureFreeArea, viewportBox } from '@/components/overlay/measure';

/** happy-dom lays nothing out: each element gets the box a browser would report. */
function place(el: Element, left: number, top: number, width: number, height: number): void {
  (el as { getBoundingClientRect: () => DOMRect }).getBoundingClientRect = () =>
    ({ left, top, width, height, x: left, y: top, right: left + width, bottom: top + height }) as DOMRect;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('viewportBox', () => {
  it('adds the offset (and border) of each same-origin frame on the way up to the top window', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    place(frame, 40, 30, 800, 600);
    Object.defineProperty(frame, 'clientLeft', { value: 2 });
    Object.defineProperty(frame, 'clientTop', { value: 3 });
    // An element of the frame's document: its own window's frameElement is the iframe above.
    const inner = { frameElement: frame } as unknown as Window;
    const footer = {
      ownerDocument: { defaultView: inner },
      getBoundingClientRect: () => ({ left: 0, top: 540, width: 800, height: 60 }),
    } as unknown as Element;
    expect(viewportBox(footer)).toEqual({ left: 42, top: 573, width: 800, height: 60 });
  });
  it('stops at a frame whose frameElement it may not read', () => {
    const inner = {
      get frameElement(): Element {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    } as unknown as Window;
    const el = {
      ownerDocument: { defaultView: inner },
      getBoundingClientRect: () => ({ left: 5, top: 6, width: 7, height: 8 }),
    } as unknown as Element;
    expect(viewportBox(el)).toEqual({ left: 5, top: 6, width: 7, height: 8 });
  });
});

describe('measureFreeArea', () => {
  it('calls the finders on every measure, so a re-rendered toolbar or panel is the one measured', () => {
    const make = (top: number, panelLeft: number) => {
      const bar = document.createElement('div');
      const panel = document.createElement('aside');
      document.body.replaceChildren(bar, panel);
      place(bar, 0, top, innerWidth, innerHeight - top);
      place(panel, panelLeft, 0, innerWidth - panelLeft, 400);
    };
    const chrome = {
      toolbar: () => document.querySelector('div'),
      sidePanels: () => [...document.querySelectorAll('aside')],
    };
    make(innerHeight - 60, innerWidth - 300);
    expect(measureFreeArea(chrome)).toMatchObject({ bottom: innerHeight - 60, right: innerWidth - 300 });
    // The page replaces both roots with bigger ones.
    make(innerHeight - 140, innerWidth - 420);
    expect(measureFreeArea(chrome)).toMatchObject({ bottom: innerHeight - 140, right: innerWidth - 420 });
  });
  it('ignores a toolbar that was detached and a panel that is hidden', () => {
    const bar = document.createElement('div');
    place(bar, 0, innerHeight - 60, innerWidth, 60); // never attached: a dead element kept by someone
    const panel = document.createElement('aside');
    panel.style.visibility = 'hidden';
    document.body.append(panel);
    place(panel, innerWidth - 300, 0, 300, 400);
    const area = measureFreeArea({ toolbar: () => bar, sidePanels: () => [panel] });
    expect(area.right).toBe(innerWidth);
    expect(area.bottom).toBe(innerHeight - 88);
  });
});
