import type { Hint, SiteHints } from '@/utils/sites/call-hints';

/*
 * The call page's side of the hint tables (utils/sites/call-hints.ts). Self-contained, no imports
 * or calls out: the background's call page check also runs them serialised inside the call page,
 * where nothing else of ours is in reach. The chat paste (background/call-chat.ts) walks its table
 * the same way, for the same reason.
 */

/** The name of the first hint that matches on this page, or null. */
export function matchingHint(hints: readonly Hint[]): string | null {
  for (const [name, selector, ligature] of hints) {
    for (const element of document.querySelectorAll(selector)) {
      if (ligature === undefined || element.textContent?.trim() === ligature) return name;
    }
  }
  return null;
}

/** What the first hint that matches finds on this page, or null: the call script compares it with what it found before. */
export function matchingElement(hints: readonly Hint[]): Element | null {
  for (const [, selector, ligature] of hints) {
    for (const element of document.querySelectorAll(selector)) {
      if (ligature === undefined || element.textContent?.trim() === ligature) return element;
    }
  }
  return null;
}

/**
 * The space the call's control bar takes at the bottom, and the hint that found it: from an
 * element a hint finds up to the bar, the first ancestor as wide as the page. One that starts in
 * the upper half is the whole page, not the bar. No hint, no bar: the site's typical height.
 */
export function findControlBar(hints: Pick<SiteHints, 'controlBar' | 'controlBarFallbackPx'>): { hint: string; inset: number } {
  for (const [name, selector, ligature] of hints.controlBar) {
    for (const element of document.querySelectorAll(selector)) {
      if (ligature !== undefined && element.textContent?.trim() !== ligature) continue;
      let bar: Element | null = element;
      while (bar && bar.getBoundingClientRect().width < innerWidth * 0.9) bar = bar.parentElement;
      const top = bar?.getBoundingClientRect().top ?? 0;
      if (top > innerHeight / 2) return { hint: name, inset: innerHeight - top };
    }
  }
  return { hint: 'fallback', inset: hints.controlBarFallbackPx };
}
