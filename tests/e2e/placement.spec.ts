/**
 * Where the overlay sits on the built extension (issue 18, point 5): on a simulated Meet call and a
 * simulated Zoom call (web client in the PWA frame), at 1280×720 and 1920×1080, neither the pill nor the
 * expanded panel ever intersects the call controls or an open side panel — where it first appears, after
 * a drag onto the toolbar or onto the panel, expanded there, and after the page re-renders the toolbar or
 * the panel into a bigger one (the overlay must re-find them, not keep the old, detached element).
 *
 * The page's chrome is measured here from the simulator's own markup (tests/sim/page/*), not through the
 * extension's selectors, so the test is an independent oracle. Boxes compare with a 1 px tolerance
 * (sub-pixel layout); every wait is on a condition.
 */
import type { Locator, Page } from '@playwright/test';
import { serveMeet, serveZoom } from '../sim/driver';
import { twoPerson, zoomSmall } from '../sim/scenarios';
import { expect, test } from './fixtures';
import { overlayLocator } from './helpers';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const TOLERANCE = 1;

/** The page's chrome as the simulator renders it, in the top viewport (through the frame on Zoom). */
const CHROME = {
  meet: { toolbar: '[role="toolbar"]', panels: ['aside', '[jsname="xySENc"]'] },
  zoom: { toolbar: '#wc-footer', panels: ['#wc-container-right'] },
} as const;
type Platform = keyof typeof CHROME;

async function chrome(page: Page, platform: Platform): Promise<{ toolbar: Box | null; panels: Box[] }> {
  return page.evaluate((sel) => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe#webclient');
    const doc = frame?.contentDocument ?? document;
    const off = frame ? frame.getBoundingClientRect() : { left: 0, top: 0 };
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return null;
      return { x: r.left + off.left, y: r.top + off.top, width: r.width, height: r.height };
    };
    const panels = sel.panels.flatMap((s) => [...doc.querySelectorAll(s)].map(box)).filter((b) => b !== null);
    return { toolbar: box(doc.querySelector(sel.toolbar)), panels };
  }, CHROME[platform]);
}

const intersects = (a: Box, b: Box) =>
  a.x + a.width > b.x + TOLERANCE &&
  b.x + b.width > a.x + TOLERANCE &&
  a.y + a.height > b.y + TOLERANCE &&
  b.y + b.height > a.y + TOLERANCE;

/** What `box` overlaps among the page's chrome, by name; empty when it is clear of all of it. */
async function overlaps(page: Page, platform: Platform, target: Locator): Promise<string[]> {
  const box = await target.boundingBox();
  if (!box) return ['<overlay not laid out>'];
  const c = await chrome(page, platform);
  const hits: string[] = [];
  if (c.toolbar && intersects(box, c.toolbar)) hits.push(`toolbar ${JSON.stringify(c.toolbar)}`);
  for (const p of c.panels) if (intersects(box, p)) hits.push(`panel ${JSON.stringify(p)}`);
  const vp = page.viewportSize()!;
  if (box.x < -TOLERANCE || box.y < -TOLERANCE) hits.push('off the top-left');
  if (box.x + box.width > vp.width + TOLERANCE || box.y + box.height > vp.height + TOLERANCE)
    hits.push('off the bottom-right');
  return hits;
}

const expectClear = (page: Page, platform: Platform, target: Locator, when: string) =>
  expect.poll(() => overlaps(page, platform, target), { message: when }).toEqual([]);

