/**
 * "Save an anonymised page sample": takes the sample through `onCapture()` (the integrator's message to
 * the meeting tab's content script), shows the start of it as *text* in a preview for the user to review,
 * and saves it as a file on the user's request. Nothing here sends anything anywhere.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { captureFileName, utf8Length } from '@/utils/diagnostics/capture';
import { registry } from '@/utils/platforms/registry';
import { formatBytes, type HealthLocale, hs } from './strings';

export interface CaptureViewProps {
  onCapture(): Promise<string>;
  locale: HealthLocale;
  /** For the file name; read from the sample's header when absent. */
  platform?: string | null;
  /** Preview length in bytes (default 16 KB): enough to judge, small enough to render instantly. */
  previewBytes?: number;
  /** Saves the file; default: a Blob behind a temporary `<a download>` (tests pass a spy). */
  download?: (blob: Blob, fileName: string) => void;
  now?: () => Date;
}

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'ready'; html: string; bytes: number; fileName: string; saved: boolean }
  | { kind: 'error'; message: string };

export const DEFAULT_PREVIEW_BYTES = 16 * 1024;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The platform named in a sample's header comment (`platform: meet`). */
export function platformOf(html: string): string | null {
  const m = /^\s*platform: ([a-z0-9-]+)\s*$/m.exec(html.slice(0, 2000));
  return m?.[1] && registry.meta(m[1]) ? m[1] : null;
}

/** The first `max` bytes of `s` (UTF-8), cut at a character boundary. */
export function headBytes(s: string, max: number): string {
  if (utf8Length(s) <= max) return s;
  let lo = 0;
  let hi = Math.min(s.length, max);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (utf8Length(s.slice(0, mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  // Never split a surrogate pair.
  const c = s.charCodeAt(lo - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? lo - 1 : lo);
}

export function CaptureView({
  onCapture,
  locale,
  platform,
  previewBytes = DEFAULT_PREVIEW_BYTES,
  download = downloadBlob,
  now = () => new Date(),
}: CaptureViewProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const take = async () => {
    setState({ kind: 'working' });
    try {
      const html = await onCapture();
      if (!alive.current) return;
      // A sample names its platform in its header; one that does not is still saved, as 'unknown'.
      const p = platform ?? platformOf(html) ?? 'unknown';
      setState({
        kind: 'ready',
        html,
        bytes: utf8Length(html),
        fileName: captureFileName(p, now()),
        saved: false,
      });
    } catch (e) {
      if (!alive.current) return;
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const save = () => {
    if (state.kind !== 'ready') return;
    download(new Blob([state.html], { type: 'text/html;charset=utf-8' }), state.fileName);
    setState({ ...state, saved: true });
  };

  let status = '';
  if (state.kind === 'working') status = hs('capture_working');
  else if (state.kind === 'ready')
    status = state.saved
      ? hs('capture_saved', state.fileName)
      : hs('capture_ready', formatBytes(state.bytes, locale));
  else if (state.kind === 'error') status = hs('capture_failed', state.message);

  const preview = state.kind === 'ready' ? headBytes(state.html, previewBytes) : '';
  const cut = state.kind === 'ready' && preview.length < state.html.length;

  return (
    <section class="rh-capture" aria-labelledby="rh-capture-title">
      <h3 id="rh-capture-title">{hs('capture_title')}</h3>
      <p>{hs('capture_explain')}</p>
      <p>{hs('capture_attach')}</p>
      <div class="rh-actions">
        <button
          type="button"
          class="rh-button"
          data-testid="rh-capture"
          onClick={take}
          disabled={state.kind === 'working'}
          aria-busy={state.kind === 'working'}
        >
          {state.kind === 'ready' ? hs('capture_again') : hs('capture_button')}
        </button>
        {state.kind === 'ready' && (
          <button type="button" class="rh-button rh-primary" data-testid="rh-save" onClick={save}>
            {hs('capture_save')}
          </button>
        )}
      </div>
      <p class={state.kind === 'error' ? 'rh-status rh-error' : 'rh-status'} role="status" aria-live="polite">
        {status}
      </p>
      {state.kind === 'ready' && (
        <section class="rh-preview" aria-labelledby="rh-preview-title">
          <h4 id="rh-preview-title">{hs('capture_preview')}</h4>
          <p class="rh-muted">
            {hs('capture_size', formatBytes(state.bytes, locale))}
            {cut &&
              ` · ${hs(
                'capture_preview_cut',
                formatBytes(utf8Length(preview), locale),
                formatBytes(state.bytes, locale),
              )}`}
          </p>
          {/* Page-derived text: rendered as a text node, never as markup. tabindex lets keyboards scroll it. */}
          <pre class="rh-pre" data-testid="rh-preview" tabindex={0}>
            {preview}
          </pre>
        </section>
      )}
    </section>
  );
}
