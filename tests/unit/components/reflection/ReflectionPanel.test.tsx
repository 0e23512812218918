// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createMockReflectionClient, type ReflectionEntry } from '@/components/reflection/client';
import { ReflectionPanel } from '@/components/reflection/ReflectionPanel';
import { makeSummary, teamCall } from '../../utils/prompts/factory';
import { click, flush, type Mounted, mount } from './render';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

const entry = (id: string, startOffset = 0, summary = teamCall()): ReflectionEntry => ({
  meetingId: id,
  summary: { ...summary, startedAt: summary.startedAt + startOffset },
  saved: null,
  read: false,
});

describe('ReflectionPanel', () => {
  it('shows how to start when there is no meeting yet', async () => {
    m = mount(<ReflectionPanel client={createMockReflectionClient()} />);
    await flush();
    expect(m.text()).toContain('No calls yet');
  });

  it('shows the latest meeting, marks it read, and switches to a recent one', async () => {
    const older = makeSummary({
      durationMin: 20,
      people: [
        { name: 'Me', self: true, spokeMin: 5 },
        { name: 'Jo', spokeMin: 5 },
      ],
    });
    const client = createMockReflectionClient([entry('old', -86_400_000, older), entry('new')]);
    m = mount(<ReflectionPanel client={client} />);
    await flush();
    expect(client.calls.markRead).toEqual(['new']);
    expect(m.text()).toContain('Lee spoke 0 of the 42 min');
    const buttons = [...m.root.querySelectorAll('.rp-recent button')];
    expect(buttons.length).toBe(2);
    expect(buttons[0]?.getAttribute('aria-current')).toBe('true');
    click(buttons[1]);
    expect(m.text()).toContain('You and Jo shared the talk almost evenly');
    // Heading order: h2 sections, h3 inside, never skipping a level.
    const levels = [...m.root.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1]));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });
});
