import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Domain folders stay pure: no browser, storage or UI framework (ARCHITECTURE.md).
const pureDomains = ['agenda', 'sites', 'clock', 'questions', 'ratings', 'export', 'backup', 'sync', 'sessions', 'notes', 'i18n'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/profiles/**', 'web-ext-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: pureDomains.map((d) => `utils/${d}/**/*.ts`),
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt', 'wxt/*', 'dexie', 'react', 'react-dom', 'webextension-polyfill', '#imports', '#i18n'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'indexedDB', 'localStorage'],
    },
  },
  {
    // Pages read and write through components/data, the one place that talks to the background.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/sidepanel/**', 'entrypoints/dashboard/**'],
    ignores: ['components/data/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: '@/utils/messaging/background', message: 'Use a hook or command in components/data.' }] }] },
  },
  {
    // The always-injected script must stay tiny: no React, no Dexie.
    files: ['entrypoints/*.content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react-dom/*', 'dexie', '@tanstack/*', 'chart.js', '**/db/**'] }] },
  },
);
