/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistorySection } from '@/components/options/HistorySection';
import { click, typeInto } from '../reflection/render';
import { call, fakeClient, type Seed } from './fixtures';
import { $, $$, button, choose, settle, show, unmountShown } from './section-helpers';

afterEach(unmountShown);

function many(n: number): Seed[] {
  return Array.from({ length: n }, (_, i) =>
    call(`m${String(i).padStart(2, '0')}`, {
      daysAgo: n - i,
      title: i % 5 === 0 ? 'Weekly planning' : `Call ${i}`,
      others: i === 3 ? ['Noor'] : ['Sam', 'Ana'],
    }),
  );
}

describe('HistorySection', () => {
  it('lists 20 a page, paginates, searches and sorts', async () => {
    const client = await fakeClient(many(25));
    await show(<HistorySection client={client} />);
    expect($$('[data-testid="history-item"]')).toHaveLength(20);
    expect($('[data-testid="history-item"]')?.textContent).toBe('Call 24');
    expect(button('optPrev')?.disabled).toBe(true);
    click(button('optNext'));
    expect($$('[data-testid="history-item"]')).toHaveLength(5);
    expect(button('optNext')?.disabled).toBe(true);

    typeInto($('#opt-history-search'), 'weekly');
    expect($$('[data-testid="history-item"]')).toHaveLength(5);
    expect($('.opt-pager')).toBeNull();
    typeInto($('#opt-history-search'), 'noor');
    expect($$('[data-testid="history-item"]').map((a) => a.textContent)).toEqual(['Call 3']);
    typeInto($('#opt-history-search'), 'nobody at all');
    expect($('[data-testid="history-list"]')).toBeNull();

    typeInto($('#opt-history-search'), '');
    choose('#opt-history-sort', 'oldest');
    expect($('[data-testid="history-item"]')?.textContent).toBe('Weekly planning');
    expect($('[data-testid="history-item"]')?.getAttribute('href')).toBe('#history/m00');
    client.store.close();
  });

  it('empty state', async () => {
    const client = await fakeClient([]);
    await show(<HistorySection client={client} />);
    expect($('[data-testid="history-empty"]')?.textContent).toBe('optHistoryEmpty');
    client.store.close();
  });

  it('detail shows the reflection summary and deletes after confirmation', async () => {
    const client = await fakeClient([call('one', { title: 'Retro', acksTo: ['Sam'] })]);
    const go = vi.fn();
    const onChanged = vi.fn();
    await show(<HistorySection client={client} meetingId="one" go={go} onChanged={onChanged} />);
    expect($('.opt-detail-title')?.textContent).toBe('Retro');
    expect($('.rp-summary')).not.toBeNull();
    expect($('[data-testid="rp-acknowledged"]')?.textContent).toContain('Sam');

    click(button('optHistoryDelete'));
    expect(client.deleted).toEqual([]);
    click(button('optCancel'));
    expect(button('optHistoryDeleteYes')).toBeUndefined();
    click(button('optHistoryDelete'));
    click(button('optHistoryDeleteYes'));
    await settle();
    expect(client.deleted).toEqual(['one']);
    expect(await client.getMeeting('one')).toBeNull();
    expect(go).toHaveBeenCalledWith('#history');
    expect(onChanged).toHaveBeenCalled();
    client.store.close();
  });

  it('detail of a meeting that is gone', async () => {
    const client = await fakeClient([]);
    await show(<HistorySection client={client} meetingId="gone" />);
    expect($('[role="alert"]')?.textContent).toBe('optHistoryMissing');
    client.store.close();
  });
});
