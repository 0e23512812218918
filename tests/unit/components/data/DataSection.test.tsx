/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSection, downloadJson, exportFileName, formatBytes } from '@/components/data/DataSection';
import { createMockRapportClient } from '@/components/options/client';
import type { RapportClient } from '@/utils/ui-client';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => await new Promise((r) => setTimeout(r, 0)));
};

function button(name: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
}

async function mount(client: RapportClient, download = vi.fn()) {
  act(() =>
    render(
      <DataSection client={client} download={download} now={() => new Date(2026, 2, 7, 23, 59)} />,
      container,
    ),
  );
  await flush();
  return download;
}

const oneMeeting = [
  {
    id: 'm1',
    platform: 'meet' as const,
    meetingCode: null,
    title: null,
    startedAt: '2026-01-01T00:00:00.000Z',
    endedAt: '2026-01-01T00:10:00.000Z',
    endReason: 'left' as const,
    durationMs: 600_000,
    balanceIndex: 1,
    participants: [],
    acknowledgements: [],
    reflection: null,
  },
];

describe('DataSection', () => {
  it('has the three buttons with exactly these accessible names, and shows storage used', async () => {
    await mount(createMockRapportClient({ meetings: oneMeeting }));
    for (const name of ['Export data', 'Import data', 'Delete all data']) expect(button(name)).toBeDefined();
    expect(container.querySelector('[data-testid="storage-used"]')?.textContent).toBe(
      'Storage used: about 4.0 KB (1 meeting)',
    );
  });

  it('exports to rapport-export-YYYY-MM-DD.json', async () => {
    const download = await mount(createMockRapportClient({ meetings: oneMeeting }));
    await act(async () => button('Export data')!.click());
    await flush();
    expect(download).toHaveBeenCalledTimes(1);
    const [name, json] = download.mock.calls[0]!;
    expect(name).toBe('rapport-export-2026-03-07.json');
    expect(JSON.parse(json).meetings[0].id).toBe('m1');
    expect(container.textContent).toContain('Exported 1 meeting.');
  });

  it('imports the chosen file and shows the background’s error as text', async () => {
    const client = createMockRapportClient();
    const importData = vi.spyOn(client, 'importData');
    client.importError = 'meetings[0].platform: Invalid option <img src=x onerror=alert(1)>';
    await mount(client);
    const input = container.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    const click = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    await act(async () => button('Import data')!.click());
    expect(click).toHaveBeenCalled();
    const file = new File(['{"format":"nope"}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
    await flush();
    expect(importData).toHaveBeenCalledWith('{"format":"nope"}');
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(
      'Import failed: meetings[0].platform: Invalid option <img src=x onerror=alert(1)>',
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('reports a successful import', async () => {
    const client = createMockRapportClient();
    vi.spyOn(client, 'importData').mockResolvedValue({ added: 2, skipped: 1 });
    await mount(client);
    const input = container.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'a.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
    await flush();
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      'Imported 2 meetings; 1 already present.',
    );
  });

  it('asks for confirmation inline before deleting everything', async () => {
    const client = createMockRapportClient({ meetings: oneMeeting });
    const deleteAll = vi.spyOn(client, 'deleteAll');
    const confirm = vi.spyOn(window, 'confirm');
    await mount(client);
    await act(async () => button('Delete all data')!.click());
    expect(deleteAll).not.toHaveBeenCalled();
    expect(button('Cancel')).toBeDefined();
    await act(async () => button('Cancel')!.click());
    expect(button('Yes, delete everything')).toBeUndefined();
    await act(async () => button('Delete all data')!.click());
    await act(async () => button('Yes, delete everything')!.click());
    await flush();
    expect(deleteAll).toHaveBeenCalledTimes(1);
    expect(confirm).not.toHaveBeenCalled();
    expect(container.textContent).toContain('All meetings deleted.');
    expect(container.querySelector('[data-testid="storage-used"]')?.textContent).toContain('(0 meetings)');
  });

  it('shows a failing background as an error', async () => {
    const client = createMockRapportClient();
    vi.spyOn(client, 'exportData').mockRejectedValue(new Error('Rapport background did not answer'));
    vi.spyOn(client, 'storageUsage').mockRejectedValue(new Error('x'));
    await mount(client);
    expect(container.textContent).toContain('Storage used: unknown');
    await act(async () => button('Export data')!.click());
    await flush();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Rapport background did not answer');
  });

  it('downloads through a Blob URL and a temporary anchor', () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:rapport/1');
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    downloadJson('rapport-export-2026-01-01.json', '{}');
    expect(create).toHaveBeenCalledWith(expect.any(Blob));
    expect(click).toHaveBeenCalledTimes(1);
    expect(clicked[0]!.download).toBe('rapport-export-2026-01-01.json');
    expect(clicked[0]!.href).toBe('blob:rapport/1');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('formats names and sizes', () => {
    expect(exportFileName(new Date(2026, 0, 9))).toBe('rapport-export-2026-01-09.json');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});

describe('messaging client', () => {
  it('unwraps envelopes and turns errors into Error messages', async () => {
    const { createMessagingClient } = await import('@/utils/ui-client');
    const sent: unknown[] = [];
    const client = createMessagingClient(async (m) => {
      sent.push(m);
      const type = (m as { type: string }).type;
      if (type === 'ui:import') return { ok: false, error: 'version: Invalid input: expected 1' };
      if (type === 'ui:delete-meeting') return { ok: true, data: { deleted: true } };
      return undefined;
    });
    await expect(client.importData('{}')).rejects.toThrow('version: Invalid input: expected 1');
    expect(await client.deleteMeeting('m1')).toBe(true);
    await expect(client.exportData()).rejects.toThrow('Rapport background did not answer');
    expect(sent).toEqual([
      { type: 'ui:import', data: '{}' },
      { type: 'ui:delete-meeting', id: 'm1' },
      { type: 'ui:export' },
    ]);
  });
});
