// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
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
