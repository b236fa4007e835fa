import { describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import { launchFirefox, popOutSidebar, type FirefoxExtensionSession } from './support/firefox';
import { meetCallUrl } from './support/server';
import { useE2eSuite } from './support/suite';
import { shownTheme } from './support/theme';

const suite = useE2eSuite();

let firefox: FirefoxExtensionSession;


describe('light and dark themes in Firefox', () => {
  it.each([
    { system: 'dark', shown: 'dark, painted dark' },
    { system: 'light', shown: 'light, painted light' },
  ] as const)('shows the sidebar $system when the system prefers $system, with no serious axe finding', async ({ system, shown }) => {
    firefox = suite.track(await launchFirefox({ colorScheme: system }));
    const call = await firefox.newPage(meetCallUrl(suite.port));
    const sidebar = await popOutSidebar(firefox, call);
    await sidebar.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
    expect(await sidebar.evaluate(shownTheme)).toBe(shown);
    expect(await runAxe(sidebar)).toEqual([]);
    if (process.env.THEME_SHOTS_DIR) await sidebar.screenshot({ path: `${process.env.THEME_SHOTS_DIR}/firefox-sidebar-${system}.png` });
  });
});