/** Presses on the pill's middle and drags it to the middle of `to` in small steps, then lets go. */
async function dragTo(page: Page, pill: Locator, to: Box): Promise<void> {
  const from = (await pill.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Replaces an element of the page's chrome by a re-rendered copy with a bigger box, the way a root re-renders. */
async function rerender(page: Page, selector: string, style: string): Promise<void> {
  await page.evaluate(
    ({ selector, style }) => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe#webclient');
      const doc = frame?.contentDocument ?? document;
      const old = doc.querySelector<HTMLElement>(selector)!;
      const copy = old.cloneNode(true) as HTMLElement;
      copy.style.cssText += style;
      old.replaceWith(copy);
    },
    { selector, style },
  );
}

async function open(page: Page, platform: Platform): Promise<void> {
  const context = page.context();
  const url =
    platform === 'meet'
      ? await serveMeet(context, { scenario: twoPerson })
      : await serveZoom(context, { scenario: zoomSmall, client: 'classic', inFrame: true });
  await page.goto(url);
}

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

for (const platform of ['meet', 'zoom'] as const) {
  for (const size of SIZES) {
    test(`${platform} at ${size.width}×${size.height}: the pill and the panel never cover the controls or an open side panel`, async ({
      context,
      network,
    }) => {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await open(page, platform);
      const overlay = await overlayLocator(page);
      const pill = overlay.locator('.rp-pill');
      const panel = overlay.locator('.rp-panel');
      await expect(overlay.getByTestId('pill-share')).toBeVisible();
      const start = await chrome(page, platform);
      expect(start.toolbar, 'the simulated toolbar is laid out').not.toBeNull();
      expect(start.panels.length, 'a side panel is open').toBeGreaterThan(0);

      // Where it first appears: the top-right corner of the free area, i.e. left of the open panel.
      await expectClear(page, platform, pill, 'pill at first');
      const leftmostPanel = Math.min(...start.panels.map((p) => p.x));
      const first = (await pill.boundingBox())!;
      expect(first.x + first.width).toBeGreaterThan(leftmostPanel - 40); // still in the corner, not flung away
      await pill.click();
      await expect(panel).toBeVisible();
      await expectClear(page, platform, panel, 'panel expanded in the corner');
      await overlay.getByRole('button', { name: 'Collapse the Rapport panel' }).click();
      await expect(pill).toBeVisible();

      // Dragged onto the toolbar: it stops above it, and the panel expanded there moves up to stay clear.
      await dragTo(page, pill, start.toolbar!);
      await expectClear(page, platform, pill, 'pill dropped on the toolbar');
      const dropped = (await pill.boundingBox())!;
      expect(start.toolbar!.y - (dropped.y + dropped.height)).toBeLessThan(40); // it went down as far as allowed
      await pill.click();
      await expect(panel).toBeVisible();
      await expectClear(page, platform, panel, 'panel expanded above the toolbar');
      await overlay.getByRole('button', { name: 'Collapse the Rapport panel' }).click();
      await expect(pill).toBeVisible();

      // Dragged onto the side panel: it stops at the panel's left edge.
      const target = start.panels.reduce((a, b) => (a.height * a.width >= b.height * b.width ? a : b));
      await dragTo(page, pill, target);
      await expectClear(page, platform, pill, 'pill dropped on the side panel');
      const beside = (await pill.boundingBox())!;
      expect(leftmostPanel - (beside.x + beside.width)).toBeLessThan(40);

      // The page re-renders its panel and toolbar into bigger boxes: the overlay finds the new elements.
      const [panelSel] = CHROME[platform].panels;
      await rerender(page, panelSel, 'width:420px');
      await rerender(page, CHROME[platform].toolbar, 'min-height:140px;box-sizing:border-box');
      await page.mouse.click(5, 5); // the click that would have opened it
      await expectClear(page, platform, pill, 'pill after the panel and toolbar were replaced');
      await pill.click();
      await expect(panel).toBeVisible();
      await expectClear(page, platform, panel, 'panel after the panel and toolbar were replaced');
      await dragTo(page, overlay.locator('.rp-head'), (await chrome(page, platform)).toolbar!);
      await expectClear(page, platform, panel, 'panel dragged onto the replaced toolbar');

      // The panels close (removed from the page): the room is free again, so a drag to the right edge gets
      // past where the panel's edge was — a kept, detached panel element would still hold it back.
      await page.evaluate((sels) => {
        const frame = document.querySelector<HTMLIFrameElement>('iframe#webclient');
        const doc = frame?.contentDocument ?? document;
        for (const s of sels) for (const el of doc.querySelectorAll(s)) el.remove();
      }, CHROME[platform].panels);
      await page.mouse.click(5, 5);
      await expectClear(page, platform, panel, 'panel once the side panel closed');
      await dragTo(page, overlay.locator('.rp-head'), { x: size.width - 20, y: 200, width: 0, height: 0 });
      await expect
        .poll(async () => {
          const b = (await overlay.locator('.rp-root').boundingBox())!;
          return b.x + b.width;
        })
        .toBeGreaterThan(size.width - 420 + 40);
      await expectClear(page, platform, panel, 'panel dragged to the right edge');
      expect(network.leaked).toEqual([]);
    });
  }
}
