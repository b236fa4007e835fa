import { browser } from 'wxt/browser';
import { createCaller, RemoteError, withDockToken } from '@/utils/messaging/client';
import { dockTokenParam } from '@/utils/messaging/protocol';
import '@/components/base.css';
import './sidebar.css';

/** `?tab=N` when docked in (or popped out of) a call tab; absent in the browser's own side panel. */
function hostTabId(): number | undefined {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param === null ? NaN : Number(param);
  return Number.isInteger(tab) && tab >= 0 ? tab : undefined;
}

/**
 * `&preload`: the dock loaded this page before the user opened it. It waits until shown, so a call
 * whose sidebar is never opened gets no session. Asked again when the answer is lost (a stopped
 * service worker drops it) while this page can still reach the extension; an answer that is an
 * error (a refusal) is left for the first read to show.
 */
async function shown(): Promise<void> {
  if (!new URLSearchParams(location.search).has('preload')) return;
  for (;;) {
    try {
      return await call('waitForDockShown', {});
    } catch (error) {
      if (error instanceof RemoteError || !browser.runtime?.id) return;
    }
  }
}

// This entry is tiny on purpose: the first read leaves before React is even fetched, so the
// background opens the session while the page loads and compiles the rest (start.tsx), and the
// first render already has what it shows.
const tabId = hostTabId();
// The dock's token: the background serves this page, when framed, only as the dock it was made for.
const call = createCaller(withDockToken((message) => browser.runtime.sendMessage(message), new URLSearchParams(location.search).get(dockTokenParam)));
const visible = shown();
const opening = visible.then(() => call('openSidebar', { ...(tabId === undefined ? {} : { tabId }), uiLanguage: browser.i18n.getUILanguage() }));
// Handled in start(); this only keeps a failure that comes first from being reported as unhandled.
opening.catch(() => undefined);
void import('./start').then(({ start }) => start(tabId, opening, visible));
