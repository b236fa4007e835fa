import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx', 'tests/sync/**/*.test.ts'],
    globals: true,
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
  resolve: {
    // Extension code imports the polyfill through `wxt/browser`; keep tests on WXT's fake browser.
    alias: { 'webextension-polyfill': new URL('./tests/fake-polyfill.ts', import.meta.url).pathname },
  },
});
