// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PromptList } from '@/components/reflection/PromptList';
import { reflect } from '@/utils/prompts';
import { teamCall } from '../../utils/prompts/factory';
import { type Mounted, mount } from './render';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

describe('PromptList', () => {
  it('renders each prompt with concept, evidence, question and next step under a heading', () => {
    const r = reflect(teamCall());
    m = mount(<PromptList prompts={r.prompts} />);
    expect(m.root.querySelector('h2')?.textContent).toBe('To reflect on');
    const items = m.root.querySelectorAll('li.rp-prompt');
    expect(items.length).toBe(r.prompts.length);
    for (const [i, p] of r.prompts.entries()) {
      const li = items[i];
      expect(li?.querySelector('h3')?.textContent).toBe(p.title);
      expect(li?.textContent).toContain(p.evidence[0] ?? '∅');
      expect(li?.textContent).toContain(p.question);
      expect(li?.textContent).toContain(p.nextStep);
    }
    expect(m.text()).toContain('Lee spoke 0 of the 42 min');
  });

  it('renders nothing without prompts', () => {
    m = mount(<PromptList prompts={[]} />);
    expect(m.root.innerHTML).toBe('');
  });
});
