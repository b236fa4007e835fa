import browser from 'webextension-polyfill';

/**
 * The extension API for the background and extension pages: webextension-polyfill gives both
 * browsers the same promise-based `browser.*`. The in-page content script uses WXT's thin
 * `wxt/browser` instead, to stay within its size budget (the polyfill alone is ~10 KB).
 */
export { browser };
export type { Browser, Runtime, Tabs } from 'webextension-polyfill';
