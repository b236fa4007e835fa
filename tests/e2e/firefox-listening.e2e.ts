import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxExtensionSession } from './support/firefox';
import { meetCallUrl } from './support/server';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

let firefox: FirefoxExtensionSession;

const inDock = (selector: string) => `coachbar-dock >>> ${selector}`;

/** Firefox hides the docked frame from automation: the sidebar is popped out into a tab of ours with its own control. */
async function popOut(call: Page): Promise<Page> {
  await (await call.waitForSelector(inDock('button[aria-label="Open Coachbar"]'), { visible: true }))!.click();
  await (await call.waitForSelector(inDock('button[aria-label="Open Coachbar in its own tab"]'), { visible: true }))!.click();
  const sidebar = await firefox.waitForTab(`${firefox.extensionOrigin}sidepanel.html?tab=`);
  await sidebar.waitForSelector('h1', { visible: true });
  return sidebar;
}

/** The manager's share the meter shows for the 1:1 so far; null while it shows none. */
function shownShare(sidebar: Page): Promise<number | null> {
  return sidebar.evaluate(() => {
    const match = /This 1:1\D*?You (\d+)% · Sam de Vries \d+%/.exec(document.querySelector('.listening-meter')?.textContent ?? '');
    return match ? Number(match[1]) : null;
  });
}

describe('Listening balance in Firefox', () => {
  it('injects the captions script into the call and the meter shows the ratio within 5 points', async () => {
    firefox = suite.track(await launchFirefox());
    const call = await firefox.newPage(`${meetCallUrl(suite.port)}?captions=30`);
    const sidebar = await popOut(call);
    // The setting, as the dashboard's Settings saves it: Firefox will not let automation open our dashboard.
    await sidebar.evaluate(() => browser.runtime.sendMessage({ coachbar: 'request', method: 'updateSettings', data: { listeningBalance: true } }));
    // The call in front, as during a call: a tab in the background has its timers slowed.
    await call.bringToFront();
    await call.waitForFunction((words: number) => Number(document.body.dataset.captionWords ?? '0') >= words, { timeout: 60_000 }, 110);
    await expect.poll(async () => Math.abs(((await shownShare(sidebar)) ?? -100) - 30), { timeout: 30_000, interval: 500 }).toBeLessThanOrEqual(5);
  }, 120_000);
});
