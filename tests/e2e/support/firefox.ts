import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxBinary, requirePackages } from '../../support/system-packages';
import { fakeHosts } from './server';

/** Where `wxt build -b firefox` puts the Firefox build, and the add-on id its manifest declares. */
export const firefoxBuild = resolve('.output/firefox-mv2');
export const geckoId = 'coachbar@coachbar.app';

export interface FirefoxOptions {
  /** Leave open the welcome page the extension opens at install; closed unless asked, so that it takes no test's tab's place in front. */
  keepWelcomePage?: boolean;
  /** The unpacked extension to install as a temporary add-on: the Firefox build unless given; null for none. */
  extensionDir?: string | null;
  /** Its browser_specific_settings.gecko.id. */
  addonId?: string;
  /** The moz-extension:// host to pin, so a test knows the extension's URLs in advance; random unless given. */
  uuid?: string;
  /** The theme the system reports to Firefox, and so `prefers-color-scheme`; Firefox's own default unless given. */
  colorScheme?: 'light' | 'dark';
}

interface Extension {
  dir: string;
  addonId: string;
  uuid: string;
}

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid>/ when an extension is installed. */
  extensionOrigin: string | undefined;
  /** A new tab, navigated to `url`. */
  newPage(url: string): Promise<Page>;
  /** The open tab whose location starts with `hrefPrefix`, e.g. an extension page the extension opened. */
  waitForTab(hrefPrefix: string, timeoutMs?: number): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxExtensionSession extends FirefoxSession {
  extensionOrigin: string;
}

const tabPollMs = 100;

function firefoxPrefs(extension: Extension | null, colorScheme: FirefoxOptions['colorScheme']): Record<string, string | boolean | number> {
  return {
    // Headless Firefox cannot show the doorhanger of permissions.request(); grant as the user's "Allow" would.
    'extensions.webextOptionalPermissionPrompts': false,
    // The fake hosts resolve to loopback on any port (seen working with the server's random port).
    'network.dns.localDomains': fakeHosts.join(','),
    // Read at install time; without it the UUID is random per profile.
    ...(extension ? { 'extensions.webextensions.uuids': JSON.stringify({ [extension.addonId]: extension.uuid }) } : {}),
    // Pages follow the system's theme, which this pref stands in for.
    ...(colorScheme ? { 'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0 } : {}),
  };
}

async function installAddon(browser: Browser, { dir, addonId }: Extension): Promise<void> {
  const installedId = await browser.installExtension(dir);
  // Another id would leave the UUID pref unused and every moz-extension:// URL of the test wrong.
  if (installedId !== addonId) throw new Error(`${dir} installed as ${installedId}, not as ${addonId}: pass its gecko id as addonId`);
}

/**
 * BiDi refuses to navigate a tab to moz-extension:// and Firefox hides extension frames from
 * automation, so extension pages are found among the open tabs instead.
 */
async function waitForTab(browser: Browser, hrefPrefix: string, timeoutMs = 10_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      // A tab that is closing has no answer; it is not the one.
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(hrefPrefix)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, tabPollMs));
  }
  throw new Error(`No tab at ${hrefPrefix}… within ${timeoutMs} ms`);
}

function resolveExtension(options: FirefoxOptions): Extension | null {
  if (options.extensionDir === null) return null;
  return { dir: options.extensionDir ?? firefoxBuild, addonId: options.addonId ?? geckoId, uuid: options.uuid ?? randomUUID() };
}

/** Debian's Firefox ESR over WebDriver BiDi (Playwright cannot drive a stock Firefox). */
export async function launchFirefox(options: FirefoxOptions & { extensionDir: null }): Promise<FirefoxSession>;
export async function launchFirefox(options?: FirefoxOptions & { extensionDir?: string }): Promise<FirefoxExtensionSession>;
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const extension = resolveExtension(options);
  requirePackages(['firefox-esr']);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxBinary,
    headless: true,
    // The fixture server's certificate is self-signed (else SEC_ERROR_UNKNOWN_ISSUER).
    acceptInsecureCerts: true,
    extraPrefsFirefox: firefoxPrefs(extension, options.colorScheme),
  });
  try {
    if (extension) await installAddon(browser, extension);
    if (extension && !options.keepWelcomePage) await (await waitForTab(browser, `moz-extension://${extension.uuid}/welcome.html`)).close();
    return {
      browser,
      extensionOrigin: extension ? `moz-extension://${extension.uuid}/` : undefined,
      newPage: async (url) => {
        const page = await browser.newPage();
        await page.goto(url);
        return page;
      },
      waitForTab: (hrefPrefix, timeoutMs) => waitForTab(browser, hrefPrefix, timeoutMs),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** A selector inside the dock's open shadow root on a call page. */
export const inDock = (selector: string) => `coachbar-dock >>> ${selector}`;

/**
 * Firefox hides the docked frame from automation: the sidebar is popped out with the dock's own
 * control into a tab of ours (which follows the system's theme, not the call page's).
 */
export async function popOutSidebar(firefox: FirefoxExtensionSession, call: Page): Promise<Page> {
  await (await call.waitForSelector(inDock('button[aria-label="Open Coachbar"]'), { visible: true }))!.click();
  await (await call.waitForSelector(inDock('button[aria-label="Open Coachbar in its own tab"]'), { visible: true }))!.click();
  const sidebar = await firefox.waitForTab(`${firefox.extensionOrigin}sidepanel.html?tab=`);
  await sidebar.waitForSelector('h1', { visible: true });
  return sidebar;
}
