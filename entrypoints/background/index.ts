import { browser, type Tabs } from '@/utils/browser/api';
import { injectCallScript, openNativePanel, toolbarAction } from '@/utils/browser/platform';
import { createRequestListener } from '@/utils/messaging/server';
import type { TabCommand } from '@/utils/messaging/protocol';
import { isCallPageUrl, meetingOfPage } from '@/utils/sites/demo';
import { openWelcomeAfterInstall } from './first-run';
import { createHandlers } from './handlers';
import { broadcastChanged, createServices } from './services';
import { syncAlarm } from './sync';

export default defineBackground(() => {
  const services = createServices();
  const extensionOrigin = browser.runtime.getURL('/');

  // Every listener is registered synchronously: an MV3 worker is woken for an event only if its
  // listener exists as soon as the script has run. No tabs.onUpdated or onActivated: they would
  // wake the worker for every page load and tab switch in the browser (the call script follows
  // its own URL; the side panel, the active tab). Only tabs.onRemoved, to pause a closed call.
  browser.runtime.onMessage.addListener(
    createRequestListener(createHandlers(services), {
      extensionId: browser.runtime.id,
      extensionOrigin,
      isCallPage: (url) => isCallPageUrl(url, extensionOrigin),
      isDockFrame: (tabId, frameId, token) => services.callTabs.admitDockFrame(tabId, frameId, token),
    }),
  );

  /** On a call page the docked sidebar toggles; anywhere else the browser's side panel opens. */
  function toggleSidebar(tab: Tabs.Tab | undefined): void {
    if (tab?.id !== undefined && tab.url && meetingOfPage(tab.url, extensionOrigin)) {
      void toggleDock(tab.id);
      return;
    }
    openNativePanel(tab?.windowId === undefined ? undefined : { windowId: tab.windowId }).catch((error: unknown) => console.warn('Coachbar: cannot open the side panel', error));
  }

  async function toggleDock(tabId: number): Promise<void> {
    const command: TabCommand = { coachbar: 'toggleDock' };
    try {
      await browser.tabs.sendMessage(tabId, command);
    } catch {
      // The tab was open before the extension was installed: inject the call script, then open.
      await injectCallScript(tabId);
      await browser.tabs.sendMessage(tabId, command);
    }
  }

  /** The privacy shortcut: only a tab whose call script runs has a dock to cover. */
  async function coverDock(tabId: number): Promise<void> {
    const command: TabCommand = { coachbar: 'toggleCover' };
    await browser.tabs.sendMessage(tabId, command).catch(() => undefined);
  }

  toolbarAction().onClicked.addListener(toggleSidebar);

  browser.runtime.onInstalled.addListener(openWelcomeAfterInstall);

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar') toggleSidebar(tab);
    if (command === 'toggle-cover' && tab?.id !== undefined && tab.url && meetingOfPage(tab.url, extensionOrigin)) void coverDock(tab.id);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void services.callTabs.remove(tabId).then(async (sessionId) => {
      if (!sessionId) return;
      await services.sessions.pause(sessionId);
      broadcastChanged(['callContext']);
    });
  });

  void services.sync.keepAlarm();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === syncAlarm) void services.sync.run({ force: false });
  });
});

