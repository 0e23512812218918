import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// Host access is limited to the two meeting platforms: Rapport never needs `tabs`,
// `<all_urls>` or any network permission, because nothing it records leaves the browser.
const MEET_MATCHES = ['https://meet.google.com/*'];
const ZOOM_MATCHES = ['https://*.zoom.us/wc/*', 'https://app.zoom.us/wc/*'];

const NO_WXT_PLUGINS = '\0rapport:popup-without-wxt-plugins';

/**
 * WXT adds its runtime-plugin loader (`virtual:wxt-html-plugins`) to every HTML page. Rapport configures no
 * WXT plugins, so in the popup the loader would only be two more files to fetch before the page counts as
 * loaded, and Chrome shows an action popup only once its page has loaded (measured in bench/popup.bench.ts:
 * each file the popup waits for costs a few milliseconds of its first paint). The popup gets an empty
 * module in its place. If a WXT plugin is ever added to this config, drop this.
 */
function popupWithoutWxtPlugins(): Plugin {
  return {
    name: 'rapport:popup-without-wxt-plugins',
    enforce: 'pre',
    resolveId(id, importer) {
      if (
        id === 'virtual:wxt-html-plugins' &&
        importer?.replaceAll('\\', '/').includes('/entrypoints/popup/')
      )
        return NO_WXT_PLUGINS;
      return null;
    },
    load(id) {
      return id === NO_WXT_PLUGINS ? 'export {};' : null;
    },
  };
}

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
    plugins: [preact(), popupWithoutWxtPlugins()],
    // Off in every shipped build; RAPPORT_SOURCEMAP=1 maps the bundles to attribute their bytes to sources.
    build: {
      sourcemap: process.env.RAPPORT_SOURCEMAP === '1',
      // Every browser Rapport supports (Chrome MV3, Firefox 140+) knows <link rel="modulepreload">; the
      // polyfill would be one more file for each page to fetch before it has loaded.
      modulePreload: { polyfill: false },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: [...MEET_MATCHES, ...ZOOM_MATCHES],
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
        matches: [...MEET_MATCHES, 'https://*.zoom.us/*'],
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
  }),
});
