import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const chromeBuild = resolve('.output/chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  profileDir: string;
  close(): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'coachbar-chromium-'));
}

/** Debian's Chromium with the built extension, reaching the fixture server as the real hostnames. */
export async function launchChromium(options: { profileDir?: string; extensionDir?: string; headless?: boolean } = {}): Promise<ChromiumSession> {
  const profileDir = options.profileDir ?? newProfileDir();
  const extensionDir = options.extensionDir ?? chromeBuild;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    // Playwright adds --disable-extensions by default.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--host-resolver-rules=MAP meet.google.com 127.0.0.1, MAP app.zoom.us 127.0.0.1',
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {
      throw new Error(`The extension in ${extensionDir} did not load: run Chromium with --enable-logging=stderr to see why`);
    }));
  return {
    context,
    serviceWorker,
    extensionId: new URL(serviceWorker.url()).host,
    profileDir,
    close: () => context.close(),
  };
}
