import { browser } from 'wxt/browser';
import { createCaller } from '@/utils/messaging/client';
import { dockTokenParam, type TabCommand } from '@/utils/messaging/protocol';
import { findControlBar, matchingElement } from './find';
import { detectMeeting, type CallSite } from '@/utils/sites/detect';
import { createDock } from './dock';

const defaultWidth = 360;
/** The sidebar is preloaded once the call page's own start-up is over, when it is idle… */
const preloadAfterMs = 2000;
/** …or by then anyway: a busy call page may have no idle time. */
const preloadWithinMs = 3000;

/**
 * The always-injected script: tiny, no React, and no browser API but runtime messaging (the
 * background answers with the dock's state and labels). It finds out from the URL whether this
 * tab is in a call and docks the sidebar page there.
 */
export default defineContentScript({
  matches: ['https://meet.google.com/*', 'https://app.zoom.us/wc/*', 'https://*.zoom.us/wc/*'],
  runAt: 'document_idle',
  // Do not announce ourselves to the call page with window.postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const call = createCaller((message) => browser.runtime.sendMessage(message));
    let dock: Record<TabCommand['coachbar'], () => void> | null = null;
    /** Aborts this call's dock, or its mount still waiting for the background. */
    let mounted: AbortController | null = null;
    let inCallCode: string | null = null;

    function meetingTitle(): string {
      // Page text used as data only; the sidebar renders it as text.
      return (document.querySelector('[data-meeting-title]')?.textContent ?? document.title).trim().slice(0, 200);
    }

    async function mount(site: CallSite, signal: AbortSignal): Promise<void> {
      // The background tells from it whether the page is dark (pageTheme), for the dock and the sidebar to follow.
      const start = await call('registerCallTab', { title: meetingTitle(), pageBackground: getComputedStyle(document.body).backgroundColor, site });
      // The call was left while a sleeping background woke to answer.
      if (signal.aborted || !ctx.isValid) return;
      // The site's hints come with the answer: the background keeps the tables (and runs them for the call page check).
      const { hints } = start;
      const instance = createDock(
        {
          labels: start.labels,
          frameUrl: (mode) => browser.runtime.getURL(`/sidepanel.html?tab=${start.tabId}&${dockTokenParam}=${start.dockToken}${mode === 'preload' ? '&preload' : ''}`),
          onShown: () => void call('showDock', {}),
          width: start.width ?? defaultWidth,
          open: start.open,
          bottomInset: () => findControlBar(hints).inset,
          presenting: () => matchingElement(hints.presenting),
          dark: start.pageTheme === 'dark',
          onWidthChange: (width) => void call('saveDockState', { width }),
          onOpenChange: (open) => void call('saveDockState', { open }),
          onPopOut: () => void call('popOut', {}),
        },
        signal,
      );
      if (!start.open) ctx.setTimeout(() => ctx.requestIdleCallback(() => !signal.aborted && instance.preload(), { timeout: preloadWithinMs }), preloadAfterMs);
      dock = instance;
    }

    function unmount(): void {
      mounted?.abort();
      mounted = null;
      dock = null;
    }

    /**
     * URL first: the meeting code decides. Meet and Zoom move in and out of a call with
     * history.pushState, which the Navigation API reports here; nothing polls, and the background
     * is not woken for every other tab's loads as a tabs.onUpdated listener would wake it.
     */
    async function follow(): Promise<void> {
      const meeting = detectMeeting(location.href);
      const code = meeting?.code ?? null;
      if (code === inCallCode) return;
      const wasInCall = inCallCode !== null;
      inCallCode = code;
      unmount();
      const controller = (mounted = new AbortController());
      if (wasInCall) await call('leaveCall', {});
      if (meeting && !controller.signal.aborted) await mount(meeting.site, controller.signal);
    }

    const onCommand = (message: unknown) => {
      const command = (message as TabCommand | undefined)?.coachbar;
      if (command !== 'toggleDock' && command !== 'closeDock' && command !== 'toggleCover') return undefined;
      dock?.[command]();
      // Answering tells the background this tab has its script; silence would look like a missing one.
      return Promise.resolve(dock !== null);
    };
    browser.runtime.onMessage.addListener(onCommand);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onCommand);
      unmount();
    });
    void follow();
    // In every browser the manifest allows (see its minimum versions); lib.dom does not type it yet.
    // Followed once the page's code that moved has run to its end: the title is read from its view.
    ctx.addEventListener((window as unknown as { navigation: EventTarget }).navigation, 'currententrychange', () => queueMicrotask(() => void follow()));
  },
});
