import { describe, expect, it } from 'vitest';
import type { Frame as ChromiumFrame, Page as ChromiumPage } from 'playwright-core';
import { CallPage } from './pages/call-page';
import { launchChromium, type ChromiumExtensionSession } from './support/chromium';
import { meetCallUrl, otherSiteUrl } from './support/server';
import { useE2eSuite } from './support/suite';

/**
 * Who may frame the sidebar page (docs/security.md, "The sidebar frame"): only the dock our call
 * script made in a call tab is served. A website that frames the sidebar's address, and a second
 * frame of it that the call page itself adds, get no data and change nothing.
 */
const suite = useE2eSuite();

/** Adds one iframe per address to the page, from the page's own scripts, and waits for each to load. */
function frameFromPage(page: ChromiumPage, urls: string[]): Promise<unknown> {
  return page.evaluate(
    (sources) =>
      Promise.all(
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
      ),
    urls,
  );
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
