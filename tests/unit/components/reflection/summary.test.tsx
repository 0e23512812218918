// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyState } from '@/components/reflection/EmptyState';
import { MeetingSummaryView } from '@/components/reflection/MeetingSummaryView';
import { PromptList } from '@/components/reflection/PromptList';
import { reflect } from '@/utils/prompts';
import { makeSummary, teamCall } from '../../utils/prompts/factory';
import { type Mounted, mount } from './render';

const HOSTILE = '<img src=x onerror=alert(1)>';
let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

describe('MeetingSummaryView', () => {
  it('shows duration, people, shares with text equivalents, your share vs the even share', () => {
    m = mount(<MeetingSummaryView summary={teamCall()} />);
    const text = m.text();
    expect(text).toContain('42 min · 5 people');
    expect(text).toContain('You spoke 37% of the time; an even share would be 20%.');
    const rows = [...m.root.querySelectorAll('[data-testid="rp-share-row"]')].map((r) => r.textContent);
    expect(rows[0]).toBe('Me (you)37%');
    expect(rows).toContain('Lee0%');
    // The bar is decorative; the list carries the label.
    expect(m.root.querySelector('.rp-bar')?.getAttribute('aria-hidden')).toBe('true');
    expect(m.root.querySelector('ul.rp-shares')?.getAttribute('aria-label')).toBeTruthy();
  });

  it('names who spoke little or not at all, who you acknowledged and who went unacknowledged', () => {
    m = mount(<MeetingSummaryView summary={teamCall()} />);
    expect(m.root.querySelector('[data-testid="rp-quiet"]')?.textContent).toContain(
      'Lee: did not speak in 42 min',
    );
    const acked = [...m.root.querySelectorAll('[data-testid="rp-acknowledged"] li')].map(
      (li) => li.textContent,
    );
    expect(acked).toEqual(['Sam', 'Ana', 'Kim']);
    expect(m.text()).toContain('Everyone who contributed a good part got an acknowledgement from you.');
  });

  it('lists contributors with no acknowledgement', () => {
    const s = makeSummary({
      people: [
        { name: 'Me', self: true, spokeMin: 8 },
        { name: 'Sam', spokeMin: 9 },
        { name: 'Ana', spokeMin: 7 },
      ],
      acks: [{ from: 'me', to: 'ana', kind: 'thanks' }],
    });
    m = mount(<MeetingSummaryView summary={s} />);
    expect(
      [...m.root.querySelectorAll('[data-testid="rp-unacknowledged"] li')].map((li) => li.textContent),
    ).toEqual(['Sam']);
  });

  it('shows "unknown" with the reason for null figures, never 0', () => {
    const s = makeSummary({
      people: [
        { name: 'Me', self: true, spokeMin: 8, camera: null },
        { name: 'Sam', spokeMin: null, camera: null },
        { name: 'Ana', spokeMin: 8, camera: null },
      ],
      coverage: { captions: 0, chat: 0 },
    });
    m = mount(<MeetingSummaryView summary={s} />);
    const sam = [...m.root.querySelectorAll('[data-testid="rp-share-row"]')].find((r) =>
      r.textContent?.startsWith('Sam'),
    );
    expect(sam?.textContent).toBe('Samunknown (speaking was not visible)');
    expect(m.root.querySelector('[data-testid="rp-camera-self"]')?.textContent).toBe(
      'unknown (camera was not visible)',
    );
    expect(m.root.querySelector('[data-testid="rp-camera-group"]')?.textContent).toBe(
      'unknown (camera was not visible)',
    );
    expect(m.text()).toContain(
      'Contributed, with no acknowledgement from you noticed: unknown (captions and chat were not visible)',
    );
    expect(m.text()).toContain('so Rapport does not say who went unacknowledged');
  });

  it('renders a hostile name as text, not HTML', () => {
    const s = makeSummary({
      people: [
        { name: 'Me', self: true, spokeMin: 8 },
        { name: HOSTILE, id: 'h', spokeMin: 0 },
        { name: 'Ana', spokeMin: 8 },
      ],
      acks: [{ from: 'me', to: 'h', kind: 'invitation' }],
    });
    m = mount(<MeetingSummaryView summary={s} />);
    expect(m.root.querySelector('img')).toBeNull();
    expect(m.text()).toContain(HOSTILE);
    const r = reflect(s);
    m.unmount();
    m = mount(<PromptList prompts={r.prompts} />);
    expect(m.root.querySelector('img')).toBeNull();
    expect(m.text()).toContain(`${HOSTILE} spoke 0 of the 30 min`);
  });
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
