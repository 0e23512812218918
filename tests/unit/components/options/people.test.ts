import { describe, expect, it } from 'vitest';
import { aggregatePeople } from '@/components/options/people';
import { call, DAY, NOW } from './fixtures';

describe('people', () => {
  const asPeople = (seeds: ReturnType<typeof call>[]) =>
    seeds.map((s) => ({ meeting: s.meeting, acks: s.acks }));

  it('finds people met ≥ 3 times never acknowledged, and ranks most/least acknowledged', () => {
    const meetings = asPeople([
      call('1', { others: ['Sam', 'Ana', 'Lee'], acksTo: ['Sam', 'Sam', 'Ana'], daysAgo: 5 }),
      call('2', { others: ['Sam', 'Ana', 'Lee'], acksTo: ['Sam'], daysAgo: 4 }),
      call('3', { others: ['Sam', 'Ana', 'Lee', 'Kim'], acksTo: [], daysAgo: 3 }),
      call('4', { others: ['Kim'], daysAgo: 2 }),
    ]);
    const r = aggregatePeople(meetings);
    expect(r.people).toBe(4);
    expect(r.unseen.map((p) => [p.name, p.seenMeetings])).toEqual([['Lee', 3]]); // Kim only twice
    expect(r.most.map((p) => [p.name, p.acks])).toEqual([
      ['Sam', 3],
      ['Ana', 1],
    ]);
  });

  it('least lists people acknowledged rarely for how often you meet, not those already in most', () => {
    const many = Array.from({ length: 6 }, (_, i) =>
      call(`m${i}`, { others: ['Sam', 'Ana'], acksTo: i === 0 ? ['Ana'] : ['Sam'], daysAgo: 10 - i }),
    );
    const r = aggregatePeople(asPeople(many), { top: 1 });
    expect(r.most.map((p) => p.name)).toEqual(['Sam']);
    expect(r.least.map((p) => p.name)).toEqual(['Ana']);
  });

  it('meetings where acknowledgements were not visible do not count toward "never acknowledged"', () => {
    const blind = { captions: 0, chat: 0.2 };
    const r = aggregatePeople(
      asPeople([
        call('1', { others: ['Lee'], coverage: blind }),
        call('2', { others: ['Lee'], coverage: blind }),
        call('3', { others: ['Lee'] }),
      ]),
    );
    expect(r.unseen).toEqual([]);
    expect(r.people).toBe(1);
  });

  it('shows pseudonymised names as stored and marks them', () => {
    const s = call('1', { others: ['Person 7f3a'] });
    s.meeting.namesForgottenAt = NOW - DAY;
    const r = aggregatePeople(asPeople([call('0', { others: ['Person 7f3a'], daysAgo: 9 }), s, s, s]));
    expect(r.unseen[0]).toMatchObject({ name: 'Person 7f3a', pseudonymised: true });
  });

  it('is empty without meetings or others', () => {
    expect(aggregatePeople([])).toEqual({ people: 0, most: [], least: [], unseen: [] });
    expect(aggregatePeople(asPeople([call('1', { others: [] })])).people).toBe(0);
  });
});
