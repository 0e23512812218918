import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import type { PlatformMeta } from './utils/platforms/meta';

/**
 * The registered platforms, found the way `utils/platforms/registry.ts` finds them (a folder with a
 * `meta.ts`); that module uses Vite's `import.meta.glob`, which the config, loaded by Node, cannot.
 * `tests/unit/utils/platforms/registry.test.ts` checks that both find the same list.
 */
async function platformMetas(): Promise<PlatformMeta[]> {
  const dir = resolve(import.meta.dirname, 'utils/platforms');
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'meta.ts')))
    .map((d) => d.name)
    .sort();
  const metas: PlatformMeta[] = [];
  for (const name of names) {
    const mod = (await import(pathToFileURL(join(dir, name, 'meta.ts')).href)) as { default: PlatformMeta };
    metas.push(mod.default);
  }
  return metas;
}

/**
 * In the built popup.html, the page's module entry moves into an inert `<template>` (its modulepreload
 * links go), and public/popup-boot.js, one small classic script, puts it into the page once the popup has
 * been shown and painted. Chrome shows an action popup only once its page has loaded, and every module the
 * page loads before that (the entry, WXT's plugin loader, Vite's preload helper) delays it by a fetch:
 * measured in bench/popup.bench.ts, about half the opens lost a frame. The entry's URL stays a literal in
 * the page; no script computes what to load. Build only: `wxt dev` serves the page as written.
 */
function popupBootAfterPaint(): Plugin {
  return {
    name: 'rapport:popup-boot-after-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.replaceAll('\\', '/').endsWith('/entrypoints/popup/index.html')) return html;
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
        if (!entry || html.match(/<script\b/g)?.length !== 1)
          throw new Error('popup.html: expected exactly one module entry script to defer');
        return html
          .replace(
            entry[0],
            `<template id="rapport-popup-entry">${entry[0]}</template>\n    <script defer src="/popup-boot.js"></script>`,
          )
          .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
      },
    },
  };
}

/**
 * One id per `wxt build`, shared by all of its bundles: the loader and the call runtime it hands off with
 * (utils/content/call-runtime.ts) must come from the same build.
 */
const BUILD_ID = Date.now().toString(36);

export default defineConfig({
  imports: false,
  targetBrowsers: ['chrome', 'firefox'],
  // The Firefox sources zip (for addons.mozilla.org review) is the repository; leave out local test output.
  zip: {
    excludeSources: [
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      'demo-output/**',
      'bench-output/**',
    ],
  },
  vite: () => ({
    plugins: [preact(), popupBootAfterPaint()],
    define: { __RAPPORT_BUILD__: JSON.stringify(BUILD_ID) },
    // Off in every shipped build; RAPPORT_SOURCEMAP=1 maps the bundles to attribute their bytes to sources.
    // `hidden` (the bench build) writes the maps without naming them in the bundles, which stay byte for
    // byte the shipped ones; bench/content-overhead.bench.ts maps its CPU profile to sources through them.
    build: {
      sourcemap:
        process.env.RAPPORT_SOURCEMAP === 'hidden' ? 'hidden' : process.env.RAPPORT_SOURCEMAP === '1',
      // Every browser Rapport supports (Chrome MV3, Firefox 140+) knows <link rel="modulepreload">; the
      // polyfill would be one more file for each page to fetch before it has loaded.
      modulePreload: { polyfill: false },
    },
  }),
  manifest: async ({ browser }) => {
    const platforms = await platformMetas();
    return manifestFor(browser, platforms);
  },
});

function manifestFor(browser: string, platforms: readonly PlatformMeta[]) {
  // Host access is limited to the meeting platforms' pages: Rapport never needs `tabs`, `<all_urls>` or
  // any network permission, because nothing it records leaves the browser.
  const matches = [...new Set(platforms.flatMap((p) => p.matches))];
  const cardMatches = [...new Set(platforms.flatMap((p) => p.cardMatches))];
  return {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting` (Chrome MV3; no install warning) runs the call runtime in a meeting tab once a call starts
    // (utils/content/call-runtime.ts), and after an update mid-call injects the new content script into the
    // meeting tabs already open (utils/background/reinject.ts). Firefox MV2 does the first with
    // `tabs.executeScript` and the host permission, and re-runs content scripts in open tabs itself.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'scripting'],
    host_permissions: matches,
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Rapport' },
    commands: {
      'toggle-overlay': {
        // Alt+Shift+R: unused by Meet, Zoom web, Chrome and Firefox (see components/overlay/mount.ts).
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleOverlay__',
      },
    },
    // The end-of-call card is this page in an iframe on the platform's end screen.
    web_accessible_resources: [
      {
        resources: ['reflection.html', 'chunks/*', 'assets/*'],
        matches: cardMatches,
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rapport@rapport.invalid',
              // 140 (the current ESR) is the first to know data_collection_permissions; web-ext lint warns below it.
              strict_min_version: '140.0',
              // Rapport collects nothing: all data stays in the browser's own storage.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  };
}
