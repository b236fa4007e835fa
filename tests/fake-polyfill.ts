import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Code under test imports webextension-polyfill; in tests it gets WXT's in-memory fake browser. */
export default fakeBrowser;
