import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { callPageCheckItem } from '@/entrypoints/background/call-page-check';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createServices, type Services } from '@/entrypoints/background/services';
import type { MessageSenderInfo } from '@/utils/messaging/server';
import { siteHints } from '@/utils/sites/call-hints';

let services: Services | undefined;

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

afterEach(async () => {
  await services?.db.delete();
  services = undefined;
});

function background() {
  services = createServices();
  return createHandlers(services);
}

const callPage = (tabId: number, url: string): MessageSenderInfo => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId, url } });
const dockIn = (tabId: number, url: string) => ({ id: fakeBrowser.runtime.id, url: `chrome-extension://test-extension-id/sidepanel.html?tab=${tabId}`, frameId: 3, tab: { id: tabId, url } });

/** The call page as the finders would see it: each finder's answer, by its name. */
function callPageShows(answers: Record<string, unknown>): string[] {
  const ran: string[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async ({ func }: { func: { name: string } }) => {
    ran.push(func.name);
    return [{ frameId: 0, result: answers[func.name] }];
  }) as never);
  return ran;
}

describe('the call script starts', () => {
  it.each([
    { name: 'a dark page', background: 'rgb(32, 33, 36)', theme: 'dark' },
    { name: 'a light page', background: 'rgb(255, 255, 255)', theme: 'light' },
    { name: 'a transparent page', background: 'rgba(0, 0, 0, 0)', theme: null },
    { name: 'a colour it cannot read', background: 'color(display-p3 0 0 0)', theme: null },
  ])('with the theme of $name, read from its background, and its site’s hints', async ({ background: pageBackground, theme }) => {
    const handlers = background();
    const url = 'https://app.zoom.us/wc/123456789/join';
    const tabId = (await fakeBrowser.tabs.create({ url })).id!;
    const start = await handlers.registerCallTab({ title: 'Zoom', pageBackground }, callPage(tabId, url));
    expect(start.pageTheme).toBe(theme);
    expect(start.hints).toEqual(siteHints('zoom'));
    expect((await handlers.getCallContext({ tabId }, callPage(tabId, url)))?.pageTheme).toBe(theme);
  });

  it("takes the site the script read from its address: after Meet's in-page navigation the sender is still the landing page", async () => {
    const handlers = background();
    const tabId = (await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' })).id!;
    const start = await handlers.registerCallTab({ title: '', site: 'meet' }, callPage(tabId, 'https://meet.google.com/landing'));
    expect(start.hints).toEqual(siteHints('meet'));
    await expect(handlers.registerCallTab({ title: '' }, callPage(tabId, 'https://meet.google.com/landing'))).rejects.toThrow();
  });
});

describe('the call page check', () => {
  it('runs the hints in the call page when the sidebar opens, keeps the chat hint of a paste, and checks afresh for the dashboard', async () => {
    const handlers = background();
    const url = 'https://meet.google.com/abc-defg-hij?hl=nl';
    const tabId = (await fakeBrowser.tabs.create({ url })).id!;
    const ran = callPageShows({ findControlBar: { hint: 'leave-icon', inset: 80 }, matchingHint: null, fillChatBox: 'send-icon' });
    await handlers.registerCallTab({ title: 'Gesprek', pageBackground: 'rgb(32, 33, 36)' }, callPage(tabId, url));
    await handlers.openSidebar({ tabId, uiLanguage: 'nl' }, dockIn(tabId, url));
    await vi.waitFor(async () => expect(await callPageCheckItem.getValue()).toMatchObject({ site: 'meet', controlBar: 'leave-icon', presenting: null, pageTheme: 'dark' }));
    expect(await callPageCheckItem.getValue()).not.toHaveProperty('chatBox');

    await handlers.pasteToCallChat({ tabId, text: 'Wat zou er een 7 van maken?' }, dockIn(tabId, url));
    expect(await callPageCheckItem.getValue()).toMatchObject({ controlBar: 'leave-icon', chatBox: 'send-icon' });

    // The user presents now, and the bar's icons are gone: the dashboard sees it as it is.
    callPageShows({ findControlBar: { hint: 'fallback', inset: 88 }, matchingHint: 'stop-present-icon' });
    const check = await handlers.getCallPageCheck({}, { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/dashboard.html' });
    expect(check).toMatchObject({ site: 'meet', controlBar: 'fallback', presenting: 'stop-present-icon', pageTheme: 'dark', chatBox: 'send-icon' });
    expect(ran).toEqual(expect.arrayContaining(['findControlBar', 'matchingHint', 'fillChatBox']));
  });

  it('keeps the last check once the call is gone, and stores no page text', async () => {
    const handlers = background();
    const url = 'https://meet.google.com/abc-defg-hij';
    const tabId = (await fakeBrowser.tabs.create({ url })).id!;
    callPageShows({ findControlBar: { hint: 'label-en', inset: 88 }, matchingHint: null });
    await handlers.registerCallTab({ title: '1:1 Alex / Sam' }, callPage(tabId, url));
    const dashboard = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/dashboard.html' };
    const during = await handlers.getCallPageCheck({}, dashboard);
    expect(during).toMatchObject({ site: 'meet', controlBar: 'label-en', presenting: null, pageTheme: null });
    await handlers.leaveCall({}, callPage(tabId, url));
    expect(await handlers.getCallPageCheck({}, dashboard)).toEqual(during);
    expect(JSON.stringify(during)).not.toContain('Alex');
  });

  // What the finders answer comes back from the call page's process: only the tables' own names are kept.
  it.each([
    { name: 'a control-bar hint of no table', answers: { findControlBar: { hint: `<b>${'page text '.repeat(100_000)}</b>`, inset: 80 }, matchingHint: null } },
    { name: 'a presenting hint of no table', answers: { findControlBar: { hint: 'leave-icon', inset: 80 }, matchingHint: 'Sam de Vries is presenting' } },
    { name: 'no answer (the page went away while checked)', answers: {} },
  ])('keeps the last check when the call page answers $name', async ({ answers }) => {
    const handlers = background();
    const url = 'https://meet.google.com/abc-defg-hij';
    const tabId = (await fakeBrowser.tabs.create({ url })).id!;
    await handlers.registerCallTab({ title: '1:1 Alex / Sam' }, callPage(tabId, url));
    const dashboard = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/dashboard.html' };
    callPageShows({ findControlBar: { hint: 'label-en', inset: 88 }, matchingHint: null });
    const before = await handlers.getCallPageCheck({}, dashboard);

    callPageShows(answers);
    expect(await handlers.getCallPageCheck({}, dashboard)).toEqual(before);
    expect(await callPageCheckItem.getValue()).toEqual(before);
  });

  it('keeps no chat-box hint of no table from a paste', async () => {
    const handlers = background();
    const url = 'https://meet.google.com/abc-defg-hij';
    const tabId = (await fakeBrowser.tabs.create({ url })).id!;
    callPageShows({ findControlBar: { hint: 'leave-icon', inset: 80 }, matchingHint: null, fillChatBox: 'Hello from the chat' });
    await handlers.registerCallTab({ title: '' }, callPage(tabId, url));
    await handlers.getCallPageCheck({}, { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/dashboard.html' });
    await handlers.pasteToCallChat({ tabId, text: 'What would help?' }, dockIn(tabId, url));
    expect(JSON.stringify(await callPageCheckItem.getValue())).not.toContain('Hello');
  });
});
