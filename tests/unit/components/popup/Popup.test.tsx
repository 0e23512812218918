// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { createMockReflectionClient } from '@/components/reflection/client';
import { teamCall } from '../../utils/prompts/factory';
import { flush } from '../reflection/render';

/** The body of the shipped popup.html: the static shell the browser paints before any script. */
function shellBody(): string {
  const html = readFileSync(join(process.cwd(), 'entrypoints/popup/index.html'), 'utf8');
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  return body.replace(/<script\b[\s\S]*?<\/script>/g, '');
}

afterEach(() => {
  const app = document.getElementById('app');
  if (app) act(() => render(null, app));
  document.body.innerHTML = '';
});

describe('the popup over its static shell', () => {
  it('the shell has the brand, the switch placeholder and a busy status, and nothing localised', () => {
    document.body.innerHTML = shellBody();
    const app = document.getElementById('app')!;
    expect(app.querySelector('h1')?.textContent).toBe('Rapport');
    expect(app.querySelector('button[role="switch"]')?.hasAttribute('disabled')).toBe(true);
    expect(app.querySelector('[role="status"][aria-busy="true"]')).not.toBeNull();
    expect(app.querySelector('.popup-foot')).toBeNull();
  });

  it('the page paints from its own bytes: no stylesheet or image to fetch before it has loaded', () => {
    // Chrome shows an action popup only once its page has loaded; every fetch the page waits for delays it.
    const html = readFileSync(join(process.cwd(), 'entrypoints/popup/index.html'), 'utf8');
    expect(html).not.toMatch(/<link\b[^>]*rel="stylesheet"/);
    expect(html).not.toMatch(/<img\b/);
    expect(html).toMatch(/<style>[\s\S]*\.popup-head[\s\S]*<\/style>/);
    // One script, the entry; the build puts it behind public/popup-boot.js, which imports it after the
    // first paint (checked on the built page in tests/e2e/smoke.spec.ts).
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });

  it('the first render adopts the shell nodes instead of adding a second popup', async () => {
    document.body.innerHTML = shellBody();
    const app = document.getElementById('app')!;
    const h1 = app.querySelector('h1');
    const logo = app.querySelector('svg.popup-logo');
    expect(logo).not.toBeNull();
    const toggle = app.querySelector('button[role="switch"]');
    const client = createMockReflectionClient([
      { meetingId: 'm1', summary: teamCall(), saved: null, read: true },
    ]);
    act(() => {
      render(
        <Popup
          reflections={client}
          getTracking={async () => true}
          setTracking={async () => {}}
          openOptions={() => {}}
          openWelcome={() => {}}
          t={(k) => k}
          locale="en"
        />,
        app,
      );
    });
    await flush();
    expect(app.querySelectorAll('.popup')).toHaveLength(1);
    expect(app.querySelectorAll('h1')).toHaveLength(1);
    // Same nodes: nothing is torn down and rebuilt, so nothing flashes.
    expect(app.querySelector('h1')).toBe(h1);
    expect(app.querySelector('svg.popup-logo')).toBe(logo);
    expect(logo?.querySelectorAll('circle')).toHaveLength(2);
    expect(app.querySelector('button[role="switch"]')).toBe(toggle);
    expect(toggle?.hasAttribute('disabled')).toBe(false);
    expect(toggle?.getAttribute('aria-checked')).toBe('true');
    expect(toggle?.textContent).toBe('popupTracking');
    expect(app.querySelector('.popup-hint')?.textContent).toBe('popupTrackingOnHint');
    // The shell's busy placeholder is gone; the panel and the footer are there.
    expect(app.querySelector('[aria-busy]')).toBeNull();
    expect(app.querySelector('.rp-panel')).not.toBeNull();
    expect(app.querySelector('.popup-foot')?.textContent).toContain('popupOpenOptions');
  });
});
