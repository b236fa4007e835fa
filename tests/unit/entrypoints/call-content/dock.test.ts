// @vitest-environment jsdom
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDock } from '@/entrypoints/call.content/dock';

/**
 * jsdom makes every scripted event untrusted, as browsers do; the dock acts on the user's own
 * input only, so a trusted click is fired the way jsdom fires its own events.
 */
const require = createRequire(import.meta.url);
const { fireAnEvent } = require('jsdom/lib/jsdom/living/helpers/events.js') as {
  fireAnEvent: (type: string, target: unknown, eventInterface?: unknown, attributes?: { bubbles?: boolean; composed?: boolean }) => boolean;
};
const { implForWrapper } = require('jsdom/lib/generated/idl/utils.js') as { implForWrapper: (wrapper: EventTarget) => unknown };
const userClick = (target: EventTarget) => fireAnEvent('click', implForWrapper(target), undefined, { bubbles: true, composed: true });

const labels = { open: 'Open', close: 'Close', popOut: 'Pop out', resize: 'Resize', region: 'Coachbar', frameTitle: 'Coachbar', covered: 'Hidden.', reveal: 'Show' };

function openDock(presenting: () => Element | null) {
  const controller = new AbortController();
  createDock(
    {
      labels,
      frameUrl: () => 'about:blank',
      onShown: () => {},
      width: 360,
      open: true,
      bottomInset: () => 0,
      presenting,
      dark: false,
      onWidthChange: () => {},
      onOpenChange: () => {},
      onPopOut: () => {},
    },
    controller.signal,
  );
  return controller;
}

describe("the dock's looks for presenting signs", () => {
  let dock: AbortController;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    dock.abort();
    vi.useRealTimers();
  });

  it('looks at once on opening, then only every ten seconds while the user leaves the page alone', () => {
    const presenting = vi.fn(() => null);
    dock = openDock(presenting);
    expect(presenting).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(9_000);
    expect(presenting).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(presenting).toHaveBeenCalledTimes(2);
    // A page script's click is not the user starting a presentation.
    document.body.click();
    vi.advanceTimersByTime(5_000);
    expect(presenting).toHaveBeenCalledTimes(2);
  });

  it("looks every second for a minute after the user's own click on the call page, not after one on the dock", () => {
    const presenting = vi.fn(() => null);
    dock = openDock(presenting);
    userClick(document.querySelector('coachbar-dock')!);
    vi.advanceTimersByTime(5_000);
    expect(presenting).toHaveBeenCalledTimes(1);

    userClick(document.body);
    vi.advanceTimersByTime(5_000);
    expect(presenting).toHaveBeenCalledTimes(6);
    vi.advanceTimersByTime(55_000);
    expect(presenting).toHaveBeenCalledTimes(61);
    // Then slow again: three looks in thirty seconds.
    vi.advanceTimersByTime(30_000);
    expect(presenting).toHaveBeenCalledTimes(64);
  });

  it('covers as soon as a look finds a presentation', () => {
    let shown: Element | null = null;
    dock = openDock(() => shown);
    const frameHost = document.querySelector('coachbar-dock')!.shadowRoot!.querySelector('coachbar-frame')!;
    expect(frameHost.hasAttribute('covered')).toBe(false);
    userClick(document.body);
    shown = document.createElement('i');
    vi.advanceTimersByTime(1_000);
    expect(frameHost.hasAttribute('covered')).toBe(true);
  });
});
