import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createServices, type Services } from '@/entrypoints/background/services';
import type { MessageSenderInfo } from '@/utils/messaging/server';

let services: Services | undefined;

afterEach(async () => {
  vi.restoreAllMocks();
  await services?.db.delete();
  services = undefined;
});

function background() {
  services = createServices();
  return createHandlers(services);
}

const sidebarUrl = 'chrome-extension://test-extension-id/sidepanel.html';

describe("closing the dock for the browser's side panel", () => {
  it("sends its tab the closeDock command when the tab's own dock asks, and keeps the dock closed", async () => {
    const handlers = background();
    const tabId = (await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' })).id!;
    await fakeBrowser.storage.local.set({ dockOpen: true });
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    // A framed page reaches a handler only as its tab's own dock: the message check has seen its token.
    const dock: MessageSenderInfo = { id: fakeBrowser.runtime.id, url: `${sidebarUrl}?tab=${tabId}&dock=token`, tab: { id: tabId }, frameId: 3 };
    await handlers.closeDock({}, dock);
    expect(sent).toHaveBeenCalledWith(tabId, { coachbar: 'closeDock' });
    expect(await fakeBrowser.storage.local.get('dockOpen')).toEqual({ dockOpen: false });
  });

  it.each([
    ["the browser's side panel", { url: sidebarUrl }],
    ['a sidebar popped out into a tab of its own', { url: `${sidebarUrl}?tab=7`, tab: { id: 9 }, frameId: 0 }],
    ['the dashboard', { url: 'chrome-extension://test-extension-id/dashboard.html' }],
  ])('refuses %s, which has no dock of its own', async (_name, sender) => {
    const handlers = background();
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await expect(handlers.closeDock({}, { id: fakeBrowser.runtime.id, ...sender })).rejects.toThrow(/Only a docked sidebar/);
    expect(sent).not.toHaveBeenCalled();
  });
});
