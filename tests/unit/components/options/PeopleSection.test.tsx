/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleSection } from '@/components/options/PeopleSection';
import { call } from './fixtures';
import { $, mounted, show, unmountShown } from './section-helpers';

afterEach(unmountShown);

describe('PeopleSection', () => {
  it('lists who might feel unseen, most and least acknowledged; names as text', async () => {
    const seeds = [
      call('1', { daysAgo: 4, others: ['Sam', '<b>Lee</b>'], acksTo: ['Sam'] }),
      call('2', { daysAgo: 3, others: ['Sam', '<b>Lee</b>'], acksTo: ['Sam'] }),
      call('3', { daysAgo: 2, others: ['Sam', '<b>Lee</b>'] }),
    ];
    await show(<PeopleSection meetings={seeds.map((s) => ({ meeting: s.meeting, acks: s.acks }))} />);
    expect($('[data-testid="people-unseen"]')?.textContent).toContain('<b>Lee</b>');
    expect($('[data-testid="people-unseen"] b')).toBeNull();
    expect($('[data-testid="people-most"] tbody th')?.textContent).toBe('Sam');
    expect($('[data-testid="people-most"] tbody td')?.textContent).toBe('2');
  });

  it('empty state and "nobody unseen"', async () => {
    await show(<PeopleSection meetings={[]} />);
    expect($('[data-testid="people-empty"]')).not.toBeNull();
    mounted!.unmount();
    const one = call('1', { others: ['Sam'], acksTo: ['Sam'] });
    await show(<PeopleSection meetings={[{ meeting: one.meeting, acks: one.acks }]} />);
    expect($('[data-testid="people-unseen-none"]')).not.toBeNull();
  });
});
