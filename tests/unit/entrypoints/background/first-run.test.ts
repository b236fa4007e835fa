import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from '@/utils/browser/api';
import { openWelcomeAfterInstall } from '@/entrypoints/background/first-run';

/** The addresses of the tabs the fake browser has open (it starts with one blank tab). */
const openedUrls = async () => (await fakeBrowser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));

describe('openWelcomeAfterInstall', () => {
  it('opens the welcome page after a first install', async () => {
    openWelcomeAfterInstall({ reason: 'install', temporary: false });
    await expect.poll(openedUrls).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
  });

  it.each<Runtime.OnInstalledReason>(['update', 'browser_update'])('opens nothing after %s', async (reason) => {
    openWelcomeAfterInstall({ reason, temporary: false, ...(reason === 'update' && { previousVersion: '0.1.0' }) });
    // A tab opened afterwards is the only one: the handler opened none before it.
    await fakeBrowser.tabs.create({ url: 'about:blank' });
    expect(await openedUrls()).toEqual(['about:blank']);
  });
});
