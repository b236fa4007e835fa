import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumBinary, requirePackages } from '../../support/system-packages';
import { fakeHosts } from './server';

/** Where `wxt build` puts the Chrome build. */
export const chromeBuild = resolve('.output/chrome-mv3');

export interface ChromiumOptions {
  /** The unpacked extension to load: the Chrome build unless given; null for none. */
  extensionDir?: string | null;
  /**
   * A profile from newProfileDir(), to relaunch on it for a browser restart; kept after close().
   * Left out, a fresh temp profile is used and removed on close().
   */
  profileDir?: string;
  /** `npm run demo` runs headed on a desktop. */
  headless?: boolean;
  /** What the browser reports for `prefers-color-scheme`: light unless given (Playwright's default). */
  colorScheme?: 'light' | 'dark';
  /** Leave open the welcome page the extension opens at install; closed unless asked (see closeWelcomePage). */
  keepWelcomePage?: boolean;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string | undefined;
  serviceWorker: Worker | undefined;
  close(): Promise<void>;
}

export interface ChromiumExtensionSession extends ChromiumSession {
  extensionId: string;
  serviceWorker: Worker;
}

const serviceWorkerTimeoutMs = 10_000;

/** A profile directory of the caller's own, e.g. to relaunch the browser on it. */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'coachbar-chromium-'));
}

function chromiumArgs(extensionDir: string | null): string[] {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    // Any port of these hosts goes to loopback; match patterns ignore the port, so a high one works.
    `--host-resolver-rules=${fakeHosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    // A debugging aid, e.g. CHROMIUM_ARGS=--enable-logging=stderr (see waitForServiceWorker).
    ...(process.env.CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? []),
  ];
}

/**
 * Chromium rejects a broken unpacked extension silently: nothing reaches Playwright, the service
 * worker just never starts. Say where the reason is written.
 */
async function waitForServiceWorker(context: BrowserContext, extensionDir: string): Promise<Worker> {
  const running = context.serviceWorkers()[0];
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { timeout: serviceWorkerTimeoutMs });
  } catch {
    throw new Error(
      `Chromium started no service worker for the extension in ${extensionDir} within ${serviceWorkerTimeoutMs / 1000} s, ` +
        `so it most likely refused to load it (e.g. "It isn't UTF-8 encoded"). Only Chromium's own log says why: ` +
        'rerun with DEBUG=pw:browser CHROMIUM_ARGS=--enable-logging=stderr and look for "Failed to load extension".',
    );
  }
}

/**
 * The extension opens its welcome page at install, and Chromium installs an extension it is given
 * with --load-extension again at every start. The welcome tab would come to the front over the
 * tab a test has just opened, whose inputs then lose focus as in a background tab: closed here,
 * from the worker, once it is there.
 */
async function closeWelcomePage(serviceWorker: Worker): Promise<void> {
  // As source text: tsx (the bench) wraps functions it compiles in a helper the worker lacks.
  await serviceWorker.evaluate(`(async () => {
    const { runtime, tabs } = chrome;
    const url = runtime.getURL('/welcome.html');
    let updated = () => undefined;
    const welcome = await new Promise((resolve) => {
      updated = (_tabId, _change, tab) => tab.url === url && resolve(tab);
      tabs.onUpdated.addListener(updated);
      void tabs.query({ url }).then(([open]) => open && resolve(open));
    });
    // A listener left registered would wake the worker for every tab's loads from now on.
    tabs.onUpdated.removeListener(updated);
    await tabs.remove(welcome.id);
  })()`);
}

/** Debian's Chromium in a persistent profile (a new context would be incognito: IndexedDB in memory). */
export async function launchChromium(options: ChromiumOptions & { extensionDir: null }): Promise<ChromiumSession>;
export async function launchChromium(options?: ChromiumOptions & { extensionDir?: string }): Promise<ChromiumExtensionSession>;
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir === undefined ? chromeBuild : options.extensionDir;
  requirePackages(['chromium']);
  // '' lets Playwright make a temp profile and remove it on close.
  const context = await chromium.launchPersistentContext(options.profileDir ?? '', {
    executablePath: chromiumBinary,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    // Playwright adds --disable-extensions, which wins over --load-extension.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extensionDir),
  });
  try {
    const serviceWorker = extensionDir ? await waitForServiceWorker(context, extensionDir) : undefined;
    if (serviceWorker && !options.keepWelcomePage) await closeWelcomePage(serviceWorker);
    return {
      context,
      serviceWorker,
      // An unpacked extension's id depends on its path: read it from chrome-extension://<id>/….
      extensionId: serviceWorker && new URL(serviceWorker.url()).host,
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Grants the extension an optional host permission in a closed profile, as the user's "Allow" in
 * Chromium's permission prompt would; headless Chromium cannot show or answer that prompt.
 */
export function grantHostPermission(profileDir: string, extensionId: string, pattern: string): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(file, 'utf8')) as { extensions?: { settings?: Record<string, Record<string, { explicit_host?: string[] }>> } };
  const settings = preferences.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`The profile in ${profileDir} has no settings for extension ${extensionId}`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const permissions = (settings[key] ??= {});
    permissions.explicit_host = [...new Set([...(permissions.explicit_host ?? []), pattern])];
  }
  writeFileSync(file, JSON.stringify(preferences));
}
