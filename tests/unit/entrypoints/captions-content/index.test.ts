// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import captionsScript from '@/entrypoints/captions.content/index';

let reports: number;

beforeEach(() => {
  vi.useFakeTimers();
  reports = 0;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => {
    reports += 1;
    return { ok: true, value: { listen: true } };
  }) as never);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

it('a second injection replaces the first copy: one script reports, not two', async () => {
  const first = new ContentScriptContext('captions');
  captionsScript.main(first);
  const second = new ContentScriptContext('captions');
  expect(first.isValid).toBe(false);
  captionsScript.main(second);
  reports = 0;
  // Heartbeats with nothing on the page: each running copy reports once.
  await vi.advanceTimersByTimeAsync(5000 * 3);
  expect(reports).toBe(3);
  second.notifyInvalidated();
});
