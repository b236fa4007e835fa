import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { CallPage } from './pages/call-page';
import { runAxe } from './support/axe';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

/** Where the screenshots of the welcome page and the demo call go, to look at (not committed). */
const shotsDir = process.env.COACHBAR_SHOTS ?? 'test-results/welcome';

/** The tab at `url`, whether it is open already or opens later. */
async function tabAt(context: BrowserContext, url: string): Promise<Page> {
  const opening = context.waitForEvent('page', { predicate: (page) => page.url() === url });
  const open = context.pages().find((page) => page.url() === url);
  if (open) return open;
  const page = await opening;
  await page.waitForLoadState();
  return page;
}

// Only the first install opens the welcome page (tests/unit/entrypoints/background/first-run.test.ts):
// Chromium fires "install" again at every start with --load-extension, so a restart here cannot show it.
describe('First run in Chromium', () => {
  it('opens the welcome page at install; "Try it" docks the sidebar on the demo call, whose session the dashboard lists', async () => {
    const browser = suite.track(await launchChromium({ keepWelcomePage: true }));
    const origin = `chrome-extension://${browser.extensionId}/`;
    const welcome = await tabAt(browser.context, `${origin}welcome.html`);
    await welcome.setViewportSize({ width: 1366, height: 768 });
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Coachbar' }).waitFor();
    // The manifest's shortcut, as the browser reports it.
    const shortcuts = welcome.getByRole('region', { name: 'Keyboard shortcuts' });
    await shortcuts.getByText('Show or hide the Coachbar sidebar').waitFor();
    await expect(shortcuts.locator('kbd').allTextContents()).resolves.toEqual(expect.arrayContaining(['Alt', 'Shift', 'K']));
    expect(await runAxe(welcome)).toEqual([]);
    // Chrome has no API for its shortcuts page, but an extension may open it.
    const settingsOpened = browser.context.waitForEvent('page');
    await welcome.getByRole('button', { name: 'Change shortcuts' }).click();
    const shortcutSettings = await settingsOpened;
    await shortcutSettings.waitForURL('chrome://extensions/shortcuts');
    await shortcutSettings.close();
    mkdirSync(shotsDir, { recursive: true });
    await welcome.screenshot({ path: `${shotsDir}/welcome.png`, fullPage: true });
    // Dark when the system is: base.css's tokens, applied by the theme.
    await welcome.emulateMedia({ colorScheme: 'dark' });
    await welcome.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await runAxe(welcome)).toEqual([]);
    await welcome.screenshot({ path: `${shotsDir}/welcome-dark.png`, fullPage: true });
    await welcome.emulateMedia({ colorScheme: 'light' });

    const opened = browser.context.waitForEvent('page');
    await welcome.getByRole('link', { name: 'Open the demo call' }).click();
    const demoPage = await opened;
    await demoPage.setViewportSize({ width: 1366, height: 768 });
    expect(demoPage.url()).toBe(`${origin}demo.html`);
    const demo = new CallPage(demoPage);
    await demo.dock.waitFor({ state: 'visible' });
    const sidebar = await demo.sidebar();
    await expect.poll(() => sidebar.meetingTitle.textContent()).toBe('Demo 1:1');
    await sidebar.notes.fill('Tried Coachbar on the demo call');
    await expect.poll(() => sidebar.root.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);
    // The dock stays clear of the call's control bar.
    const controlsTop = await demoPage.locator('#controls').evaluate((element) => element.getBoundingClientRect().top);
    const dockBox = await demo.dock.boundingBox();
    expect(dockBox!.y + dockBox!.height).toBeLessThanOrEqual(controlsTop + 1);
    expect(await runAxe(demoPage)).toEqual([]);
    // The README's screenshot: refreshed with UPDATE_SCREENSHOT=1, otherwise kept with the test results.
    await demoPage.screenshot({ path: process.env.UPDATE_SCREENSHOT ? 'docs/screenshot-sidebar.png' : `${shotsDir}/demo-call.png` });

    // The toolbar button and the shortcut reach the demo tab as they reach a call page.
    // Playwright cannot press the toolbar button: the worker sends what its click listener sends.
    await browser.serviceWorker.evaluate(async (url) => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      const [demoTab] = await tabs.query({ url });
      await tabs.sendMessage(demoTab!.id, { coachbar: 'toggleDock' });
    }, `${origin}demo.html`);
    await demo.dock.waitFor({ state: 'hidden' });
    await demo.openButton.waitFor();

    // Leaving the demo call shows its session in the dashboard.
    await demoPage.getByRole('button', { name: 'Leave the demo call' }).click();
    await demoPage.waitForURL(`${origin}dashboard.html`);
    await demoPage.getByRole('navigation', { name: 'Past sessions' }).getByRole('button', { name: /Demo 1:1/ }).waitFor();
    await demoPage.getByText('Tried Coachbar on the demo call').waitFor();

    await welcome.bringToFront();
    await welcome.getByRole('link', { name: 'Open the dashboard' }).click();
    await welcome.getByRole('navigation', { name: 'Past sessions' }).getByRole('button', { name: /Demo 1:1/ }).waitFor();
  });
});
