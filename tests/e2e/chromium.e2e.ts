import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { launchChromium, newProfileDir, type ChromiumSession } from './support/chromium';
import { meetCallUrl, meetLandingUrl, zoomCallUrl } from './support/server';
import { CallPage } from './pages/call-page';
import { SidebarPage } from './pages/sidebar';
import { WorkerInternals } from './pages/worker-internals';
import { runAxe } from './support/axe';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

let browser: ChromiumSession;

async function openCall(url: string): Promise<CallPage> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return new CallPage(page);
}

const expectVisible = (locator: { waitFor(o: { state: 'visible' | 'detached' | 'hidden' }): Promise<void> }) =>
  locator.waitFor({ state: 'visible' });

describe('Coachbar in Chromium', () => {
  it('docks on a Meet call but not on the landing page, and follows SPA navigation both ways', async () => {
    browser = suite.track(await launchChromium());
    const call = await openCall(meetLandingUrl(suite.port));
    await call.page.getByRole('link', { name: /Join/ }).waitFor();
    // The content script runs at document_idle; give it the chance to (wrongly) inject.
    await call.page.waitForTimeout(300);
    expect(await call.host.count()).toBe(0);

    await call.page.evaluate(() => ((window as { spaMarker?: boolean }).spaMarker = true));
    await call.page.getByRole('link', { name: /Join/ }).click();
    await expectVisible(call.openButton);
    const sidebar = await call.openSidebar();
    await expect(sidebar.meetingTitle.textContent()).resolves.toBe('1:1 Alex / Sam');

    await call.page.getByRole('button', { name: 'Leave call' }).click();
    await call.host.waitFor({ state: 'detached' });
    expect(await call.page.evaluate(() => (window as { spaMarker?: boolean }).spaMarker)).toBe(true);
  });

  it("lets its worker sleep through other pages' loads and tab switches, and wakes it for a call", async () => {
    browser = suite.track(await launchChromium());
    const internals = await WorkerInternals.open(browser.context);
    await internals.stop();
    const elsewhere = await browser.context.newPage();
    await elsewhere.goto(`https://localhost:${suite.port}/another-site`);
    await elsewhere.goto(`https://localhost:${suite.port}/another-page`);
    await internals.page.bringToFront();
    await elsewhere.bringToFront();
    // Had these loads and switches woken the worker, the browser would have begun starting it by now.
    expect(await internals.status()).toBe('STOPPED');

    // The same check sees a wake: a call page's script asks the worker for its dock.
    await elsewhere.goto(meetCallUrl(suite.port));
    await expectVisible(new CallPage(elsewhere).openButton);
    expect(await internals.status()).toBe('RUNNING');
  });

  it('docks nothing when the call is left before its woken worker has answered', async () => {
    browser = suite.track(await launchChromium());
    const internals = await WorkerInternals.open(browser.context);
    const call = await openCall(meetLandingUrl(suite.port));
    await call.page.locator('#join').waitFor();
    await internals.stop();
    // Joining asks the sleeping worker for the dock; the call is left while it starts up.
    await call.page.locator('#join').click();
    await call.page.getByRole('button', { name: 'Leave call' }).click();
    await call.page.waitForURL(/\/landing$/);
    await expect.poll(() => internals.status()).toBe('RUNNING');
    await call.page.waitForTimeout(500);
    expect(await call.host.count()).toBe(0);
  });

  it('docks on a Zoom web-client call and shows the weekly agenda, the one a first 1:1 opens on', async () => {
    browser = suite.track(await launchChromium());
    const call = await openCall(zoomCallUrl(suite.port));
    const sidebar = await call.openSidebar();
    await expect(sidebar.currentStep.textContent()).resolves.toContain('Your topics');
    await expect(sidebar.root.getByRole('navigation', { name: 'Agenda' }).getByRole('button').count()).resolves.toBe(6);
  });

  it('loads the sidebar page while closed, opens no session until it is shown, then shows it without a reload', async () => {
    browser = suite.track(await launchChromium());
    const call = await openCall(meetCallUrl(suite.port));
    const preloaded = await call.dockFrame();
    expect(preloaded.url()).toContain('&preload');
    expect(await call.frameHost.isVisible()).toBe(false);
    await expect.poll(() => preloaded.evaluate(() => document.readyState)).toBe('complete');
    await preloaded.evaluate(() => ((window as { loadedOnce?: boolean }).loadedOnce = true));

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const sessionCount = () =>
      dashboard.evaluate(async () => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ value: unknown[] }> } } }).chrome.runtime;
        return (await runtime.sendMessage({ coachbar: 'request', method: 'listSessions', data: {} })).value.length;
      });
    // Loaded, even a while, but not shown: no session for a call the user never opened Coachbar in.
    await call.page.waitForTimeout(300);
    await expect(sessionCount()).resolves.toBe(0);

    const sidebar = await call.openSidebar();
    await expect(sidebar.currentStep.textContent()).resolves.toContain('Your topics');
    await expect(preloaded.evaluate(() => (window as { loadedOnce?: boolean }).loadedOnce)).resolves.toBe(true);
    await expect(sessionCount()).resolves.toBe(1);
  });

  it('moves between sections, stays clear of the call controls, and remembers its width', async () => {
    browser = suite.track(await launchChromium());
    const call = await openCall(meetCallUrl(suite.port));
    const sidebar = await call.openSidebar();
    await expect(sidebar.sectionHeading.textContent()).resolves.toBe('Your topics');
    await expect(sidebar.timer.textContent()).resolves.toMatch(/^[45]:\d\d left$/);

    await sidebar.nextButton.click();
    await expect.poll(() => sidebar.sectionHeading.textContent()).toBe("Last time's actions");
    await expect(sidebar.currentStep.textContent()).resolves.toContain("Last time's actions");
    await sidebar.goTo('Next steps');
    await expect.poll(() => sidebar.sectionHeading.textContent()).toBe('Next steps');
    await expect(sidebar.nextButton.isDisabled()).resolves.toBe(true);
    await sidebar.previousButton.click();
    await expect.poll(() => sidebar.sectionHeading.textContent()).toBe('Feedback both ways');

    const dockBox = (await call.dock.boundingBox())!;
    const controlsBox = (await call.page.getByRole('region', { name: 'Call controls' }).boundingBox())!;
    expect(dockBox.y + dockBox.height).toBeLessThanOrEqual(controlsBox.y + 1);

    const before = dockBox.width;
    await call.resizeHandle.focus();
    await call.page.keyboard.press('ArrowLeft');
    await call.page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await call.dock.boundingBox())!.width).toBe(before + 32);

    await call.page.reload();
    const reopened = new CallPage(call.page);
    await reopened.dock.waitFor();
    await expect.poll(async () => (await reopened.dock.boundingBox())?.width).toBe(before + 32);
    // The section survives the reload too: it is stored with the session.
    await expect((await reopened.sidebar()).sectionHeading.textContent()).resolves.toBe('Feedback both ways');
  });

  it('keeps a note typed 100 ms before the tab closes, across a browser restart, and shows it in the side panel and dashboard', async () => {
    const note = 'Alex wants to own the onboarding OKR';
    const profileDir = newProfileDir();
    browser = suite.track(await launchChromium({ profileDir }));
    const call = await openCall(meetCallUrl(suite.port));
    const sidebar = await call.openSidebar();
    await sidebar.notes.click();
    await sidebar.notes.pressSequentially(note);
    await call.page.waitForTimeout(100);
    await call.page.close();

    const rejoined = await openCall(meetCallUrl(suite.port));
    await rejoined.dock.waitFor();
    const rejoinedSidebar = await rejoined.sidebar();
    await expect.poll(() => rejoinedSidebar.notes.inputValue()).toBe(note);
    await browser.close();

    browser = suite.track(await launchChromium({ profileDir }));
    const afterRestart = await openCall(meetCallUrl(suite.port));
    await afterRestart.dock.waitFor();
    const afterRestartSidebar = await afterRestart.sidebar();
    await expect.poll(() => afterRestartSidebar.notes.inputValue()).toBe(note);

    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect.poll(() => new SidebarPage(panel).notes.inputValue()).toBe(note);

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await dashboard.getByText(note).waitFor();
    await expect(dashboard.getByRole('navigation', { name: 'Past sessions' }).getByRole('button').count()).resolves.toBe(1);
  });

  it('works in the call even though the page context refuses the frame IndexedDB', async () => {
    browser = suite.track(await launchChromium());
    const call = await openCall(meetCallUrl(suite.port));
    const sidebar = await call.openSidebar();
    await sidebar.notes.waitFor();
    const frame = call.page.frames().find((f) => f.url().includes('/sidepanel.html'))!;
    const idbError = await frame.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('probe');
          request.onsuccess = () => resolve('opened');
          request.onerror = () => resolve(request.error?.name ?? 'error');
        }),
    );
    // Either way the sidebar must work, because only the background touches IndexedDB.
    const staticUrl = `chrome-extension://${browser.extensionId}/sidepanel.html`;
    const pageCanFetch = await call.page.evaluate((url) => fetch(url).then(() => true, () => false), staticUrl);
    expect(pageCanFetch).toBe(false);
    expect(['opened', 'UnknownError']).toContain(idbError);
    await sidebar.notes.fill('Saved through the background');
    await expect.poll(() => sidebar.root.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);
  });

  it('has no serious accessibility violations in the sidebar and dashboard, and takes a screenshot', async () => {
    browser = suite.track(await launchChromium());
    const call = await openCall(meetCallUrl(suite.port));
    const sidebar = await call.openSidebar();
    await sidebar.notes.fill('Goals: ship the onboarding guide; mentor one new hire.');
    await sidebar.nextButton.click();
    await expect.poll(() => sidebar.sectionHeading.textContent()).toBe("Last time's actions");
    await sidebar.notes.fill('Owns the Q3 onboarding objective. KR ideas: time-to-first-PR under 5 days.');
    const frame = call.page.frames().find((f) => f.url().includes('/sidepanel.html'))!;
    expect(await runAxe(frame)).toEqual([]);

    // Kept with the test results to look at; the README's screenshot is the demo call's (welcome.e2e.ts).
    mkdirSync('test-results', { recursive: true });
    await call.page.screenshot({ path: 'test-results/screenshot-sidebar.png' });

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await dashboard.getByText('Owns the Q3 onboarding objective', { exact: false }).waitFor();
    expect(await runAxe(dashboard)).toEqual([]);
  });

  it('toggles the dock from the keyboard alone', async () => {
    browser = suite.track(await launchChromium());
    const call = await openCall(meetCallUrl(suite.port));
    await call.openButton.focus();
    await call.page.keyboard.press('Enter');
    await expectVisible(call.dock);
    await expect(call.page.evaluate(() => document.querySelector('coachbar-dock')?.shadowRoot?.activeElement?.getAttribute('aria-label'))).resolves.toBe('Close Coachbar');
    await call.page.keyboard.press('Enter');
    await call.dock.waitFor({ state: 'hidden' });
    await expectVisible(call.openButton);
  });
});

