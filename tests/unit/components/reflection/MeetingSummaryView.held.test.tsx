// @vitest-environment happy-dom
/**
 * The summary view's "stretches one voice carried" section (the model's dominance windows), as the
 * reflection page and the options page's History detail both show it.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { MeetingSummaryView } from '@/components/reflection/MeetingSummaryView';
import type { MeetingSummary } from '@/utils/meeting/types';
import { MIN, T0, teamCall } from '../../utils/prompts/factory';
import { type Mounted, mount } from './render';

const HOSTILE = '<img src=x onerror=alert(1)>';
let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

const stretch = (id: string, fromMin: number, toMin: number, peakShare: number) => ({
  id,
  from: T0 + fromMin * MIN,
  to: T0 + toMin * MIN,
  peakShare,
  windows: 3,
});
const withHeld = (s: MeetingSummary, dominance: MeetingSummary['dominance']): MeetingSummary => ({
  ...s,
  dominance,
});
const lines = () => [...m!.root.querySelectorAll('[data-testid="rp-held"] li')].map((li) => li.textContent);

describe('MeetingSummaryView: stretches one voice carried', () => {
  it('says when and who, and marks the user', () => {
    const s = withHeld(teamCall(), [stretch('me', 2.5, 8, 0.82), stretch('sam', 20, 24.5, 0.7)]);
    m = mount(<MeetingSummaryView summary={s} />);
    expect(lines()).toEqual([
      'Minutes 3–8: Me (you), up to 82% of the talk',
      'Minutes 21–25: Sam, up to 70% of the talk',
    ]);
    expect(m.root.querySelector('[data-testid="rp-held"] li')?.className).toBe('rp-held-self');
    expect(m.root.querySelector('#rp-held-title')?.textContent).toBe('Stretches one voice carried');
  });

  it('says so when nobody carried a stretch, and when the meeting predates the measure', () => {
    m = mount(<MeetingSummaryView summary={withHeld(teamCall(), [])} />);
    expect(m.text()).toContain('No stretch of the call was carried by one voice');
    m.unmount();
    m = mount(<MeetingSummaryView summary={teamCall()} />);
    expect(m.text()).toContain('Not measured for this meeting.');
    expect(m.root.querySelector('[data-testid="rp-held"]')).toBeNull();
  });

  it('shows unknown, not "nobody", when speaking was not seen', () => {
    const base = teamCall();
    const s = withHeld({ ...base, coverage: { ...base.coverage, speaking: 0.2 } }, []);
    m = mount(<MeetingSummaryView summary={s} />);
    const section = m.root.querySelector('#rp-held-title')!.parentElement!;
    expect(section.textContent).toContain('unknown');
    expect(section.textContent).not.toContain('No stretch');
  });

  it('renders a hostile name as text', () => {
    const base = teamCall();
    const s = withHeld(
      { ...base, participants: base.participants.map((p) => (p.id === 'sam' ? { ...p, name: HOSTILE } : p)) },
      [stretch('sam', 0, 5, 0.9)],
    );
    m = mount(<MeetingSummaryView summary={s} />);
    expect(lines()[0]).toContain(HOSTILE);
    expect(m.root.querySelector('img')).toBeNull();
  });

  it('has no serious or critical axe violation', async () => {
    const s = withHeld(teamCall(), [stretch('me', 2.5, 8, 0.82), stretch('sam', 20, 24.5, 0.7)]);
    m = mount(
      <main>
        <h1>Reflection</h1>
        <MeetingSummaryView summary={s} />
      </main>,
    );
    const res = await axe.run(m.root, {
      resultTypes: ['violations'],
      rules: { 'color-contrast': { enabled: false } },
    });
    const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => v.id)).toEqual([]);
  });
});
