import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import { launchFirefox, type FirefoxExtensionSession } from './support/firefox';
import { meetCallUrl } from './support/server';
import { useE2eSuite } from './support/suite';
import { shownTheme } from './support/theme';

const suite = useE2eSuite();

let firefox: FirefoxExtensionSession;

const inDock = (selector: string) => `coachbar-dock >>> ${selector}`;

/**
 * Firefox hides the docked frame from automation: the sidebar is popped out with its own control
 * into a tab of ours, which follows the system's theme (not the call page's).
 */
async function popOut(call: Page): Promise<Page> {
  await (await call.waitForSelector(inDock('button[aria-label="Open Coachbar"]'), { visible: true }))!.click();
  await (await call.waitForSelector(inDock('button[aria-label="Open Coachbar in its own tab"]'), { visible: true }))!.click();
  const sidebar = await firefox.waitForTab(`${firefox.extensionOrigin}sidepanel.html?tab=`);
  await sidebar.waitForSelector('h1', { visible: true });
  return sidebar;
}

describe('light and dark themes in Firefox', () => {
  it.each([
    { system: 'dark', shown: 'dark, painted dark' },
    { system: 'light', shown: 'light, painted light' },
  ] as const)('shows the sidebar $system when the system prefers $system, with no serious axe finding', async ({ system, shown }) => {
    firefox = suite.track(await launchFirefox({ colorScheme: system }));
    const call = await firefox.newPage(meetCallUrl(suite.port));
    const sidebar = await popOut(call);
    await sidebar.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
    expect(await sidebar.evaluate(shownTheme)).toBe(shown);
    expect(await runAxe(sidebar)).toEqual([]);
    if (process.env.THEME_SHOTS_DIR) await sidebar.screenshot({ path: `${process.env.THEME_SHOTS_DIR}/firefox-sidebar-${system}.png` });
  });
});
