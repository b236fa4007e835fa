import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { meetCallUrl } from './support/server';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

let firefox: FirefoxSession;

const inDock = (selector: string) => `coachbar-dock >>> ${selector}`;

/** How the dock's frame is laid out: 'none' while covered (out of view, not under an overlay). */
const frameDisplay = (call: Page) => call.evaluate(() => getComputedStyle(document.querySelector('coachbar-dock')!.shadowRoot!.querySelector('coachbar-frame')!).display);

/**
 * Waits until the cover is shown or gone. Polled: waitForSelector watches the document's
 * mutations, and the cover changes inside the dock's shadow root.
 */
const coverShown = (call: Page, shown: boolean) =>
  call.waitForFunction((want) => (getComputedStyle(document.querySelector('coachbar-dock')!.shadowRoot!.querySelector('.cover')!).display !== 'none') === want, { polling: 100 }, shown);

describe('the presenting cover in Firefox', () => {
  it('covers the docked sidebar while the user presents on a German Meet, shows it on their click, and covers it at the next presentation', async () => {
    firefox = suite.track(await launchFirefox());
    const call = await firefox.browser.newPage();
    await call.goto(`${meetCallUrl(suite.port)}?hl=de`);
    await (await call.waitForSelector(inDock('button[aria-label="Open Coachbar"]'), { visible: true }))!.click();
    await call.waitForSelector(inDock('coachbar-frame'), { visible: true });

    await call.click('[aria-label="Jetzt präsentieren"]');
    await coverShown(call, true);
    expect(await call.$eval(inDock('.cover'), (element) => element.textContent)).toBe('Coachbar is hidden while you present.Show');
    expect(await frameDisplay(call)).toBe('none');

    // A click the page's scripts make is not the user's: the cover stays.
    await call.evaluate(() => document.querySelector('coachbar-dock')!.shadowRoot!.querySelector<HTMLButtonElement>('.reveal')!.click());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await frameDisplay(call)).toBe('none');

    await (await call.waitForSelector(inDock('button[aria-label="Show"]'), { visible: true }))!.click();
    await coverShown(call, false);
    expect(await frameDisplay(call)).toBe('flex');

    await call.click('[aria-label="Präsentation beenden"]');
    await call.click('[aria-label="Jetzt präsentieren"]');
    await coverShown(call, true);
    expect(await frameDisplay(call)).toBe('none');
  });
});
