/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureView, headBytes, platformOf } from '@/components/health/CaptureView';
import { click, flush, type Mounted, mount } from '../reflection/render';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

const SAMPLE = `<!doctype html>
<!--
  Rapport anonymised page sample
  platform: zoom
-->
<html><body><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>[t:12ab34cd]</b></body></html>
`;

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

describe('helpers', () => {
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
});
