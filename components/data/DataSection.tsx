/**
 * The options page's Data section: export, import, delete everything, and how much space Rapport uses.
 * Talks only to a `RapportClient`, so it runs against a mock. Names and errors are rendered as text.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLocale } from '@/utils/i18n';
import type { StorageUsage } from '@/utils/store';
import type { RapportClient } from '@/utils/ui-client';

export interface DataSectionProps {
  client: RapportClient;
  /** Injectable for tests: turns the export into a file download. */
  download?: (filename: string, json: string) => void;
  now?: () => Date;
  /** Number formats (sizes); the words follow the messages' language. */
  locale?: UiLocale;
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

/** "4.0 KB" ("4,0 KB" in German): one decimal, in the locale's digits and separator. */
export function formatBytes(n: number, locale: UiLocale = 'en'): string {
  const one = (x: number) =>
    x.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${one(n / 1024)} KB`;
  return `${one(n / (1024 * 1024))} MB`;
}

type Status = { kind: 'info' | 'error'; text: string } | null;

export function DataSection({
  client,
  download = downloadJson,
  now = () => new Date(),
  locale = 'en',
}: DataSectionProps) {
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
      return { kind: 'info', text: t('optDataExported', String(data.meetings.length)) };
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
        return { kind: 'info', text: t('optDataImported', [String(r.added), String(r.skipped)]) };
      } catch (err) {
        return { kind: 'error', text: t('optDataImportFailed', (err as Error).message) };
      }
    });
  };

  const onDeleteConfirmed = () =>
    run(async () => {
      setConfirming(false);
      await client.deleteAll();
      return { kind: 'info', text: t('optDataDeleted') };
    });

  return (
    <section aria-labelledby="rapport-data-heading">
      <h2 id="rapport-data-heading">{t('optDataTitle')}</h2>
      <p>{t('optDataIntro')}</p>
      <p data-testid="storage-used">
        {t(
          'optDataStorage',
          usage
            ? t(usage.approximate ? 'optDataUsageApprox' : 'optDataUsage', [
                formatBytes(usage.usedBytes, locale),
                String(usage.meetings),
              ])
            : t('optDataStorageUnknown'),
        )}
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
          {t('optDataExport')}
        </button>{' '}
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          {t('optDataImport')}
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
            {t('optDataDeleteAll')}
          </button>
        )}
      </div>
      {confirming && (
        <fieldset aria-label={t('optDataDeleteConfirmLabel')}>
          <p>{t('optDataDeleteConfirm')}</p>
          <button type="button" onClick={onDeleteConfirmed} disabled={busy}>
            {t('optDataDeleteYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('optCancel')}
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
