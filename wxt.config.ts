import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Host access is limited to the two meeting platforms: Rapport never needs `tabs`,
// `<all_urls>` or any network permission, because nothing it records leaves the browser.
const MEET_MATCHES = ['https://meet.google.com/*'];
const ZOOM_MATCHES = ['https://*.zoom.us/wc/*', 'https://app.zoom.us/wc/*'];

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
    plugins: [preact()],
    // Off in every shipped build; RAPPORT_SOURCEMAP=1 maps the bundles to attribute their bytes to sources.
    build: { sourcemap: process.env.RAPPORT_SOURCEMAP === '1' },
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
