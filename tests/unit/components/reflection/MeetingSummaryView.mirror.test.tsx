// @vitest-environment happy-dom
/**
 * Issue 22 in the reflection (popup and the options page's History detail): the pair figures as real
 * tables, the targets met or not, and the expectation the fair-share line uses; axe-checked.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockReflectionClient } from '@/components/reflection/client';
import { MeetingSummaryView } from '@/components/reflection/MeetingSummaryView';
import { MAX_PEOPLE, PairMatrix } from '@/components/reflection/PairMatrix';
import { ReflectionView } from '@/components/reflection/ReflectionPanel';
import { TargetsView } from '@/components/reflection/TargetsView';
import type { MeetingSummary } from '@/utils/meeting/types';
import type { SeriesSettings } from '@/utils/store/series';
import { makeSummary, teamCall } from '../../utils/prompts/factory';
import { flush, type Mounted, mount } from './render';

const HOSTILE = '<img src=x onerror=alert(1)>';
let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

const withPairs = (s: MeetingSummary): MeetingSummary => ({
  ...s,
  pickupPairs: [
    { fromId: 'sam', toId: 'me', count: 3 },
    { fromId: 'me', toId: 'ana', count: 2 },
  ],
  interruptionPairs: [{ byId: 'me', ofId: 'sam', count: 2 }],
});
const series = (o: Partial<SeriesSettings> = {}): SeriesSettings => ({
  role: 'participant',
  presenters: [],
  targets: { maxSharePct: null, inviteQuiet: false, ackByName: false },
  ...o,
});

async function noSeriousViolations(root: HTMLElement) {
  const res = await axe.run(root, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } },
  });
  return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('PairMatrix', () => {
  it('is a real table: a caption, column and row headers, a count in every cell', () => {
    m = mount(<PairMatrix summary={withPairs(teamCall())} kind="pickups" />);
    const table = m.root.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toContain('Who picked up whom');
    const cols = [...table.querySelectorAll('thead th')].map((th) => [
      th.getAttribute('scope'),
      th.textContent,
    ]);
    expect(cols).toEqual([
      ['col', 'Me (you)'],
      ['col', 'Sam'],
      ['col', 'Ana'],
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('th')?.getAttribute('scope'),
      ...[...tr.children].map((c) => c.textContent),
    ]);
    // Row = who spoke first, column = who spoke right after: Sam → me 3 times, me → Ana twice.
    expect(rows).toEqual([
      ['row', 'Me (you)', '–same person', '0', '2'],
      ['row', 'Sam', '3', '–same person', '0'],
      ['row', 'Ana', '0', '0', '–same person'],
    ]);
  });

  it('says "not measured" for an older meeting and "nobody" for an empty graph', () => {
    m = mount(<PairMatrix summary={teamCall()} kind="interruptions" />);
    expect(m.text()).toBe('Not measured for this meeting.');
    m.unmount();
    m = mount(<PairMatrix summary={{ ...teamCall(), interruptionPairs: [] }} kind="interruptions" />);
    expect(m.text()).toBe('Nobody spoke over anyone.');
  });

  it('renders hostile names as text and shows at most MAX_PEOPLE people', () => {
    const people = Array.from({ length: 12 }, (_, i) => ({ name: i === 0 ? HOSTILE : `P${i}`, spokeMin: 2 }));
    const s = makeSummary({ people: [{ name: 'Me', self: true }, ...people] });
    const ids = s.participants.map((p) => p.id);
    const pickupPairs = [
      { fromId: ids[1]!, toId: ids[0]!, count: 5 },
      ...ids.slice(2).map((id, i) => ({ fromId: id, toId: ids[(i + 3) % ids.length]!, count: 1 })),
    ];
    m = mount(<PairMatrix summary={{ ...s, pickupPairs }} kind="pickups" />);
    expect(m.root.querySelector('img')).toBeNull();
    expect(m.root.querySelectorAll('thead th')).toHaveLength(MAX_PEOPLE);
    expect([...m.root.querySelectorAll('thead th')].map((th) => th.textContent)).toContain(HOSTILE);
  });

  it('has no serious or critical axe violation inside the summary view', async () => {
    m = mount(
      <main>
        <h1>Reflection</h1>
        <MeetingSummaryView summary={withPairs(teamCall())} />
      </main>,
    );
    expect(m.root.querySelectorAll('table.rp-matrix')).toHaveLength(2);
    expect(await noSeriousViolations(m.root)).toEqual([]);
  });
});

describe('TargetsView and the expectation line', () => {
  it('says whether each target was met, with the figures', () => {
    // teamCall: I spoke 14 of 38 min (37 %); here I invite Kim in (6 min, 16 %: under an even 20 %, quiet)
    // and thank Ana and Kim by name.
    const s = {
      ...teamCall(),
      acks: teamCall().acks.map((a) => (a.kind === 'invitation' ? { ...a, toId: 'kim' } : a)),
    };
    m = mount(
      <TargetsView
        summary={s}
        series={series({ targets: { maxSharePct: 30, inviteQuiet: true, ackByName: true } })}
      />,
    );
    const lines = [...m.root.querySelectorAll('[data-testid="rp-targets"] li')].map((li) => [
      li.getAttribute('data-state'),
      li.textContent,
    ]);
    expect(lines).toEqual([
      ['not-met', 'Speak at most 30%: not this time, you spoke 37%.'],
      ['met', 'Invite a quiet person in: met, you invited Kim.'],
      ['met', 'Acknowledge someone by name: met, Kim and Ana.'],
    ]);
    expect(m.text()).toContain('2 of 3 met');
  });

  it('says unknown, not "not met", when speaking or captions were not seen; nothing without targets', () => {
    const s = { ...teamCall(), coverage: { ...teamCall().coverage, speaking: 0.2, captions: 0, chat: 0 } };
    m = mount(
      <TargetsView
        summary={s}
        series={series({ targets: { maxSharePct: 30, inviteQuiet: false, ackByName: true } })}
      />,
    );
    expect([...m.root.querySelectorAll('li')].map((li) => li.getAttribute('data-state'))).toEqual([
      'unknown',
      'met',
    ]);
    m.unmount();
    m = mount(<TargetsView summary={teamCall()} series={series()} />);
    expect(m.root.innerHTML).toBe('');
  });

  it('the fair-share line says which expectation it uses for a host', () => {
    m = mount(<MeetingSummaryView summary={teamCall()} series={series({ role: 'host' })} />);
    // 5 counted people, host weight 1.5: 1.5 / 5.5 ≈ 27 %, an even share 20 %.
    expect(m.root.querySelector('[data-testid="rp-expectation"]')?.textContent).toBe(
      'As host, your expected share is about 27% (an even share would be 20%).',
    );
    m.unmount();
    m = mount(<MeetingSummaryView summary={teamCall()} />);
    expect(m.root.querySelector('[data-testid="rp-expectation"]')).toBeNull();
  });

  it('the reflection view asks the client for the series and shows targets and role-aware prompts', async () => {
    const client = createMockReflectionClient();
    const asked: unknown[] = [];
    client.seriesFor = async (s) => {
      asked.push(s.meetingCode);
      return series({
        role: 'presenter',
        targets: { maxSharePct: 50, inviteQuiet: false, ackByName: false },
      });
    };
    const entry = { meetingId: 'm1', summary: teamCall(), saved: null, read: true };
    m = mount(
      <main>
        <h1>Reflection</h1>
        <ReflectionView entry={entry} client={client} />
      </main>,
    );
    await flush();
    expect(asked).toEqual(['abc-defg-hij']);
    expect(m.root.querySelector('[data-testid="rp-targets"] li')?.textContent).toBe(
      'Speak at most 50%: met, you spoke 37%.',
    );
    expect(m.text()).toContain('As presenter, your expected share is about 43%');
    expect(await noSeriousViolations(m.root)).toEqual([]);
  });
});
