import { browser } from 'wxt/browser';
import { createCaller } from '@/utils/messaging/client';
import { openSidebarMessage } from '@/utils/messaging/protocol';
import '@/components/base.css';
import './sidebar.css';

/** `?tab=N` when docked in (or popped out of) a call tab; absent in the browser's own side panel. */
function hostTabId(): number | undefined {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param === null ? NaN : Number(param);
  return Number.isInteger(tab) && tab >= 0 ? tab : undefined;
}

/**
 * `&preload`: the dock loaded this page before the user opened it. It waits until shown (the dock
 * posts openSidebarMessage), so a call whose sidebar is never opened gets no session.
 */
function shown(): Promise<void> {
  if (!new URLSearchParams(location.search).has('preload')) return Promise.resolve();
  return new Promise((resolve) => {
    window.addEventListener('message', (event) => {
      if (event.source === window.parent && event.data === openSidebarMessage) resolve();
    });
  });
}

// This entry is tiny on purpose: the first read leaves before React is even fetched, so the
// background opens the session while the page loads and compiles the rest (start.tsx), and the
// first render already has what it shows.
const tabId = hostTabId();
const call = createCaller((message) => browser.runtime.sendMessage(message));
const visible = shown();
const opening = visible.then(() => call('openSidebar', { ...(tabId === undefined ? {} : { tabId }), uiLanguage: browser.i18n.getUILanguage() }));
// Handled in start(); this only keeps a failure that comes first from being reported as unhandled.
opening.catch(() => undefined);
void import('./start').then(({ start }) => start(tabId, opening, visible));
