import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncDevice } from '../support/sync-devices';
import { startWebDavServer, type WebDavServer } from '../sync/support/webdav-servers';
import { WebDavStore } from '@/utils/sync/webdav';
import type { Page } from 'puppeteer-core';
import { runAxe } from './support/axe';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { meetCallUrl, meetLandingUrl } from './support/server';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

let firefox: FirefoxSession;

const inDock = (selector: string) => `coachbar-dock >>> ${selector}`;

/**
 * The docked frame is not reachable from automation in Firefox, and BiDi will not navigate a tab
 * to moz-extension://: pop the sidebar out with its own control and find the tab it opens.
 */
async function popOut(call: Page): Promise<Page> {
  const before = new Set(await firefox.browser.pages());
  await (await call.waitForSelector(inDock('button[aria-label="Open Coachbar in its own tab"]'), { visible: true }))!.click();
  for (let attempt = 0; attempt < 100; attempt += 1) {
    for (const page of await firefox.browser.pages()) {
      if (before.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${firefox.extensionOrigin}sidepanel.html?tab=`)) {
        await page.waitForSelector('textarea:not([disabled])', { visible: true });
        return page;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The pop-out tab did not open');
}

describe('Coachbar in Firefox', () => {
  it('docks the sidebar on a Meet call, not on the landing page, and follows SPA navigation both ways', async () => {
    firefox = suite.track(await launchFirefox());
    const landing = await firefox.browser.newPage();
    await landing.goto(meetLandingUrl(suite.port));
    await landing.waitForSelector('#join');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await landing.$('coachbar-dock')).toBeNull();
    // Joined and left with history.pushState, as Meet does: no reload for the script to start again on.
    await landing.click('#join');
    await landing.waitForSelector('coachbar-dock');
    await landing.click('[aria-label="Leave call"]');
    await landing.waitForSelector('coachbar-dock', { hidden: true });
    await landing.close();

    const call = await firefox.browser.newPage();
    await call.goto(meetCallUrl(suite.port));
    // The sidebar page is loaded, hidden, before the user opens it; give it time to finish. Polled:
    // waitForSelector watches the document's mutations, and the frame is added inside the shadow root.
    await call.waitForFunction(() => document.querySelector('coachbar-dock')?.shadowRoot?.querySelector('coachbar-frame'), { polling: 100 });
    // The frame itself, and with it the extension's address, is out of the page's reach (a closed root).
    expect(await call.evaluate(() => document.querySelector('coachbar-dock')!.shadowRoot!.querySelector('coachbar-frame')!.shadowRoot)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await (await call.waitForSelector(inDock('button[aria-label="Open Coachbar"]'), { visible: true }))!.click();
    await call.waitForSelector(inDock('coachbar-frame'), { visible: true });
    const controls = await call.$('[aria-label="Call controls"]');
    const [dockBox, controlsBox] = [await (await call.$(inDock('section')))!.boundingBox(), await controls!.boundingBox()];
    expect(dockBox!.y + dockBox!.height).toBeLessThanOrEqual(controlsBox!.y + 1);

    // The docked frame is out of automation's reach, but not its pixels: once told that it is shown,
    // the preloaded page renders the agenda. A blank white frame compresses to a PNG of a few KB.
    const frame = await call.$(inDock('coachbar-frame'));
    await expect.poll(async () => (await frame!.screenshot({ type: 'png' })).byteLength, { timeout: 10_000 }).toBeGreaterThan(15_000);
  });

  it('keeps a note typed in the sidebar, a page axe finds no serious violation in', async () => {
    firefox = suite.track(await launchFirefox());
    const call = await firefox.browser.newPage();
    await call.goto(meetCallUrl(suite.port));
    await (await call.waitForSelector(inDock('button[aria-label="Open Coachbar"]'), { visible: true }))!.click();

    const sidebar = await popOut(call);
    expect(await sidebar.$eval('h1', (h) => h.textContent)).toBe('1:1 Alex / Sam');
    await sidebar.type('textarea', 'Sam wants a stretch goal');
    await sidebar.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Saved');
    expect(await runAxe(sidebar)).toEqual([]);
    await sidebar.close();

    const again = await popOut(call);
    expect(await again.$eval('textarea', (t) => (t as HTMLTextAreaElement).value)).toBe('Sam wants a stretch goal');
    // BiDi will not reload a moz-extension:// tab itself; the page can.
    await again.evaluate(() => location.reload());
    await again.waitForFunction(() => (document.querySelector('textarea') as HTMLTextAreaElement | null)?.value === 'Sam wants a stretch goal');
  });

  describe('sync', () => {
    let server: WebDavServer;
    beforeAll(async () => {
      server = await startWebDavServer('lighttpd');
    });
    afterAll(async () => {
      await server?.stop();
    });

    // Firefox's automation has no ARIA selectors: XPath on the visible labels instead.
    it('asks for the server permission, pushes its notes to a real WebDAV server and pulls another device\'s', async () => {
      const folderUrl = new URL('coachbar/', server.url).href;
      firefox = suite.track(await launchFirefox());
      const call = await firefox.browser.newPage();
      await call.goto(meetCallUrl(suite.port));
      await (await call.waitForSelector(inDock('button[aria-label="Open Coachbar"]'), { visible: true }))!.click();
      const sidebar = await popOut(call);
      await sidebar.type('textarea', 'Typed in Firefox');
      await sidebar.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Saved');

      // Another browser on the same folder (the engine itself, over the same server).
      const other = new SyncDevice('firefox-peer', new WebDavStore({ url: folderUrl, user: server.user, password: server.password }));
      try {
        const session = await other.repos.sessions.openForMeeting({ site: 'zoom', code: '987654321' }, '1:1 Robin', 'en');
        await other.repos.notes.saveText(session.id, 'check-in', 'Typed on the other device');
        await other.sync();

        const dashboard = sidebar;
        await dashboard.evaluate(() => location.assign('/dashboard.html'));
        await (await dashboard.waitForSelector('::-p-xpath(//*[@role="tab"][normalize-space()="Settings"])'))!.click();
        await (await dashboard.waitForSelector('::-p-xpath(//label[span="WebDAV folder address"]/input)'))!.type(folderUrl);
        await (await dashboard.waitForSelector('::-p-xpath(//label[span="User name"]/input)'))!.type(server.user);
        await (await dashboard.waitForSelector('::-p-xpath(//label[span="Password or app token"]/input)'))!.type(server.password);
        await (await dashboard.waitForSelector('::-p-xpath(//button[normalize-space()="Turn on sync"])'))!.click();
        await dashboard.waitForSelector('[role="status"][aria-label="Sync status: Synced"]');

        await other.sync();
        expect((await other.db.notes.toArray()).map((note) => note.text)).toContain('Typed in Firefox');
        await (await dashboard.waitForSelector('::-p-xpath(//*[@role="tab"][normalize-space()="Sessions"])'))!.click();
        await (await dashboard.waitForSelector('::-p-xpath(//button[contains(., "1:1 Robin")])'))!.click();
        await dashboard.waitForFunction(() => document.body.innerText.includes('Typed on the other device'));
      } finally {
        await other.close();
      }
    });
  });
});
