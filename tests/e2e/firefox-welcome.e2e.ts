import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxExtensionSession } from './support/firefox';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

/** The extension API as our own pages have it, for the few calls these steps make from a page. */
interface PageBrowser {
  runtime: { sendMessage(message: unknown): Promise<{ value: { meeting: { code: string } }[] }> };
  sidebarAction: { isOpen(details: object): Promise<boolean> };
  tabs: { query(query: object): Promise<{ id: number }[]> };
  storage: { session: { get(key: string): Promise<{ callTabs?: { tabs: Record<number, { dock?: { frameId: number | null } }> } }> } };
}

/** The meeting codes of the sessions there are, asked from one of our own tabs as the dashboard asks. */
function sessionCodes(extensionTab: Page): Promise<string[]> {
  return extensionTab.evaluate(async () => {
    const { runtime } = (globalThis as unknown as { browser: PageBrowser }).browser;
    const { value } = await runtime.sendMessage({ coachbar: 'request', method: 'listSessions', data: {} });
    return value.map((session) => session.meeting.code);
  });
}

describe('First run in Firefox', () => {
  it('opens the welcome page and not the sidebar at install; the demo call docks the sidebar, which opens its session', async () => {
    const firefox: FirefoxExtensionSession = suite.track(await launchFirefox({ keepWelcomePage: true }));
    const welcome = await firefox.waitForTab(`${firefox.extensionOrigin}welcome.html`);
    await welcome.waitForSelector('a[href="demo.html"]', { visible: true });
    // Firefox's own sidebar would show every call joined and open its session: not opened at install.
    expect(await welcome.evaluate(() => (globalThis as unknown as { browser: PageBrowser }).browser.sidebarAction.isOpen({}))).toBe(false);
    expect(await sessionCodes(welcome)).toEqual([]);
    // "Change shortcuts" opens the add-ons manager's shortcut settings with this API.
    expect(await welcome.evaluate(() => typeof (globalThis as unknown as { browser: { commands: { openShortcutSettings?: unknown } } }).browser.commands.openShortcutSettings)).toBe('function');

    // Puppeteer does not list a tab that a moz-extension page opens, so the steps after the click
    // are seen from the welcome tab: the demo tab, its dock's frame as the background admitted it
    // (the frame itself is hidden from automation in Firefox), and the session that frame opened.
    await welcome.click('a[href="demo.html"]');
    const demoUrl = `${firefox.extensionOrigin}demo.html`;
    await welcome.waitForFunction(
      async (url) => {
        const { tabs, storage } = (globalThis as unknown as { browser: PageBrowser }).browser;
        const [demo] = await tabs.query({ url });
        const dock = demo && (await storage.session.get('callTabs')).callTabs?.tabs[demo.id]?.dock;
        return dock?.frameId != null;
      },
      { polling: 100 },
      demoUrl,
    );
    await welcome.waitForFunction(
      async () => {
        const { runtime } = (globalThis as unknown as { browser: PageBrowser }).browser;
        const { value } = await runtime.sendMessage({ coachbar: 'request', method: 'listSessions', data: {} });
        return value.length > 0;
      },
      { polling: 100 },
    );
    expect(await sessionCodes(welcome)).toEqual(['demo']);
  });
});
