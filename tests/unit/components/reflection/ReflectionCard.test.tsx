// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReflectionCard } from '@/components/reflection/ReflectionCard';
import { makeSummary, teamCall } from '../../utils/prompts/factory';
import { click, type Mounted, mount } from './render';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

describe('ReflectionCard', () => {
  it('is compact, names the silent person, and offers open and dismiss', () => {
    const onOpenFull = vi.fn();
    const onDismiss = vi.fn();
    m = mount(<ReflectionCard summary={teamCall()} onOpenFull={onOpenFull} onDismiss={onDismiss} />);
    expect(m.root.querySelector('h2')?.textContent).toBe('Your call has ended: a moment to reflect');
    expect(m.root.querySelectorAll('li.rp-prompt').length).toBe(2);
    expect(m.text()).toContain('Lee spoke 0 of the 42 min');
    click([...m.root.querySelectorAll('button')].find((b) => b.textContent === 'Open full reflection'));
    expect(onOpenFull).toHaveBeenCalledTimes(1);
    click(m.root.querySelector('button[aria-label="Dismiss"]'));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    m.root
      .querySelector('section')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });

  it('says "too short" for a short call', () => {
    const s = makeSummary({ durationMin: 1, people: [{ name: 'Me', self: true }, { name: 'Sam' }] });
    m = mount(<ReflectionCard summary={s} onOpenFull={() => {}} onDismiss={() => {}} />);
    expect(m.text()).toContain('Too short to reflect on');
    expect(m.root.querySelector('li.rp-prompt')).toBeNull();
  });
});
