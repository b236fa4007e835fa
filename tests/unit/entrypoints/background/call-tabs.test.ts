import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CallTabRegistry } from '@/entrypoints/background/call-tabs';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the dock of a call tab', () => {
  it('is the first frame to show the token its call script was given, and only that frame', async () => {
    const tabs = new CallTabRegistry();
    const token = await tabs.register(3, '1:1 Sam');
    await expect(tabs.admitDockFrame(3, 7, 'guess')).resolves.toBe(false);
    await expect(tabs.admitDockFrame(4, 7, token)).resolves.toBe(false);
    await expect(tabs.admitDockFrame(3, 7, token)).resolves.toBe(true);
    await expect(tabs.admitDockFrame(3, 7, token)).resolves.toBe(true);
    await expect(tabs.admitDockFrame(3, 8, token)).resolves.toBe(false);
  });

  it('lets only one of two frames that show the token at once become the dock', async () => {
    const tabs = new CallTabRegistry();
    const token = await tabs.register(3, '1:1 Sam');
    const admitted = await Promise.all([tabs.admitDockFrame(3, 7, token), tabs.admitDockFrame(3, 8, token)]);
    expect(admitted.filter(Boolean)).toHaveLength(1);
  });

  it('serves a dock made earlier in the tab no longer once the call script registers again', async () => {
    const tabs = new CallTabRegistry();
    const first = await tabs.register(3, '1:1 Sam');
    await expect(tabs.admitDockFrame(3, 7, first)).resolves.toBe(true);
    const second = await tabs.register(3, '1:1 Sam');
    expect(second).not.toBe(first);
    await expect(tabs.admitDockFrame(3, 7, first)).resolves.toBe(false);
    await expect(tabs.admitDockFrame(3, 9, second)).resolves.toBe(true);
  });

  it('keeps the dock across a stopped service worker, and forgets it with the tab', async () => {
    const token = await new CallTabRegistry().register(3, '1:1 Sam');
    await expect(new CallTabRegistry().admitDockFrame(3, 7, token)).resolves.toBe(true);
    await expect(new CallTabRegistry().admitDockFrame(3, 8, token)).resolves.toBe(false);
    const afterWake = new CallTabRegistry();
    await afterWake.remove(3);
    await expect(afterWake.admitDockFrame(3, 7, token)).resolves.toBe(false);
  });
});
