/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureView, headBytes, platformOf } from '@/components/health/CaptureView';
import { HealthView } from '@/components/health/HealthView';
import { HEALTH_STRING_KEYS, hs } from '@/components/health/strings';
import { buildHealthReport, type Diagnostics } from '@/utils/diagnostics/health';
import { SIGNALS } from '@/utils/meeting/constants';
import { loadMessages, useLocale } from '../../../setup/i18n';
import { click, flush, type Mounted, mount } from '../reflection/render';

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

describe('CaptureView', () => {
  it('takes a sample, renders hostile markup in it as text, and saves it under a dated name', async () => {
    const onCapture = vi.fn(async () => SAMPLE);
    const download = vi.fn();
    m = mount(
      <CaptureView
        onCapture={onCapture}
        locale="en"
        download={download}
        now={() => new Date(2026, 8, 7, 12)}
      />,
    );
    expect(m.root.querySelector('[data-testid="rh-save"]')).toBeNull();
    click(m.root.querySelector('[data-testid="rh-capture"]'));
    await flush();
    expect(onCapture).toHaveBeenCalledTimes(1);
    const pre = m.root.querySelector('[data-testid="rh-preview"]')!;
    expect(pre.localName).toBe('pre');
    expect(pre.textContent).toBe(SAMPLE);
    expect(pre.querySelector('*')).toBeNull();
    expect(m.root.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(m.root.querySelector('[role="status"]')?.textContent).toMatch(
      /^Sample ready: \d+ B\. Review it, then save it\.$/,
    );
    expect(m.text()).toContain('Nothing is sent anywhere');
    click(m.root.querySelector('[data-testid="rh-save"]'));
    expect(download).toHaveBeenCalledTimes(1);
    const [blob, name] = download.mock.calls[0]!;
    expect(name).toBe('rapport-page-sample-zoom-2026-09-07.html');
    expect(blob).toBeInstanceOf(Blob);
    expect(await (blob as Blob).text()).toBe(SAMPLE);
    expect(m.root.querySelector('[role="status"]')?.textContent).toBe(
      'Saved as rapport-page-sample-zoom-2026-09-07.html.',
    );
  });

  it('previews only the first bytes of a large sample and says so', async () => {
    const big = `${SAMPLE}${'<div class="x">[t:00000000]</div>\n'.repeat(2000)}`;
    m = mount(<CaptureView onCapture={async () => big} locale="en" previewBytes={1024} platform="meet" />);
    click(m.root.querySelector('[data-testid="rh-capture"]'));
    await flush();
    const pre = m.root.querySelector('[data-testid="rh-preview"]')!;
    expect(pre.textContent!.length).toBeLessThanOrEqual(1024);
    expect(big.startsWith(pre.textContent!)).toBe(true);
    expect(m.text()).toMatch(/Showing the first 1 KB of \d+(\.\d)? KB\./);
  });

  it('reports a failed capture and lets the user try again', async () => {
    const onCapture = vi
      .fn()
      .mockRejectedValueOnce(new Error('no meeting tab'))
      .mockResolvedValueOnce(SAMPLE);
    m = mount(<CaptureView onCapture={onCapture} locale="en" />);
    click(m.root.querySelector('[data-testid="rh-capture"]'));
    await flush();
    expect(m.root.querySelector('[role="status"]')?.textContent).toBe(
      'The sample could not be taken: no meeting tab',
    );
    expect(m.root.querySelector('[data-testid="rh-preview"]')).toBeNull();
    click(m.root.querySelector('[data-testid="rh-capture"]'));
    await flush();
    expect(m.root.querySelector('[data-testid="rh-preview"]')).not.toBeNull();
  });

  it('disables the button while the sample is taken', async () => {
    let resolve: (s: string) => void = () => {};
    const onCapture = vi.fn(() => new Promise<string>((r) => (resolve = r)));
    m = mount(<CaptureView onCapture={onCapture} locale="en" />);
    const btn = m.root.querySelector<HTMLButtonElement>('[data-testid="rh-capture"]')!;
    click(btn);
    await flush();
    expect(btn.disabled).toBe(true);
    expect(m.root.querySelector('[role="status"]')?.textContent).toBe('Taking the sample…');
    resolve(SAMPLE);
    await flush();
    expect(btn.disabled).toBe(false);
  });
});

describe('helpers and strings', () => {
  it('reads the platform from a sample header', () => {
    expect(platformOf(SAMPLE)).toBe('zoom');
    expect(platformOf('<html></html>')).toBeNull();
  });

  it('cuts at a character boundary', () => {
    expect(headBytes('aé👍b', 3)).toBe('aé');
    expect(headBytes('aé👍b', 6)).toBe('aé');
    expect(headBytes('aé👍b', 7)).toBe('aé👍');
    expect(headBytes('abc', 10)).toBe('abc');
  });

  it('has every key in English and German, and substitutes as text', () => {
    const en = loadMessages('en');
    const de = loadMessages('de');
    for (const k of HEALTH_STRING_KEYS) {
      expect(en[k]?.message, k).toBeTruthy();
      expect(de[k]?.message, k).toBeTruthy();
    }
    expect(hs('capture_size', '3 KB')).toBe('Size: 3 KB');
    expect(hs('capture_preview_cut', '$1 KB', '2 KB')).toBe('Showing the first $1 KB of 2 KB.');
  });
});
