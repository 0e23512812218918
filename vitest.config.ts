import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The options page's tests were written when `t()` returned the message key outside an extension, and
// assert keys (stricter about which message shows); every other test renders real English from `_locales`.
const KEY_MODE = ['tests/unit/components/options/**'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    mockReset: true,
    restoreMocks: true,
    // A test that asserts nothing passes whatever the code does: every test must call expect at least once.
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // tests/platforms/: test-only platforms, each a folder (see tests/platforms/fakeconf).
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/platforms/**/*.test.{ts,tsx}'],
          exclude: KEY_MODE,
          setupFiles: ['tests/setup/indexeddb.ts', 'tests/setup/i18n.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-keys',
          include: ['tests/unit/components/options/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/indexeddb.ts'],
        },
      },
    ],
  },
});
