import type { Page, Worker } from '@playwright/test';
import { EXTENSION_DIR, expect, getServiceWorker, test } from './fixtures';

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

async function contentScriptHellos(worker: Worker, platform: string): Promise<number> {
  return worker.evaluate(
    (p) => (globalThis as unknown as { __rapportSeen?: Map<string, number> }).__rapportSeen?.get(p) ?? 0,
    platform,
  );
}

test('the Meet content script runs on a page served at meet.google.com', async ({ context, network }) => {
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Meet</title><main>call</main>' }),
  );
  const worker = await getServiceWorker(context);
  const page = await context.newPage();
  await page.goto('https://meet.google.com/abc-defg-hij');
  await expect.poll(() => contentScriptHellos(worker, 'meet')).toBeGreaterThan(0);
  expect(network.leaked).toEqual([]);
});

test('the Zoom content script runs on the Zoom web client', async ({ context, network }) => {
  await context.route('https://app.zoom.us/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Zoom</title><main>call</main>' }),
  );
  const worker = await getServiceWorker(context);
  const page = await context.newPage();
  await page.goto('https://app.zoom.us/wc/123456789/join');
  await expect.poll(() => contentScriptHellos(worker, 'zoom')).toBeGreaterThan(0);
  expect(network.leaked).toEqual([]);
});

for (const name of ['popup', 'options'] as const) {
  test(`the ${name} page opens without console errors`, async ({ context, extensionId, network }) => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    await expect(page.getByRole('heading', { name: 'Rapport' })).toBeVisible();
    expect(errors).toEqual([]);
    expect(network.leaked).toEqual([]);
  });
}

test('the network guard catches a request that would leave the machine', async ({ context, network }) => {
  // Proves the "no network request" assertions above can fail: a page that phones home is caught.
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><script>fetch("https://tracker.invalid/beacon").catch(() => {})</script>',
    }),
  );
  // Declared as provoked, so the automatic teardown check (which fails any test that leaks) lets it pass.
  network.expected.push('https://tracker.invalid/beacon');
  const page = await context.newPage();
  await page.goto('https://meet.google.com/abc-defg-hij');
  await expect.poll(() => network.leaked).toContain('https://tracker.invalid/beacon');
});

test('the built manifests ask for no more than they need (fails if a permission is added)', async () => {
  const { readFileSync } = await import('node:fs');
  const { join, resolve } = await import('node:path');
  const chrome = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(chrome.manifest_version).toBe(3);
  // `scripting` (no install warning): the background runs the call runtime in a meeting tab when a call starts,
  // and injects the new content script into open meeting tabs after an update (utils/background/reinject.ts).
  expect(chrome.permissions).toEqual(['storage', 'scripting']);
  // That runtime (content-call.js) is never fetched by a page: nothing of the content scripts is
  // web-accessible, only the end-of-call card and its chunks (utils/content/call-runtime.ts).
  for (const m of [
    chrome,
    JSON.parse(readFileSync(resolve(EXTENSION_DIR, '../firefox-mv2/manifest.json'), 'utf8')),
  ]) {
    const exposed = (m.web_accessible_resources as ({ resources: string[] } | string)[]).flatMap((r) =>
      typeof r === 'string' ? [r] : r.resources,
    );
    expect(exposed).toEqual(['reflection.html', 'chunks/*', 'assets/*']);
  }
  expect(readFileSync(join(EXTENSION_DIR, 'content-call.js'), 'utf8')).toContain('__rapportCallRuntime');
  expect(chrome.host_permissions).toEqual([
    'https://meet.google.com/*',
    'https://*.zoom.us/wc/*',
    'https://app.zoom.us/wc/*',
  ]);
  expect(chrome.optional_permissions ?? []).toEqual([]);
  const firefox = JSON.parse(readFileSync(resolve(EXTENSION_DIR, '../firefox-mv2/manifest.json'), 'utf8'));
  expect(firefox.permissions).toEqual([
    'storage',
    'https://meet.google.com/*',
    'https://*.zoom.us/wc/*',
    'https://app.zoom.us/wc/*',
  ]);
  expect(firefox.browser_specific_settings.gecko.id).toBe('rapport@rapport.invalid');
  expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
});

test('the built popup loads one small script before it is shown, and its real entry after', async () => {
  // Chrome shows an action popup only once its page has loaded; every file the page waits for delays it
  // (see public/popup-boot.js and bench/popup.bench.ts).
  const { readFileSync } = await import('node:fs');
  const { join, resolve } = await import('node:path');
  for (const dir of [EXTENSION_DIR, resolve(EXTENSION_DIR, '../firefox-mv2')]) {
    const html = readFileSync(join(dir, 'popup.html'), 'utf8');
    // The entry waits, inert, in a template; outside it the boot script is the only script.
    const template = /<template id="rapport-popup-entry">([\s\S]*?)<\/template>/.exec(html);
    expect(template).not.toBeNull();
    const outside = html.replace(template![0], '');
    expect(outside.match(/<script\b[^>]*>/g)).toEqual(['<script defer src="/popup-boot.js">']);
    expect(outside).not.toMatch(/<link\b[^>]*rel="(stylesheet|modulepreload)"/);
    expect(outside).not.toMatch(/<img\b/);
    const entry = /^<script type="module" crossorigin src="(\/chunks\/popup-[\w-]+\.js)"><\/script>$/.exec(
      template![1]!,
    )?.[1];
    expect(entry).toBeDefined();
    expect(readFileSync(join(dir, entry!), 'utf8')).toContain('ui:popup');
  }
});
