import { browser } from 'wxt/browser';
import { countSnapshot, reportedWords, type CountedBlock } from '@/utils/listening/count';
import type { ListeningSignal, SpeakerWords } from '@/utils/listening/types';
import { createCaller } from '@/utils/messaging/client';
import { captionHints } from '@/utils/sites/caption-hints';
import { captionsShownOff, findRegion, readBlocks } from './reader';

/** Caption changes are read together, this long after the first of them: Meet rewrites its last line many times a second. */
const snapshotAfterMs = 1500;
/** How often the script looks for a region that is gone or not there yet, and tells the background it still listens. */
const heartbeatMs = 5000;

/**
 * Listening balance in the call page: injected by the background (entrypoints/background/
 * listening.ts) only while the setting is on and a sidebar has opened the call's session. ONE
 * MutationObserver on the captions region only; its changes are read together, at most once per
 * snapshotAfterMs; the region is looked for again only when it is gone from the page. Sends the
 * new words per speaker, never the words themselves. A second injection replaces this copy: WXT's
 * ctx of the new one invalidates this one's before its main() runs.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['https://meet.google.com/*', 'https://*.zoom.us/*'],
  main(ctx) {
    const hints = captionHints[location.hostname.endsWith('zoom.us') ? 'zoom' : 'meet'];
    const call = createCaller((message) => browser.runtime.sendMessage(message));
    const firstSpeakers = new WeakMap<Element, string>();
    const observer = new MutationObserver(() => {
      snapshotTimer ??= setTimeout(snapshot, snapshotAfterMs);
    });
    let region: Element | null = null;
    let blocks: CountedBlock[] = [];
    let snapshotTimer: ReturnType<typeof setTimeout> | null = null;
    let lastSignal: ListeningSignal | null = null;
    let reportedAt = 0;
    let stopped = false;

    function stop(): void {
      stopped = true;
      observer.disconnect();
      if (snapshotTimer !== null) clearTimeout(snapshotTimer);
      clearInterval(heartbeat);
    }

    /**
     * The observed region, looked for again only when there is none or it left the page. The
     * blocks counted stay: a region drawn anew shows the same blocks, which count no more.
     */
    function currentRegion(): Element | null {
      if (region?.isConnected) return region;
      observer.disconnect();
      region = findRegion(hints);
      if (region) observer.observe(region, { childList: true, subtree: true, characterData: true });
      return region;
    }

    function signalOf(found: Element | null, blockCount: number): ListeningSignal {
      if (!found) return 'none';
      // A region with captions in it is on; an empty one is on only if the button does not say off.
      return blockCount > 0 || !captionsShownOff(hints) ? 'captions' : 'none';
    }

    function report(signal: ListeningSignal, words: SpeakerWords[]): void {
      lastSignal = signal;
      reportedAt = Date.now();
      call('reportSpeech', { signal, words })
        .then(({ listen }) => {
          if (!listen) stop();
        })
        // The extension was reloaded or the background refuses: nothing of ours is listening any more.
        .catch(stop);
    }

    function snapshot(): void {
      snapshotTimer = null;
      if (stopped) return;
      const found = currentRegion();
      const read = found ? readBlocks(found, hints, firstSpeakers) : [];
      const counted = countSnapshot(blocks, read);
      blocks = counted.blocks;
      const words = reportedWords(counted.words);
      const signal = signalOf(found, read.length);
      if (words.length > 0 || signal !== lastSignal || Date.now() - reportedAt >= heartbeatMs) report(signal, words);
    }

    const heartbeat = setInterval(() => {
      if (snapshotTimer === null) snapshot();
    }, heartbeatMs);
    ctx.onInvalidated(stop);
    snapshot();
  },
});
