import { browser } from 'wxt/browser';
import { createCaller } from '@/utils/messaging/client';
import type { TabCommand } from '@/utils/messaging/protocol';
import { detectMeeting, type CallSite } from '@/utils/sites/detect';
import { createDock, type DockLabels } from './dock';

/** DOM hints only: when a selector misses, a typical bar height keeps the controls uncovered. */
const controlBars: Record<CallSite, { selector: string; fallbackPx: number }> = {
  meet: { selector: '[role="region"][aria-label="Call controls"]', fallbackPx: 88 },
  zoom: { selector: '#wc-footer', fallbackPx: 64 },
};

const defaultWidth = 360;

/** The browser's own i18n, straight from locales/*.json ("dock.open" is stored as "dock_open"): no i18n library in the page. */
const message = (key: keyof DockLabels) => (browser.i18n.getMessage as (name: string) => string)(`dock_${key}`);

/**
 * The always-injected script: tiny, no React, no storage of its own. It finds out from the URL
 * whether this tab is in a call and docks the sidebar page there.
 */
export default defineContentScript({
  matches: ['https://meet.google.com/*', 'https://app.zoom.us/wc/*', 'https://*.zoom.us/wc/*'],
  runAt: 'document_idle',
  // Do not announce ourselves to the call page with window.postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const call = createCaller((message) => browser.runtime.sendMessage(message));
    let dock: { controller: AbortController; toggle: () => void } | null = null;
    let inCallCode: string | null = null;

    function meetingTitle(): string {
      // Page text used as data only; the sidebar renders it as text.
      return (document.querySelector('[data-meeting-title]')?.textContent ?? document.title).trim().slice(0, 200);
    }

    async function mount(site: CallSite): Promise<void> {
      const controller = new AbortController();
      ctx.onInvalidated(() => controller.abort());
      const [{ tabId }, stored] = await Promise.all([
        call('registerCallTab', { title: meetingTitle() }),
        browser.storage.local.get(['dockWidth', 'dockOpen']),
      ]);
      if (controller.signal.aborted || !ctx.isValid) return;
      const bar = controlBars[site];
      const instance = createDock(
        {
          labels: {
            open: message('open'),
            close: message('close'),
            collapse: message('collapse'),
            expand: message('expand'),
            popOut: message('popOut'),
            resize: message('resize'),
            region: message('region'),
            frameTitle: message('frameTitle'),
          },
          frameUrl: () => browser.runtime.getURL(`/sidepanel.html?tab=${tabId}`),
          width: typeof stored.dockWidth === 'number' ? stored.dockWidth : defaultWidth,
          bottomInset: () => {
            const element = document.querySelector(bar.selector);
            return element ? Math.max(0, window.innerHeight - element.getBoundingClientRect().top) : bar.fallbackPx;
          },
          onWidthChange: (width) => void browser.storage.local.set({ dockWidth: width }),
          onOpenChange: (open) => void browser.storage.local.set({ dockOpen: open }),
          onPopOut: () => void call('popOut', {}),
        },
        controller.signal,
      );
      if (stored.dockOpen === true) instance.setOpen(true, false);
      dock = { controller, toggle: instance.toggle };
    }

    function unmount(): void {
      dock?.controller.abort();
      dock = null;
    }

    /**
     * URL first: the meeting code decides. SPA navigation in and out of a call is reported by the
     * background (tabs.onUpdated sees pushState in both browsers), so nothing here polls.
     */
    async function follow(): Promise<void> {
      const meeting = detectMeeting(location.href);
      const code = meeting?.code ?? null;
      if (code === inCallCode) return;
      const wasInCall = inCallCode !== null;
      inCallCode = code;
      unmount();
      if (wasInCall) await call('leaveCall', {});
      if (meeting) await mount(meeting.site);
    }

    const onCommand = (message: unknown) => {
      const command = (message as TabCommand | undefined)?.coachbar;
      if (command === 'locationChanged') void follow();
      else if (command === 'toggleDock') dock?.toggle();
      else return undefined;
      // Answering tells the background this tab has its script; silence would look like a missing one.
      return Promise.resolve(dock !== null);
    };
    browser.runtime.onMessage.addListener(onCommand);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onCommand));
    void follow();
  },
});
