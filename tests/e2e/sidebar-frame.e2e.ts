import { describe, expect, it } from 'vitest';
import type { Frame as ChromiumFrame, Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { CallPage } from './pages/call-page';
import { launchChromium, type ChromiumExtensionSession } from './support/chromium';
import { launchFirefox, type FirefoxExtensionSession } from './support/firefox';
import { meetCallUrl, otherSiteUrl, zoomCallUrl } from './support/server';
import { useE2eSuite } from './support/suite';

/**
 * Who may frame the sidebar page (docs/security.md, "The sidebar frame"): only the dock our call
 * script made in a call tab is served. A website that frames the sidebar's address, and a second
 * frame of it that the call page itself adds, get no data and change nothing.
 */
const suite = useE2eSuite();

/**
 * Runs in the page: adds one iframe per address, from the page's own scripts, and waits for each
 * to load. Handed to Playwright's and Puppeteer's evaluate alike.
 */
function addFrames(sources: string[]): Promise<unknown> {
  return Promise.all(
    sources.map(
      (source) =>
        new Promise<void>((resolve) => {
          const frame = document.createElement('iframe');
          frame.className = 'framed-by-page';
          frame.style.cssText = 'width:360px;height:600px;border:0';
          frame.addEventListener('load', () => resolve(), { once: true });
          frame.src = source;
          document.body.append(frame);
        }),
    ),
  );
}

function frameFromPage(page: ChromiumPage, urls: string[]): Promise<unknown> {
  return page.evaluate(addFrames, urls);
}

/** The dock frame's address as written in the page (with use_dynamic_url, not the one its document reports). */
async function dockFrameSource(page: ChromiumPage): Promise<string> {
  const devtools = await page.context().newCDPSession(page);
  interface DomNode {
    nodeName: string;
    attributes?: string[];
    children?: DomNode[];
    shadowRoots?: DomNode[];
  }
  const { root } = (await devtools.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const sources: string[] = [];
  const visit = (node: DomNode): void => {
    const src = node.attributes?.[node.attributes.indexOf('src') + 1];
    if (node.nodeName === 'IFRAME' && node.attributes?.includes('src') && src?.includes('dock=')) sources.push(src);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
  };
  visit(root);
  await devtools.detach();
  if (sources.length !== 1) throw new Error(`Expected one dock frame, found ${sources.length}`);
  return sources[0]!;
}

describe('the sidebar frame in Chromium', () => {
  let browser: ChromiumExtensionSession;

  /** What a control of the sidebar page would send from this frame: the background's answers. */
  const tryFrom = (frame: ChromiumFrame, dock: string | null) =>
    frame.evaluate(async (token) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime;
      const send = (method: string, data: unknown) => runtime.sendMessage({ coachbar: 'request', method, data, ...(token === null ? {} : { dock: token }) });
      return [await send('listSessions', {}), await send('updateSettings', { chatPaste: true })];
    }, dock);

  const refused = { ok: false, error: { name: 'NotAllowedError' } };

  it("framed by another website, even at the dock's full address, it loads nothing and no session starts", async () => {
    browser = suite.track(await launchChromium());
    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(meetCallUrl(suite.port));
    // Preloaded, not shown: the call has no session yet.
    const dockUrl = (await call.dockFrame()).url();

    const site = await browser.context.newPage();
    await site.goto(otherSiteUrl(suite.port));
    await frameFromPage(site, [dockUrl, `chrome-extension://${browser.extensionId}/sidepanel.html`]);
    const framed = site.frames().filter((frame) => frame !== site.mainFrame());
    expect(framed).toHaveLength(2);
    // web_accessible_resources lets only the call sites load the page: the browser shows its error page instead.
    for (const frame of framed) expect(frame.url()).not.toMatch(/^chrome-extension:/);

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const [sessions] = await tryFrom(dashboard.mainFrame(), null);
    expect(sessions).toEqual({ ok: true, value: [] });
  });

  it("the call page's scripts cannot press the dock's own controls; the user's click can", async () => {
    browser = suite.track(await launchChromium());
    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(meetCallUrl(suite.port));
    await call.dockFrame();
    const pressedByPage = await call.page.evaluate(() => {
      const dockRoot = document.querySelector('coachbar-dock')!.shadowRoot!;
      const toggle = dockRoot.querySelector<HTMLButtonElement>('button.toggle')!;
      toggle.click();
      toggle.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return toggle.isConnected;
    });
    expect(pressedByPage).toBe(true);
    // The user's own click opens the dock, so the background has answered everything sent before it.
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await expect(call.dock.isVisible()).resolves.toBe(false);
    await expect(tryFrom(dashboard.mainFrame(), null)).resolves.toMatchObject([{ ok: true, value: [] }, { ok: true }]);

    await call.openSidebar();
    await expect.poll(async () => ((await tryFrom(dashboard.mainFrame(), null))[0] as { value: unknown[] }).value.length).toBe(1);
  });

  it("a second sidebar frame that the call page adds gets nothing, even with the dock's token; the dock works on", async () => {
    browser = suite.track(await launchChromium());
    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(meetCallUrl(suite.port));
    const sidebar = await call.openSidebar();
    await sidebar.notes.fill('Private: Sam is thinking of leaving');
    await sidebar.root.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // What the page's scripts see of the dock: neither its frame nor its address.
    const seenByPage = await call.page.evaluate(() => {
      const dockRoot = document.querySelector('coachbar-dock')!.shadowRoot!;
      return {
        frame: dockRoot.querySelector('iframe'),
        frameRoot: dockRoot.querySelector('coachbar-frame')?.shadowRoot ?? null,
        addressInTimings: performance.getEntries().some((entry) => entry.name.includes('sidepanel')),
      };
    });
    expect(seenByPage).toEqual({ frame: null, frameRoot: null, addressInTimings: false });

    // A page that learnt the address anyway (here from DevTools, which sees into closed roots):
    // a copy of the dock's own, token and all, and one without the token.
    const dock = await call.dockFrame();
    const token = new URL(dock.url()).searchParams.get('dock');
    const copy = (await dockFrameSource(call.page)).replace('&preload', '');
    await frameFromPage(call.page, [copy, copy.replace(/&dock=[^&]*/, '')]);
    const copies = call.page.frames().filter((frame) => frame !== dock && frame.url().includes('/sidepanel.html'));
    expect(copies).toHaveLength(2);
    for (const frame of copies) {
      // It shows that it cannot load, and nothing of the call.
      await frame.getByRole('alert').first().waitFor();
      await expect(frame.getByRole('textbox').count()).resolves.toBe(0);
      await expect(frame.locator('body').innerText()).resolves.not.toContain('Sam is thinking of leaving');
      await expect(tryFrom(frame, token)).resolves.toMatchObject([refused, refused]);
    }

    await sidebar.notes.fill('Still ours');
    await sidebar.root.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await expect(tryFrom(dock, token)).resolves.toMatchObject([{ ok: true }, { ok: true }]);
  });
});

describe('the sidebar frame in Firefox', () => {
  let firefox: FirefoxExtensionSession;
  const inDock = (selector: string) => `coachbar-dock >>> ${selector}`;

  /**
   * Firefox hides extension frames from automation, so what a framed copy does is read from its
   * effects: the sessions the background holds (a served copy opens its call's, the very request
   * that would answer it the call's notes), listed from an extension tab of the test's own.
   */
  const sessionCodes = (extensionTab: FirefoxPage) =>
    extensionTab.evaluate(async () => {
      const runtime = (globalThis as unknown as { browser: { runtime: { sendMessage(message: unknown): Promise<{ value: { meeting: { code: string } }[] }> } } }).browser.runtime;
      const { value } = await runtime.sendMessage({ coachbar: 'request', method: 'listSessions', data: {} });
      return value.map((session) => session.meeting.code).sort();
    });

  /** A note typed in the popped-out sidebar, saved: a write through the background after everything sent before it. */
  async function saveNote(sidebar: FirefoxPage, text: string): Promise<void> {
    await sidebar.$eval('textarea', (textarea) => ((textarea as HTMLTextAreaElement).value = ''));
    await sidebar.type('textarea', text);
    await sidebar.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Saved');
  }

  it('framed by another website or added by the Meet page, even at the dock\'s address, it opens no session; the dock works on', async () => {
    firefox = suite.track(await launchFirefox());
    // The user's own call, its sidebar popped out into a tab of its own.
    const own = await firefox.newPage(zoomCallUrl(suite.port, '555555555'));
    await (await own.waitForSelector(inDock('button[aria-label="Open Coachbar"]'), { visible: true }))!.click();
    await (await own.waitForSelector(inDock('button[aria-label="Open Coachbar in its own tab"]'), { visible: true }))!.click();
    const sidebar = await firefox.waitForTab(`${firefox.extensionOrigin}sidepanel.html?tab=`);
    await sidebar.waitForSelector('textarea:not([disabled])', { visible: true });
    // Firefox opens an add-on's sidebar (the side panel) when it is installed; it shows the call
    // of the active tab, or the last one joined, and opens its session as it should. Closed, as a
    // user may, so that a session can only come from a page: sidebarAction.close() needs a click.
    await sidebar.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'close-firefox-sidebar';
      button.textContent = 'Close the Firefox sidebar';
      const { sidebarAction } = (globalThis as unknown as { browser: { sidebarAction: { close(): Promise<void> } } }).browser;
      button.addEventListener('click', () => void sidebarAction.close());
      document.body.prepend(button);
    });
    await sidebar.click('#close-firefox-sidebar');
    await sidebar.waitForFunction(() => (globalThis as unknown as { browser: { sidebarAction: { isOpen(details: object): Promise<boolean> } } }).browser.sidebarAction.isOpen({}).then((open) => !open), { polling: 100 });
    expect(await sessionCodes(sidebar)).toEqual(['555555555']);
    // The dock closed again, so that the next call's starts closed (the state is kept for all calls).
    await (await own.waitForSelector(inDock('button[aria-label="Close Coachbar"]'), { visible: true }))!.click();
    await sidebar.waitForFunction(
      () => (globalThis as unknown as { browser: { storage: { local: { get(key: string): Promise<{ dockOpen?: boolean }> } } } }).browser.storage.local.get('dockOpen').then(({ dockOpen }) => dockOpen === false),
      { polling: 100 },
    );

    // A Meet call whose dock is loaded but was never opened: it has no session.
    const meet = await firefox.newPage(meetCallUrl(suite.port));
    await meet.waitForSelector(inDock('button[aria-label="Open Coachbar"]'), { visible: true });
    const meetTabId = await sidebar.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { browser: { tabs: { query(query: object): Promise<{ id: number }[]> } } }).browser;
      return (await tabs.query({ url: 'https://meet.google.com/*' }))[0]!.id;
    });
    const sidebarUrl = `${firefox.extensionOrigin}sidepanel.html`;
    // Unserved, either would open the Meet call's session: the call of the active tab, else the one last joined.
    const site = await firefox.newPage(otherSiteUrl(suite.port));
    await site.evaluate(addFrames, [sidebarUrl, `${sidebarUrl}?tab=${meetTabId}`]);
    await saveNote(sidebar, 'After the website framed the sidebar');
    expect(await sessionCodes(sidebar)).toEqual(['555555555']);
    await meet.evaluate(addFrames, [sidebarUrl, `${sidebarUrl}?tab=${meetTabId}`]);
    await saveNote(sidebar, 'After the Meet page framed the sidebar');
    expect(await sessionCodes(sidebar)).toEqual(['555555555']);

    // A page that learnt the dock's address, token and all (the test reads the token the
    // background keeps; a page cannot, the frame sits in a closed root), once the dock used it.
    const dockToken = await sidebar.waitForFunction(
      async (tabId) => {
        const { storage } = (globalThis as unknown as { browser: { storage: { session: { get(key: string): Promise<Record<string, { tabs: Record<number, { dock?: { token: string; frameId: number | null } }> } | undefined>> } } } }).browser;
        const dock = (await storage.session.get('callTabs')).callTabs?.tabs[tabId]?.dock;
        return dock?.frameId != null ? dock.token : null;
      },
      { polling: 100 },
      meetTabId,
    );
    const dockUrl = `${sidebarUrl}?tab=${meetTabId}&dock=${String(await dockToken.jsonValue())}`;
    await site.evaluate(addFrames, [dockUrl]);
    await meet.evaluate(addFrames, [dockUrl]);
    await saveNote(sidebar, 'After the copies of the dock loaded');
    expect(await sessionCodes(sidebar)).toEqual(['555555555']);

    // The Meet call's own dock, opened now, is served: its call gets its session.
    await meet.bringToFront();
    await (await meet.waitForSelector(inDock('button[aria-label="Open Coachbar"]'), { visible: true }))!.click();
    await expect.poll(() => sessionCodes(sidebar)).toEqual(['555555555', 'abc-defg-hij']);
  });
});
