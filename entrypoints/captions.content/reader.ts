import type { CaptionHints } from '@/utils/sites/caption-hints';
import type { Hint } from '@/utils/sites/call-hints';
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
 * The region's caption blocks in page order. Where blocks name no speaker, a block keeps the
 * speaker who was active when it was first seen (`firstSpeakers`), so a block already counted
 * does not change hands when someone else starts to speak.
 */
export function readBlocks(region: Element, hints: CaptionHints, firstSpeakers: WeakMap<Element, string>): CaptionBlock[] {
  const blocks: CaptionBlock[] = [];
  let active: string | null | undefined;
  for (const block of region.querySelectorAll(hints.block)) {
    const text = (hints.text === ':scope' ? block : block.querySelector(hints.text))?.textContent?.trim() ?? '';
    let speaker = hints.speaker === null ? firstSpeakers.get(block) : block.querySelector(hints.speaker)?.textContent?.trim();
    if (speaker === undefined && hints.activeSpeaker !== null) {
      active ??= document.querySelector(hints.activeSpeaker)?.textContent?.trim() ?? null;
      if (active) {
        speaker = active;
        firstSpeakers.set(block, active);
      }
    }
    if (speaker && text) blocks.push({ speaker, text });
  }
  return blocks;
}
