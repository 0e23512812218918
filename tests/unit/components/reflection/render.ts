import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  root: HTMLElement;
  text(): string;
  unmount(): void;
}

export function mount(vnode: ComponentChild): Mounted {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => {
    render(vnode, root);
  });
  return {
    root,
    text: () => root.textContent ?? '',
    unmount() {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Lets pending promises (mock client calls) settle inside act so effects and state updates flush. */
export async function flush(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('element to click not found');
  act(() => {
    (el as HTMLElement).click();
  });
}

export function typeInto(el: Element | null | undefined, value: string): void {
  if (!el) throw new Error('input not found');
  act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
