/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { HealthView } from '@/components/health/HealthView';
import { buildHealthReport, type Diagnostics } from '@/utils/diagnostics/health';
import { SIGNALS } from '@/utils/meeting/constants';
import { useLocale } from '../../../setup/i18n';
import { type Mounted, mount } from '../reflection/render';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

function diag(over: Partial<Diagnostics> = {}): Diagnostics {
  const d = Object.fromEntries(SIGNALS.map((s) => [s, { state: 'ok', layer: `layer:${s}` }])) as Diagnostics;
  return { ...d, ...over };
}

const SAMPLE = `<!doctype html>
<!--
  Rapport anonymised page sample
  platform: zoom
-->
<html><body><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>[t:12ab34cd]</b></body></html>
`;

describe('HealthView', () => {
  it('lists every signal with state, layer, last-ok time and advice', () => {
    const a = buildHealthReport(
      'meet',
      diag({ captions: { state: 'not_visible', layer: null } }),
      Date.UTC(2026, 8, 1, 10, 0, 0),
    );
    const report = buildHealthReport(
      'meet',
      diag({
        speaking: { state: 'broken', layer: null },
        captions: { state: 'not_visible', layer: null },
        chat: { state: 'not_visible', layer: null },
      }),
      Date.UTC(2026, 8, 1, 10, 5, 0),
      a,
    );
    m = mount(<HealthView report={report} onCapture={async () => SAMPLE} locale="en" />);
    const rows = [...m.root.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-signal'))).toEqual([...SIGNALS]);
    const row = (s: string) => m!.root.querySelector(`tr[data-signal="${s}"]`)!;
    expect(row('phase').textContent).toContain('ok');
    expect(row('phase').textContent).toContain('layer:phase');
    expect(row('phase').textContent).toContain('now');
    expect(row('speaking').getAttribute('data-state')).toBe('broken');
    expect(row('speaking').textContent).toContain('broken');
    expect(row('speaking').textContent).toContain('before: layer:speaking');
    expect(m.root.querySelector('[data-testid="rh-advice-speaking"]')?.textContent).toBe(
      'This looks like a Google Meet change — save an anonymised page sample below and attach it to a bug report.',
    );
    expect(m.root.querySelector('[data-testid="rh-advice-captions"]')?.textContent).toBe('Turn on captions.');
    expect(m.root.querySelector('[data-testid="rh-advice-chat"]')?.textContent).toBe('Open the chat panel.');
    expect(row('captions').textContent).toContain('not in this call');
    // Chat worked at the first reading: its time is shown, not "now".
    expect(row('chat').textContent).not.toContain('not in this call');
    expect(row('chat').textContent).toContain(
      new Date(Date.UTC(2026, 8, 1, 10, 0, 0)).toLocaleTimeString('en', {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
    );
    expect(m.root.querySelector('[data-testid="rh-summary"]')?.textContent).toContain('stopped working');
    expect(m.root.querySelector('table caption')).not.toBeNull();
    expect(m.root.querySelectorAll('th[scope="row"]').length).toBe(SIGNALS.length);
  });

  it('shows an empty state without a call and still offers the sample', () => {
    m = mount(<HealthView report={null} onCapture={async () => SAMPLE} locale="en" />);
    expect(m.root.querySelector('[data-testid="rh-no-call"]')).not.toBeNull();
    expect(m.root.querySelector('table')).toBeNull();
    expect(m.root.querySelector('[data-testid="rh-capture"]')).not.toBeNull();
  });

  it('speaks German when the messages are German', () => {
    useLocale('de');
    const report = buildHealthReport(
      'zoom',
      diag({ chat: { state: 'not_visible', layer: null } }),
      1_000_000,
    );
    m = mount(<HealthView report={report} onCapture={async () => SAMPLE} locale="de" />);
    expect(m.text()).toContain('Zustand der Anrufauswertung');
    expect(m.root.querySelector('[data-testid="rh-advice-chat"]')?.textContent).toBe('Öffne den Chat.');
    expect(m.root.querySelector('[data-testid="rh-capture"]')?.textContent).toBe(
      'Anonymisierte Seitenprobe speichern',
    );
  });
});
