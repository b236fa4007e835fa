import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebDavServer, type WebDavServer } from '../sync/support/webdav-servers';
import { CallPage } from './pages/call-page';
import { grantHostPermission, launchChromium, newProfileDir, type ChromiumExtensionSession } from './support/chromium';
import { meetCallUrl, zoomCallUrl } from './support/server';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();
let server: WebDavServer;
const passphrase = 'both browsers know this';

beforeAll(async () => {
  server = await startWebDavServer('lighttpd');
});
afterAll(async () => {
  await server?.stop();
});

/** A browser profile that was allowed to reach the sync server (the one prompt headless cannot answer). */
async function profileAllowedToSync(): Promise<ChromiumExtensionSession> {
  const profileDir = newProfileDir();
  const first = await launchChromium({ profileDir });
  const extensionId = first.extensionId;
  await first.close();
  grantHostPermission(profileDir, extensionId, 'http://127.0.0.1/*');
  return suite.track(await launchChromium({ profileDir }));
}

async function typeNoteInCall(browser: ChromiumExtensionSession, url: string, text: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const sidebar = await new CallPage(page).openSidebar();
  await sidebar.notes.click();
  await sidebar.notes.pressSequentially(text);
  await expect.poll(() => sidebar.root.getByRole('status').filter({ hasText: 'Saved' }).count()).toBeGreaterThan(0);
}

async function turnOnSync(browser: ChromiumExtensionSession, folderUrl: string): Promise<Page> {
  const dashboard = await browser.context.newPage();
  await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await dashboard.getByRole('tab', { name: 'Settings' }).click();
  await dashboard.getByLabel('WebDAV folder address').fill(folderUrl);
  await dashboard.getByLabel('User name').fill(server.user);
  await dashboard.getByLabel('Password or app token').fill(server.password);
  await dashboard.getByLabel('Encryption passphrase (optional)').fill(passphrase);
  await dashboard.getByRole('button', { name: 'Turn on sync' }).click();
  await dashboard.getByRole('status', { name: 'Sync status: Synced' }).first().waitFor();
  return dashboard;
}

describe('sync between two Chromium profiles through a real WebDAV server', () => {
  it("shows each profile's notes in the other", async () => {
    const folderUrl = new URL('coachbar/', server.url).href;
    const [laptop, desktop] = [await profileAllowedToSync(), await profileAllowedToSync()];
    await typeNoteInCall(laptop, meetCallUrl(suite.port), 'Typed on the laptop');
    await typeNoteInCall(desktop, zoomCallUrl(suite.port), 'Typed on the desktop');

    const onLaptop = await turnOnSync(laptop, folderUrl);
    const onDesktop = await turnOnSync(desktop, folderUrl);
    await onDesktop.getByRole('tab', { name: 'Sessions' }).click();
    await onDesktop.getByRole('button', { name: /Google Meet/ }).click();
    await onDesktop.getByText('Typed on the laptop').waitFor();

    // The laptop synced before the desktop had pushed: "Sync now" brings the desktop's note over.
    await onLaptop.getByRole('button', { name: 'Sync now' }).click();
    await onLaptop.getByText(/Last synced/).waitFor();
    await onLaptop.getByRole('tab', { name: 'Sessions' }).click();
    await onLaptop.getByRole('button', { name: /· Zoom/ }).click();
    await onLaptop.getByText('Typed on the desktop').waitFor();

    // storage.local, which content scripts in call pages can read, holds no secret of either profile.
    for (const dashboard of [onLaptop, onDesktop]) {
      const stored = await dashboard.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<unknown> } } } }).chrome.storage.local.get(null));
      expect(JSON.stringify(stored)).toContain('127.0.0.1');
      expect(JSON.stringify(stored)).not.toContain(server.password);
      expect(JSON.stringify(stored)).not.toContain(passphrase);
    }

    // Each profile writes only its own folder on the server.
    const listing = await fetch(new URL('coachbar/devices/', server.url), { method: 'PROPFIND', headers: { Depth: '1', Authorization: `Basic ${btoa(`${server.user}:${server.password}`)}` } });
    expect((await listing.text()).match(/devices\/[0-9a-f-]{36}\//g)).toHaveLength(2);
  });
});
