// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyState } from '@/components/reflection/EmptyState';
import { type Mounted, mount } from './render';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

describe('EmptyState', () => {
  it('explains how to start, too short, alone and partial', () => {
    m = mount(<EmptyState kind="none" />);
    expect(m.text()).toContain('Join a Google Meet or Zoom web call');
    m.unmount();
    m = mount(<EmptyState kind="too_short" durationMs={75_000} />);
    expect(m.text()).toContain('This call lasted 1 min 15 s');
    m.unmount();
    m = mount(<EmptyState kind="alone" />);
    expect(m.text()).toContain('Nobody else was in this call');
    m.unmount();
    m = mount(
      <EmptyState
        kind="partial"
        caveats={[{ signal: 'camera', coverage: 0.4, silenced: true, text: 'Cameras partly seen.' }]}
      />,
    );
    expect(m.root.querySelector('[role="note"]')?.textContent).toContain('Cameras partly seen.');
  });
});
