/**
 * The options page's health section: the per-signal health of the current or last call (refreshed while
 * the page is open) and the anonymised page sample, both from `components/health`.
 */
import { useEffect, useState } from 'preact/hooks';
import { HealthView } from '@/components/health/HealthView';
import type { HealthReport } from '@/utils/diagnostics/health';
import type { RapportClient } from './client';
import type { Locale } from './format';

/** How often the view re-reads the report while open; the content script sends changes every ~5 s. */
const REFRESH_MS = 3000;

export function HealthSection({ client, locale }: { client: RapportClient; locale: Locale }) {
  const [report, setReport] = useState<HealthReport | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      client
        .health()
        .then((r) => alive && setReport(r.report))
        .catch(() => {});
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [client]);
  return (
    <div id="health">
      <HealthView report={report} onCapture={() => client.capture()} locale={locale} />
    </div>
  );
}
