import { defineConfig } from 'vitest/config';

/** End-to-end tests drive real browsers on the built extension; one file at a time on 2 cores. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A flaky browser test must show up, not pass on a second try.
    retry: 0,
    expect: { poll: { timeout: 10_000 } },
  },
  // The sync tests drive the extension's own engine from Node as the "other device".
  resolve: { alias: { '@/': new URL('./', import.meta.url).pathname } },
});
