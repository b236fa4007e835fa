import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { meetCallUrl } from './support/server';
import { CallPage } from './pages/call-page';
import { turnOnListening } from './pages/dashboard';
import type { SidebarPage } from './pages/sidebar';
import { runAxe } from './support/axe';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

/** The share the fixture's captions give the local user ("You"); the other speaker is Sam de Vries. */
const captions = 30;
/** Words the captions must have shown before the ratio can be read (tests/e2e/listening.e2e.ts). */
const wordsForRatio = 110;


const captionWords = async (page: Page) => Number(await page.evaluate(() => document.body.dataset.captionWords ?? '0'));

/** The manager's share the meter shows for the 1:1 so far; null while it shows none. */
async function shownShare(sidebar: SidebarPage): Promise<number | null> {
  const text = (await sidebar.root.getByRole('region', { name: 'Listening balance' }).textContent()) ?? '';
  const match = /This 1:1\D*?You (\d+)%/.exec(text);
  return match ? Number(match[1]) : null;
}

/** The summary's Markdown as the sidebar's export button saves it. */
async function exportedMarkdown(call: CallPage, sidebar: SidebarPage): Promise<string> {
  const download = call.page.waitForEvent('download');
  await sidebar.root.getByRole('button', { name: 'Markdown' }).click();
  return readFile((await (await download).path())!, 'utf8');
}

describe('Listening balance over time (Chromium)', () => {
  it('the 1:1’s share reaches the exported summary and the person’s chart', async () => {
    const browser = suite.track(await launchChromium());
    await turnOnListening(browser);
    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(`${meetCallUrl(suite.port)}?captions=${captions}`);
    const sidebar = await call.openSidebar();
    const root = sidebar.root;
    await root.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'New person…' });
    await root.getByRole('textbox', { name: 'Name' }).fill('Sam de Vries');
    await root.getByRole('button', { name: 'Add person' }).click();
    await root.getByText('Next time, calls on this link open with Sam de Vries.').waitFor();

    await expect.poll(() => captionWords(call.page), { timeout: 60_000, interval: 500 }).toBeGreaterThanOrEqual(wordsForRatio);
    await expect.poll(async () => Math.abs(((await shownShare(sidebar)) ?? -100) - captions), { timeout: 30_000, interval: 500 }).toBeLessThanOrEqual(5);
    if (process.env.LISTENING_SHOTS_DIR) await call.page.screenshot({ path: `${process.env.LISTENING_SHOTS_DIR}/sidebar-meter.png` });
    // The meter's speaker choice open too: every control named, contrast kept.
    await root.getByRole('button', { name: 'Which one is you?' }).click();
    await root.getByRole('combobox', { name: 'Which name in the captions is you?' }).waitFor();
    expect(await runAxe(await call.dockFrame())).toEqual([]);

    await root.getByRole('tab', { name: 'Actions' }).click();
    await root.getByRole('button', { name: 'End 1:1' }).click();
    await root.getByText(/This 1:1 has ended/).waitFor();
    // Right after ending: everything counted is in it, though the background writes counts only a few times a minute.
    const markdown = await exportedMarkdown(call, sidebar);
    const exported = Number(/\*\*Your share of the talking:\*\* (\d+)% of the words \(from the captions\)/.exec(markdown)?.[1]);
    expect(Math.abs(exported - captions)).toBeLessThanOrEqual(5);

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#people`);
    const chart = dashboard.getByRole('region', { name: 'Your share of the talking' });
    const latest = chart.getByText(/^Last 1:1: you \d+%$/);
    await latest.waitFor();
    expect(Math.abs(Number(/(\d+)%/.exec((await latest.textContent())!)![1]) - exported)).toBe(0);
    // Drawn by the page's chart worker: a canvas in the small chart, hidden from assistive technology.
    await chart.locator('.chart-box canvas[aria-hidden="true"]').waitFor({ state: 'attached' });
    await chart.getByText('Data behind the chart').click();
    await expect.poll(() => chart.getByRole('cell', { name: String(exported), exact: true }).count()).toBe(1);
    if (process.env.LISTENING_SHOTS_DIR) await chart.screenshot({ path: `${process.env.LISTENING_SHOTS_DIR}/person-chart.png` });
    expect(await runAxe(dashboard)).toEqual([]);
  });
});
