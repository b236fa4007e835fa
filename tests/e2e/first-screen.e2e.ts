import { describe, expect, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { launchChromium, type ChromiumExtensionSession } from './support/chromium';
import { meetCallUrl } from './support/server';
import { CallPage } from './pages/call-page';
import { turnOnListening } from './pages/dashboard';
import { SidebarPage } from './pages/sidebar';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

/** The call time is masked: the clock is real, and a slow run can pass 0:00. */
const withoutCallTime = (text: string) => text.replace(/^Q \d+:\d\d · /gm, 'Q m:ss · ');

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${String(locator)} has no box: it is not shown`);
  return box;
}

/** Whether `inner` lies wholly inside `outer` (a pixel of rounding allowed). */
function isInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;
}

/** `search`: the fixture's options, e.g. its captions (tests/fixtures/meet.html). */
async function openCallAt(browser: ChromiumExtensionSession, width: number, height: number, search = ''): Promise<{ call: CallPage; sidebar: SidebarPage }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  const call = new CallPage(page);
  await page.goto(`${meetCallUrl(suite.port)}${search}`);
  const sidebar = await call.openSidebar();
  // A first 1:1 on a link opens on the weekly.
  await expect.poll(() => sidebar.sectionHeading.textContent()).toBe('Your topics');
  return { call, sidebar };
}

const insertButtons = (sidebar: SidebarPage) => sidebar.root.getByRole('list', { name: /^Suggestions/ }).getByRole('listitem').locator('.suggestion-insert');

describe('the first screen in a call', () => {
  for (const [width, height, listening] of [
    [1366, 768, false],
    [1280, 720, false],
    [1366, 768, true],
    [1280, 720, true],
  ] as const) {
    it(`shows the section, its clock, the notes and three one-click questions without scrolling at ${width}×${height}${listening ? ', with the listening meter' : ''}`, async () => {
      const browser = suite.track(await launchChromium());
      if (listening) await turnOnListening(browser);
      const { call, sidebar } = await openCallAt(browser, width, height, listening ? '?captions=30' : '');
      const meter = sidebar.root.getByRole('region', { name: 'Listening balance' });
      // Its two lines, once the captions have given it words for the 1:1 and the section.
      if (listening) await meter.getByText(/^This section/).waitFor({ timeout: 30_000 });
      await insertButtons(sidebar).nth(2).waitFor();
      // The first look at a section shows its prompts, and the questions are still in view.
      await sidebar.root.locator('details.prompts-box[open]').waitFor();

      const window = { x: 0, y: 0, width, height };
      const controls = await boxOf(call.page.getByRole('region', { name: 'Call controls' }));
      const frame = await boxOf(call.frameHost);
      // Above the call's own controls, inside the window.
      const visible = { ...frame, height: Math.min(frame.y + frame.height, controls.y) - frame.y };
      expect(isInside(frame, window)).toBe(true);
      for (const target of [...(listening ? [meter] : []), sidebar.sectionHeading, sidebar.timer, sidebar.previousButton, sidebar.nextButton, sidebar.notes, ...[0, 1, 2].map((index) => insertButtons(sidebar).nth(index))]) {
        expect({ target: String(target), inside: isInside(await boxOf(target), visible) }).toEqual({ target: String(target), inside: true });
      }
      // The notes box holds at least four lines.
      const lines = await sidebar.notes.evaluate((box) => box.clientHeight / parseFloat(getComputedStyle(box).lineHeight));
      expect(lines).toBeGreaterThanOrEqual(4);

      // One click inserts the first question; the toast's Undo takes it out again.
      await expect.poll(() => sidebar.notes.isEnabled()).toBe(true);
      const first = insertButtons(sidebar).first();
      const question = (await first.textContent())!.slice(1);
      await first.click();
      await expect.poll(async () => withoutCallTime(await sidebar.notes.inputValue())).toBe(`Q m:ss · ${question}\n`);
      await sidebar.root.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => sidebar.notes.inputValue()).toBe('');
    });
  }

  it('still fits the dock at its narrowest: nothing runs off to the side', async () => {
    const browser = suite.track(await launchChromium());
    const { call, sidebar } = await openCallAt(browser, 1280, 720);
    await call.resizeHandle.focus();
    const minimum = Number(await call.resizeHandle.getAttribute('aria-valuemin'));
    for (let step = 0; step < 8; step++) await call.page.keyboard.press('ArrowRight');
    await expect.poll(async () => Math.round((await boxOf(call.dock)).width)).toBe(minimum);
    const frame = sidebar.root as Frame;
    await expect.poll(() => frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    // The same with the person form and the situation chips open.
    await sidebar.root.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'New person…' });
    await sidebar.root.getByRole('button', { name: /^Situation/ }).click();
    await sidebar.root.getByRole('button', { name: 'Seems impossible' }).waitFor();
    expect(await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const frameBox = await boxOf(call.frameHost);
    for (const target of [sidebar.notes, insertButtons(sidebar).first(), sidebar.nextButton]) expect(isInside(await boxOf(target), { ...frameBox, height: 10_000 })).toBe(true);
  });

  it('keeps the side-panel button on the template and person row when the "Next time…" hint shows', async () => {
    const browser = suite.track(await launchChromium());
    const { sidebar } = await openCallAt(browser, 1366, 768);
    const person = sidebar.root.getByRole('combobox', { name: 'Person' });
    await person.selectOption({ label: 'New person…' });
    await sidebar.root.getByRole('textbox', { name: 'Name' }).fill('Sam de Vries');
    await sidebar.root.getByRole('button', { name: 'Add person' }).click();
    await sidebar.root.getByText('Next time, calls on this link open with Sam de Vries.').waitFor();
    const row = await boxOf(person);
    const button = await boxOf(sidebar.root.getByRole('button', { name: "Move to the browser's side panel" }));
    // Its middle within the pickers' height: the same row, not a row of its own below the hint.
    expect(button.y + button.height / 2).toBeGreaterThan(row.y);
    expect(button.y + button.height / 2).toBeLessThan(row.y + row.height);
  });

  it("moves to the browser's side panel: the dock closes and the panel page goes on with the same session", async () => {
    const browser = suite.track(await launchChromium());
    const { call, sidebar } = await openCallAt(browser, 1280, 720);
    await sidebar.notes.fill('Sam wants to lead the Q3 demo');
    await sidebar.root.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const title = await sidebar.meetingTitle.textContent();

    await sidebar.root.getByRole('button', { name: "Move to the browser's side panel" }).click();
    await call.frameHost.waitFor({ state: 'hidden' });
    expect(await call.openButton.isVisible()).toBe(true);

    // Playwright cannot reach the browser's own side panel: its page, opened as a tab, shows the
    // call it follows (the one last joined, as the panel tab itself holds none).
    const panelPage: Page = await browser.context.newPage();
    await panelPage.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    const panel = new SidebarPage(panelPage);
    await expect.poll(() => panel.meetingTitle.textContent()).toBe(title);
    await expect.poll(() => panel.notes.inputValue()).toBe('Sam wants to lead the Q3 demo');
    // Only the dock shows the button: the panel has no dock to close.
    expect(await panel.root.getByRole('button', { name: "Move to the browser's side panel" }).count()).toBe(0);
  });
});
