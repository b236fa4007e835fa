import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { inDock, launchFirefox, type FirefoxSession } from './support/firefox';
import { meetCallUrl } from './support/server';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

let firefox: FirefoxSession;


/** Whether the dock says it is covered: the cover itself is in the closed root with the frame. */
const covered = (call: Page, want: boolean) =>
  call.waitForFunction((expected) => document.querySelector('coachbar-dock')!.shadowRoot!.querySelector('coachbar-frame')!.hasAttribute('covered') === expected, { polling: 100 }, want);

describe('the presenting cover in Firefox', () => {
  it('covers the docked sidebar while the user presents on a German Meet, shows it on a keyboard user’s Enter, and covers it at the next presentation', async () => {
    firefox = suite.track(await launchFirefox());
    const call = await firefox.browser.newPage();
    await call.goto(`${meetCallUrl(suite.port)}?hl=de`);
    await (await call.waitForSelector(inDock('button[aria-label="Open Coachbar"]'), { visible: true }))!.click();
    await call.waitForSelector(inDock('coachbar-frame'), { visible: true });

    await call.click('[aria-label="Jetzt präsentieren"]');
    await covered(call, true);
    // The page's scripts reach neither the cover nor the frame.
    expect(await call.evaluate(() => document.querySelector('coachbar-dock')!.shadowRoot!.querySelector('coachbar-frame')!.shadowRoot === null)).toBe(true);

    await (await call.waitForSelector(inDock('button[aria-label="Close Coachbar"]')))!.focus();
    await call.keyboard.press('Tab');
    await call.keyboard.press('Enter');
    await covered(call, false);

    await call.click('[aria-label="Präsentation beenden"]');
    await call.click('[aria-label="Jetzt präsentieren"]');
    await covered(call, true);
  });
});
