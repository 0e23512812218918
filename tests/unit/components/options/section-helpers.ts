/**
 * Mounting an options section for a test: the mounted tree, store-aware settling and small queries.
 * Each test file unmounts after every test with `afterEach(unmountShown)`.
 */
import type { ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { ChartRenderer, ChartSpec } from '@/components/options/chart';
import { flush, type Mounted, mount } from '../reflection/render';

export let mounted: Mounted | null = null;
export function unmountShown() {
  mounted?.unmount();
  mounted = null;
}

export async function show(vnode: ComponentChild): Promise<Mounted> {
  mounted = mount(vnode);
  await settle();
  return mounted;
}

/** Store reads go through fake-indexeddb's macrotasks, so let timers run too. */
export async function settle() {
  for (let i = 0; i < 6; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    await flush();
  }
}

export const $ = (sel: string) => mounted!.root.querySelector(sel);
export const $$ = (sel: string) => [...mounted!.root.querySelectorAll(sel)];
export const button = (text: string) =>
  $$('button').find((b) => b.textContent?.trim() === text) as HTMLButtonElement | undefined;

export function choose(sel: string, value: string) {
  const el = $(sel) as HTMLSelectElement | null;
  if (!el) throw new Error(`select ${sel} not found`);
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function stubRenderer() {
  const made: ChartSpec[] = [];
  const updates: ChartSpec[] = [];
  const destroyed: number[] = [];
  const renderer: ChartRenderer = (_el, spec) => {
    const i = made.push(spec) - 1;
    return { update: (s) => updates.push(s), destroy: () => destroyed.push(i) };
  };
  return { renderer, made, updates, destroyed };
}
