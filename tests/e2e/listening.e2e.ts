import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { meetCallUrl } from './support/server';
import { CallPage } from './pages/call-page';
import { turnOnListening } from './pages/dashboard';
import type { SidebarPage } from './pages/sidebar';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

/** Words the fixture's captions must have shown before the ratio can be read: five rounds of its 20-word turns, and a bit. */
const wordsForRatio = 110;


/** The meter in the sidebar's first screen, as text. */
const meter = (sidebar: SidebarPage) => sidebar.root.getByRole('region', { name: 'Listening balance' });

/** The manager's share the meter shows for the 1:1 so far ("This 1:1 … You 30% · Sam de Vries 70%"); null while it shows none. */
async function shownShare(sidebar: SidebarPage): Promise<number | null> {
  const line = (await meter(sidebar).textContent()) ?? '';
  const match = /This 1:1\D*?You (\d+)% · Sam de Vries (\d+)%/.exec(line);
  return match ? Number(match[1]) : null;
}

async function captionWords(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset.captionWords ?? '0'));
}

describe('Listening balance on a Meet call (Chromium)', () => {
  it.each([
    { ui: 'en', captions: 30 },
    { ui: 'nl', captions: 70 },
  ])('the meter shows the captions’ ratio within 5 points ($ui UI, the local user at $captions %)', async ({ ui, captions }) => {
    const browser = suite.track(await launchChromium());
    await turnOnListening(browser);
    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(`${meetCallUrl(suite.port)}?hl=${ui}&captions=${captions}`);
    const sidebar = await call.openSidebar();
    await expect.poll(() => captionWords(call.page), { timeout: 60_000, interval: 500 }).toBeGreaterThanOrEqual(wordsForRatio);
    // Read after the words were shown: the meter may first show an older count, never a wrong one for long.
    await expect.poll(async () => Math.abs(((await shownShare(sidebar)) ?? -100) - captions), { timeout: 30_000, interval: 500 }).toBeLessThanOrEqual(5);
  });

  it('says no signal while captions are off, and counts once they are on', async () => {
    const browser = suite.track(await launchChromium());
    await turnOnListening(browser);
    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(`${meetCallUrl(suite.port)}?captions=off`);
    const sidebar = await call.openSidebar();
    await expect.poll(async () => (await meter(sidebar).textContent()) ?? '', { timeout: 30_000 }).toContain('No signal: turn on Meet’s captions');

    await call.page.getByRole('button', { name: 'Turn on captions' }).click();
    await expect.poll(() => shownShare(sidebar), { timeout: 30_000, interval: 500 }).not.toBeNull();

    await call.page.getByRole('button', { name: 'Turn off captions' }).click();
    await expect.poll(async () => (await meter(sidebar).textContent()) ?? '', { timeout: 30_000 }).toContain('No signal');
  });

  it('counts again after the call page is loaded anew, its sidebar open through it', async () => {
    const browser = suite.track(await launchChromium());
    await turnOnListening(browser);
    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(`${meetCallUrl(suite.port)}?captions=30`);
    const sidebar = await call.openSidebar();
    await expect.poll(() => shownShare(sidebar), { timeout: 60_000, interval: 500 }).not.toBeNull();

    // The same call loaded anew, its captions off at first: the page has lost the captions script.
    await call.page.goto(`${meetCallUrl(suite.port)}?captions=off`);
    const reloaded = await call.sidebar();
    await expect.poll(async () => (await meter(reloaded).textContent()) ?? '', { timeout: 30_000 }).toContain('No signal');
    await call.page.getByRole('button', { name: 'Turn on captions' }).click();
    await expect.poll(() => shownShare(reloaded), { timeout: 30_000, interval: 500 }).not.toBeNull();
  });
});
