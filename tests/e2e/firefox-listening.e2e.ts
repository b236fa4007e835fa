import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { launchFirefox, popOutSidebar, type FirefoxExtensionSession } from './support/firefox';
import { meetCallUrl } from './support/server';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

let firefox: FirefoxExtensionSession;


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
    const sidebar = await popOutSidebar(firefox, call);
    // The setting, as the dashboard's Settings saves it: Firefox will not let automation open our dashboard.
    await sidebar.evaluate(() => browser.runtime.sendMessage({ coachbar: 'request', method: 'updateSettings', data: { listeningBalance: true } }));
    // The call in front, as during a call: a tab in the background has its timers slowed.
    await call.bringToFront();
    await call.waitForFunction((words: number) => Number(document.body.dataset.captionWords ?? '0') >= words, { timeout: 60_000 }, 110);
    await expect.poll(async () => Math.abs(((await shownShare(sidebar)) ?? -100) - 30), { timeout: 30_000, interval: 500 }).toBeLessThanOrEqual(5);
  }, 120_000);
});
