/**
 * The options page's Data section: export, import, delete everything, and how much space Rapport uses.
 * Talks only to a `RapportClient`, so it runs against a mock. Names and errors are rendered as text.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { StorageUsage } from '@/utils/store';
import type { RapportClient } from '@/utils/ui-client';

export interface DataSectionProps {
  client: RapportClient;
  /** Injectable for tests: turns the export into a file download. */
  download?: (filename: string, json: string) => void;
  now?: () => Date;
}

export function exportFileName(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `rapport-export-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}.json`;
}

/** Blob + anchor download: no `downloads` permission needed. */
export function downloadJson(filename: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

type Status = { kind: 'info' | 'error'; text: string } | null;

export function DataSection({ client, download = downloadJson, now = () => new Date() }: DataSectionProps) {
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    try {
      setUsage(await client.storageUsage());
    } catch {
      setUsage(null);
    }
  }, [client]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const run = async (work: () => Promise<Status>) => {
    setBusy(true);
    try {
      setStatus(await work());
    } catch (err) {
      setStatus({ kind: 'error', text: (err as Error)?.message || String(err) });
    } finally {
      setBusy(false);
      void refresh();
    }
  };

  const onExport = () =>
    run(async () => {
      const data = await client.exportData();
      download(exportFileName(now()), `${JSON.stringify(data, null, 2)}\n`);
      return { kind: 'info', text: `Exported ${data.meetings.length} meeting(s).` };
    });

  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      const text = await file.text();
      try {
        const r = await client.importData(text);
        return { kind: 'info', text: `Imported ${r.added} meeting(s); ${r.skipped} already present.` };
      } catch (err) {
        return { kind: 'error', text: `Import failed: ${(err as Error).message}` };
      }
    });
  };

  const onDeleteConfirmed = () =>
    run(async () => {
      setConfirming(false);
      await client.deleteAll();
      return { kind: 'info', text: 'All meetings deleted.' };
    });

  return (
    <section aria-labelledby="rapport-data-heading">
      <h2 id="rapport-data-heading">Data</h2>
      <p>Everything Rapport records stays in this browser. Export it, import a backup, or delete it all.</p>
      <p data-testid="storage-used">
        Storage used:{' '}
        {usage
          ? `${usage.approximate ? 'about ' : ''}${formatBytes(usage.usedBytes)} (${usage.meetings} meeting${usage.meetings === 1 ? '' : 's'})`
          : 'unknown'}
      </p>
      {usage?.writeTrouble ? (
        <p role="alert" class="rp-data-warning" data-testid="storage-trouble">
          {t(usage.writeTrouble === 'full' ? 'optStorageFull' : 'optStorageFailing')}
        </p>
      ) : null}
      {usage?.damaged ? (
        <p role="status" class="rp-data-warning" data-testid="storage-damaged">
          {t('optDamaged', String(usage.damaged))}
        </p>
      ) : null}
      <div>
        <button type="button" onClick={onExport} disabled={busy}>
          Export data
        </button>{' '}
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          Import data
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-hidden="true"
          tabIndex={-1}
          data-testid="import-file"
          onChange={onFile}
        />{' '}
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)} disabled={busy}>
            Delete all data
          </button>
        )}
      </div>
      {confirming && (
        <fieldset aria-label="Confirm deleting all data">
          <p>Delete every recorded meeting, acknowledgement and reflection? This cannot be undone.</p>
          <button type="button" onClick={onDeleteConfirmed} disabled={busy}>
            Yes, delete everything
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </fieldset>
      )}
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} data-kind={status.kind}>
          {status.text}
        </p>
      )}
    </section>
  );
}
