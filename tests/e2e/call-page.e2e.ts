import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CallPage } from './pages/call-page';
import { launchChromium, type ChromiumExtensionSession } from './support/chromium';
import { meetCallUrl } from './support/server';
import { useE2eSuite } from './support/suite';

/**
 * The call page in other languages and while presenting: the fake Meet in Dutch and German
 * (?hl=), where the English labels the hints once relied on are gone, and its presenting state.
 * The sidebar itself follows the browser's language (English here); only the call page changes.
 */
const suite = useE2eSuite();

let browser: ChromiumExtensionSession;

const meetIn = {
  nl: { controls: 'Gespreksbediening', chat: 'Chatten met iedereen', message: 'Een bericht sturen', present: 'Nu presenteren', stop: 'Presentatie stoppen' },
  de: { controls: 'Anrufsteuerung', chat: 'Mit allen chatten', message: 'Nachricht senden', present: 'Jetzt präsentieren', stop: 'Präsentation beenden' },
};

async function openDashboardSettings(): Promise<Page> {
  const dashboard = await browser.context.newPage();
  await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#settings`);
  return dashboard;
}

async function openCall(hl: 'nl' | 'de'): Promise<CallPage> {
  const call = new CallPage(await browser.context.newPage());
  await call.page.goto(`${meetCallUrl(suite.port)}?hl=${hl}`);
  return call;
}

describe('the call page in other languages, and while presenting', () => {
  it.each(['nl', 'de'] as const)('on a Meet call in %s: the dock ends at the controls, a question pastes into the chat, and the call page check says which hints found them', async (hl) => {
    const say = meetIn[hl];
    browser = suite.track(await launchChromium());
    const settings = await openDashboardSettings();
    const chatPaste = settings.getByRole('checkbox', { name: /Send to call chat/ });
    await chatPaste.click();
    await expect.poll(() => chatPaste.isChecked()).toBe(true);

    const call = await openCall(hl);
    const sidebar = await call.openSidebar();
    // Exactly at the bar's top: found by its icons, not kept clear by the fallback's guessed height.
    const controls = call.page.getByRole('region', { name: say.controls });
    await expect.poll(async () => {
      const [dock, bar] = [(await call.dock.boundingBox())!, (await controls.boundingBox())!];
      return Math.abs(dock.y + dock.height - bar.y);
    }).toBeLessThanOrEqual(1);

    await call.page.getByRole('button', { name: say.chat }).click();
    await sidebar.root.getByRole('button', { name: 'Send to call chat' }).first().click();
    await sidebar.root.getByText(/Pasted into the call chat/).waitFor();
    await expect.poll(() => call.page.getByRole('textbox', { name: say.message }).inputValue()).not.toBe('');
    await expect(call.page.locator('.chat .sent li').count()).resolves.toBe(0);

    await settings.reload();
    const check = settings.getByRole('region', { name: 'Call page check' });
    await expect.poll(() => check.textContent()).toContain('leave-icon');
    const text = (await check.textContent())!;
    expect(text).toContain('send-icon');
    expect(text).toMatch(/Page colours\s*Dark/);
    expect(text).toMatch(/Presenting\s*Not shown when checked/);
    // No page text: not the meeting's title, not the message.
    expect(text).not.toContain('1:1 Alex / Sam');
  });

  it('covers the docked sidebar while the user presents, until they choose to show it, and covers it again at the next presentation', async () => {
    const note = 'Sam wants to lead the onboarding project';
    browser = suite.track(await launchChromium());
    const call = await openCall('nl');
    const sidebar = await call.openSidebar();
    await sidebar.notes.fill(note);
    await sidebar.root.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await call.page.getByRole('button', { name: meetIn.nl.present }).click();
    await expect.poll(() => call.isCovered()).toBe(true);
    await expect.poll(() => call.frameShown()).toBe(false);
    expect(await call.dock.textContent()).not.toContain(note);

    // The call page's own scripts reach neither the cover nor the frame: both are in a closed root,
    // and the dock's word for its state, outside, changes nothing.
    await expect(call.page.evaluate(() => document.querySelector('coachbar-dock')!.shadowRoot!.querySelector('coachbar-frame')!.shadowRoot)).resolves.toBeNull();
    await call.page.evaluate(() => document.querySelector('coachbar-dock')!.shadowRoot!.querySelector('coachbar-frame')!.removeAttribute('covered'));
    expect(await call.frameShown()).toBe(false);

    await call.revealByKeyboard();
    await expect.poll(() => call.frameShown()).toBe(true);
    await expect.poll(() => call.isCovered()).toBe(false);
    await expect.poll(() => sidebar.notes.inputValue()).toBe(note);

    // Stopped and started again within one check of the page: still a new presentation, covered again.
    await call.page.getByRole('button', { name: meetIn.nl.stop }).click();
    await call.page.getByRole('button', { name: meetIn.nl.present }).click();
    await expect.poll(() => call.isCovered()).toBe(true);
    expect(await call.frameShown()).toBe(false);
  });

  it("shows no session when the page's scripts show a dock the user closed", async () => {
    browser = suite.track(await launchChromium());
    const call = await openCall('nl');
    await call.openSidebar();
    await expect.poll(() => call.frameShown()).toBe(true);
    await call.closeButton.click();
    await call.page.evaluate(() => {
      document.querySelector('coachbar-dock')!.shadowRoot!.querySelector<HTMLElement>('.dock')!.hidden = false;
    });
    await expect(call.dock.isVisible()).resolves.toBe(true);
    expect(await call.frameShown()).toBe(false);
  });

  it('opens covered when opened while presenting', async () => {
    browser = suite.track(await launchChromium());
    const call = await openCall('de');
    await call.page.getByRole('button', { name: meetIn.de.present }).click();
    await call.openButton.click();
    await expect.poll(() => call.isCovered()).toBe(true);
    expect(await call.frameShown()).toBe(false);
  });

  it('hides and shows the content with the shortcut’s command, presenting or not', async () => {
    browser = suite.track(await launchChromium());
    const call = await openCall('nl');
    await call.openSidebar();
    await expect.poll(() => call.frameShown()).toBe(true);
    await call.page.bringToFront();
    // Playwright cannot press a browser shortcut: the worker sends what its command listener sends, to the active tab.
    const runCommand = () =>
      browser.serviceWorker.evaluate(async () => {
        const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
        const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
        await tabs.sendMessage(tab!.id, { coachbar: 'toggleCover' });
      });
    await runCommand();
    await expect.poll(() => call.isCovered()).toBe(true);
    await expect.poll(() => call.frameShown()).toBe(false);
    await runCommand();
    await expect.poll(() => call.frameShown()).toBe(true);
    expect(await call.isCovered()).toBe(false);
  });
});
