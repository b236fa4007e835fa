import type { CaptionHints } from '@/utils/sites/caption-hints';
import type { Hint } from '@/utils/sites/call-hints';
import { listeningLimits } from '@/utils/listening/totals';
import type { CaptionBlock } from '@/utils/listening/types';

function firstMatch(hints: readonly Hint[], root: ParentNode = document): Element | null {
  for (const [, selector, ligature] of hints) {
    for (const element of root.querySelectorAll(selector)) {
      if (ligature === undefined || element.textContent?.trim() === ligature) return element;
    }
  }
  return null;
}

/** The captions region on the page now, or null (captions never turned on, or not recognised). */
export function findRegion(hints: CaptionHints): Element | null {
  return firstMatch(hints.region);
}

/** Whether the captions button says captions are off. */
export function captionsShownOff(hints: CaptionHints): boolean {
  return hints.captionsOff.length > 0 && firstMatch(hints.captionsOff) !== null;
}

/**
 * How much of the captions one snapshot reads, so that a page showing thousands of blocks or
 * megabytes of text costs the call no more than a busy call does: the blocks at the end (the
 * captions show a few; older ones have been counted), and each block's text up to 10,000
 * characters, some 1,500 words (a longer block counts no further).
 */
export const captionReadLimits = { blocks: 40, blockChars: 10_000 } as const;

/** Text from the page, cut before it is trimmed and counted. */
const pageText = (node: Node | null | undefined, maxChars: number): string | undefined => node?.textContent?.slice(0, maxChars).trim();

/**
 * The region's last caption blocks in page order. Where blocks name no speaker, a block keeps the
 * speaker who was active when it was first seen (`firstSpeakers`), so a block already counted
 * does not change hands when someone else starts to speak. Names are cut to what the background
 * keeps of a name.
 */
export function readBlocks(region: Element, hints: CaptionHints, firstSpeakers: WeakMap<Element, string>): CaptionBlock[] {
  const blocks: CaptionBlock[] = [];
  let active: string | null | undefined;
  for (const block of [...region.querySelectorAll(hints.block)].slice(-captionReadLimits.blocks)) {
    const text = pageText(hints.text === ':scope' ? block : block.querySelector(hints.text), captionReadLimits.blockChars) ?? '';
    let speaker = hints.speaker === null ? firstSpeakers.get(block) : pageText(block.querySelector(hints.speaker), listeningLimits.speakerChars);
    if (speaker === undefined && hints.activeSpeaker !== null) {
      active ??= pageText(document.querySelector(hints.activeSpeaker), listeningLimits.speakerChars) ?? null;
      if (active) {
        speaker = active;
        firstSpeakers.set(block, active);
      }
    }
    if (speaker && text) blocks.push({ speaker, text });
  }
  return blocks;
}
