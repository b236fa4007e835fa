import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pasteTarget } from '@/entrypoints/background/call-chat';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createServices, type Services } from '@/entrypoints/background/services';
import type { MessageSenderInfo } from '@/utils/messaging/server';

const sidebarUrl = 'chrome-extension://test-extension-id/sidepanel.html';
/** What the browser tells of a sender: 0 for a tab's top frame. */
type Sender = MessageSenderInfo & { frameId?: number };
let services: Services | undefined;
let scripted: number[];

beforeEach(() => {
  scripted = [];
  // The chat box is found (by its English label): what matters here is which tab the script would run in.
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async ({ target }: { target: { tabId: number } }) => {
    scripted.push(target.tabId);
    return [{ frameId: 0, result: 'label-en' }];
  }) as never);
});

afterEach(async () => {
  await services?.db.delete();
  services = undefined;
});

async function tab(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

const dockIn = (tabId: number): Sender => ({ id: fakeBrowser.runtime.id, url: `${sidebarUrl}?tab=${tabId}`, frameId: 3, tab: { id: tabId, url: 'https://meet.google.com/abc-defg-hij' } });

describe('pasteToCallChat', () => {
  it('pastes into the call the dock sits in, and refuses any other tab', async () => {
    services = createServices();
    const handlers = createHandlers(services);
    const call = await tab('https://meet.google.com/abc-defg-hij');
    const otherCall = await tab('https://meet.google.com/xyz-abcd-efg');
    const otherSite = await tab('https://cloud.example.com/dav/');

    expect(await handlers.pasteToCallChat({ tabId: call, text: 'What would make it a 7?' }, dockIn(call))).toEqual({ pasted: true });
    for (const tabId of [otherCall, otherSite]) {
      await expect(handlers.pasteToCallChat({ tabId, text: 'injected' }, dockIn(call))).rejects.toMatchObject({ name: 'NotAllowedError' });
    }
    expect(scripted).toEqual([call]);
  });

  it('lets a popped-out sidebar paste into the call it came from, and the side panel into the call it shows', async () => {
    services = createServices();
    const handlers = createHandlers(services);
    // The fake browser knows a last-focused window only once a second one has been focused.
    const callWindow = (await fakeBrowser.windows.create({ focused: true }))!;
    await fakeBrowser.windows.create({ focused: true });
    const call = (await fakeBrowser.tabs.create({ windowId: callWindow.id, url: 'https://meet.google.com/abc-defg-hij', active: true })).id!;
    const otherCall = (await fakeBrowser.tabs.create({ windowId: callWindow.id, url: 'https://meet.google.com/xyz-abcd-efg' })).id!;
    const popOut = await tab(`${sidebarUrl}?tab=${call}`);
    const poppedOut: Sender = { id: fakeBrowser.runtime.id, url: `${sidebarUrl}?tab=${call}`, frameId: 0, tab: { id: popOut } };
    await handlers.pasteToCallChat({ tabId: call, text: 'a' }, poppedOut);
    await expect(handlers.pasteToCallChat({ tabId: otherCall, text: 'a' }, poppedOut)).rejects.toMatchObject({ name: 'NotAllowedError' });

    const sidePanel: Sender = { id: fakeBrowser.runtime.id, url: sidebarUrl };
    await handlers.pasteToCallChat({ tabId: call, text: 'b' }, sidePanel);
    await expect(handlers.pasteToCallChat({ tabId: otherCall, text: 'b' }, sidePanel)).rejects.toMatchObject({ name: 'NotAllowedError' });
    expect(scripted).toEqual([call, call]);
  });

  it('refuses a tab that no longer holds a call, and a page that is not the sidebar', async () => {
    services = createServices();
    const handlers = createHandlers(services);
    const left = await tab('https://meet.google.com/landing');
    await expect(handlers.pasteToCallChat({ tabId: left, text: 'x' }, dockIn(left))).rejects.toMatchObject({ name: 'NotAllowedError' });
    const call = await tab('https://meet.google.com/abc-defg-hij');
    const dashboard = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/dashboard.html' };
    await expect(handlers.pasteToCallChat({ tabId: call, text: 'x' }, dashboard)).rejects.toMatchObject({ name: 'NotAllowedError' });
    expect(scripted).toEqual([]);
  });

  it("pastes from the dock in Chrome too, where getURL gives the sidebar's dynamic address and senders the fixed one", async () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(((path: string) =>
      `chrome-extension://${path.includes('sidepanel.html') ? 'dynamic-session-id' : 'test-extension-id'}/${path.replace(/^\//, '')}`) as never);
    services = createServices();
    const handlers = createHandlers(services);
    const call = await tab('https://meet.google.com/abc-defg-hij');
    await expect(handlers.pasteToCallChat({ tabId: call, text: 'x' }, dockIn(call))).resolves.toEqual({ pasted: true });
    expect(scripted).toEqual([call]);
  });
});

describe('pasteTarget', () => {
  it.each([
    ['the dock in tab 7', { url: `${sidebarUrl}?tab=7`, frameId: 2, tab: { id: 7 } }, 7],
    ['a frame in tab 7 naming tab 9', { url: `${sidebarUrl}?tab=9`, frameId: 2, tab: { id: 7 } }, 7],
    ['the pop-out of tab 7', { url: `${sidebarUrl}?tab=7`, frameId: 0, tab: { id: 12 } }, 7],
    ['a sidebar tab naming no call', { url: sidebarUrl, frameId: 0, tab: { id: 12 } }, null],
    ['the side panel', { url: sidebarUrl }, 'shown'],
    ['the dashboard', { url: 'chrome-extension://test-extension-id/dashboard.html' }, null],
    ['a call page', { url: 'https://meet.google.com/abc-defg-hij', frameId: 0, tab: { id: 7 } }, null],
  ] as const)('%s', (_name, sender, expected) => {
    expect(pasteTarget(sender, sidebarUrl)).toBe(expected);
  });
});
