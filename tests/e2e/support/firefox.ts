import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const firefoxBuild = resolve('.output/firefox-mv2');
export const geckoId = 'coachbar@coachbar.app';

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid>/ — pinned, because Firefox hides extension frames from automation. */
  extensionOrigin: string;
  close(): Promise<void>;
}

/** Debian's Firefox ESR over WebDriver BiDi, with the build installed as a temporary add-on. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.dns.localDomains': 'meet.google.com,app.zoom.us',
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    },
  });
  await browser.installExtension(firefoxBuild);
  return { browser, extensionOrigin: `moz-extension://${uuid}/`, close: () => browser.close() };
}
